#pragma once

#include "jwt/BatchFastPath.h"
#include "jwt/Key.h"
#include "jwt/Verifier.h"
#include "jwt/Warning.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

class QIODevice;

namespace PortalKeys::Jwt {

// One token line's verdict. The token itself is not kept: callers print verdicts, never tokens.
struct BatchVerdict {
    qint64 line = 0;     // 1-based line number in the input
    QString algorithm;   // the header's alg as written; empty when the token cannot be read
    VerifyResult result; // a token that cannot be read is invalid with the parser's reason as its error
    QJsonValue exp;      // the payload's exp as written; undefined when absent
    bool valid() const { return result.valid(); }
};

// Verifies many tokens, one per line, with one key and the same checks as Verifier::verify. Blank lines
// and lines starting with # are skipped. Lines are read and verified in blocks, so memory stays bounded
// whatever the input's size; a large block is shared among the machine's cores.
class BatchVerifier {
    Q_DECLARE_TR_FUNCTIONS(BatchVerifier)

public:
    static constexpr int blockLines = 16384;
    // Below this many tokens in a block, starting threads costs more than they save.
    static constexpr int parallelFrom = 2048;

    struct Options {
        VerifyOptions verify;
        QList<Warning> keyWarnings; // found once for the key (e.g. a word list): added to every verdict
        bool strict = false;  // a warning about the key makes the token invalid (Verifier::refuseWeakKey)
        bool fastPath = true; // BatchFastPath first; off only to compare both paths in tests
    };
    struct Summary {
        qint64 tokens = 0;
        qint64 valid = 0;
        QString error; // the input could not be read to its end
    };
    using Sink = std::function<void(const BatchVerdict &verdict)>;
    // Appends one verdict's output line to `out`. Called on worker threads, several at once.
    using Formatter = std::function<void(const BatchVerdict &verdict, QByteArray &out)>;
    using Writer = std::function<void(QByteArrayView bytes)>;

    BatchVerifier(const Key &key, const Options &options);

    // Reads `input` to its end and calls `sink` once per token line, in input order.
    Summary run(QIODevice &input, const Sink &sink) const;
    // The same, with each verdict formatted on the thread that reached it and the output written in input
    // order on the calling thread: a large batch's output is not made by one core.
    Summary run(QIODevice &input, const Formatter &format, const Writer &write) const;
    // One line as read (without its line break). A line over Token::maxInputBytes is passed truncated
    // with `tooLong` set.
    BatchVerdict verifyLine(qint64 line, QByteArrayView text, bool tooLong = false) const;

private:
    struct Block;
    // Reads `input` block by block and hands each block's token lines to `verifyBlock`.
    Summary readBlocks(QIODevice &input, const std::function<qint64(const Block &block)> &verifyBlock) const;
    static void onWorkers(size_t count,
                          const std::function<void(size_t from, size_t to, size_t worker)> &work);

    Key m_key;
    Options m_options;
    BatchFastPath m_fastPath;
};

} // namespace PortalKeys::Jwt
