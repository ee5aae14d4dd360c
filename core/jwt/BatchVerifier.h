#pragma once

#include "jwt/Key.h"
#include "jwt/Verifier.h"
#include "jwt/Warning.h"

#include <QByteArray>
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
    static constexpr int blockLines = 8192;
    // Below this many tokens in a block, starting threads costs more than they save.
    static constexpr int parallelFrom = 2048;

    struct Options {
        VerifyOptions verify;
        QList<Warning> keyWarnings; // found once for the key (e.g. a word list): added to every verdict
        bool strict = false; // a warning about the key makes the token invalid (Verifier::refuseWeakKey)
    };
    struct Summary {
        qint64 tokens = 0;
        qint64 valid = 0;
        QString error; // the input could not be read to its end
    };
    using Sink = std::function<void(const BatchVerdict &verdict)>;

    BatchVerifier(const Key &key, const Options &options);

    // Reads `input` to its end and calls `sink` once per token line, in input order.
    Summary run(QIODevice &input, const Sink &sink) const;
    // One line as read (without its line break). A line over Token::maxInputBytes is passed truncated
    // with `tooLong` set.
    BatchVerdict verifyLine(qint64 line, const QByteArray &text, bool tooLong = false) const;

private:
    struct Line {
        qint64 number = 0;
        QByteArray text;
        bool tooLong = false;
    };
    static bool readBlock(QIODevice &input, qint64 &lineNumber, std::vector<Line> &lines);
    void verifyBlock(const std::vector<Line> &lines, std::vector<BatchVerdict> &verdicts) const;

    Key m_key;
    Options m_options;
};

} // namespace PortalKeys::Jwt
