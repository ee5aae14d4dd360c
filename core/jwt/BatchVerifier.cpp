#include "jwt/BatchVerifier.h"

#include "common/LineBlockReader.h"
#include "jwt/Token.h"

#include <QFileDevice>
#include <QIODevice>
#include <QUtf8StringView>

#include <algorithm>
#include <thread>

namespace PortalKeys::Jwt {

namespace {

bool isSkipped(QByteArrayView line)
{
    for (const char c : line) {
        if (c == '#')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f')
            return false;
    }
    return true; // blank
}

} // namespace

struct BatchVerifier::Block {
    std::vector<LineBlockReader::Line> lines; // the token lines of the block, comments and blanks left out
};

BatchVerifier::BatchVerifier(const Key &key, const Options &options)
    : m_key(key)
    , m_options(options)
    , m_fastPath(key, options.verify, options.keyWarnings, options.strict)
{}

BatchVerdict BatchVerifier::verifyLine(qint64 line, QByteArrayView text, bool tooLong) const
{
    BatchVerdict verdict;
    verdict.line = line;
    if (tooLong) {
        verdict.result.errors.append(
            tr("The line is longer than %1 bytes, too long for a token.").arg(Token::maxInputBytes));
        return verdict;
    }
    if (m_options.fastPath && m_fastPath.verify(text, verdict)) {
        verdict.line = line;
        return verdict;
    }
    if (!QUtf8StringView(text).isValidUtf8()) {
        verdict.result.errors.append(tr("The line is not valid UTF-8 text, so it holds no token."));
        return verdict;
    }
    const Token::ParseResult parsed = Token::parse(QString::fromUtf8(text));
    if (!parsed.ok()) {
        verdict.result.errors.append(parsed.error);
        return verdict;
    }
    const Token &token = *parsed.token;
    verdict.algorithm = token.algorithmName();
    verdict.result = Verifier::verify(token, m_key, m_options.verify);
    verdict.result.warnings += m_options.keyWarnings;
    if (m_options.strict)
        Verifier::refuseWeakKey(verdict.result);
    if (token.payloadKind() == Token::PayloadKind::JsonObject)
        verdict.exp = token.payloadObject().value(QLatin1String("exp"));
    return verdict;
}

// Splits `count` items into one contiguous range per core when there are enough of them to pay for the
// threads. The key is shared read-only (OpenSSL keys may verify concurrently); HMAC contexts and decoding
// buffers are kept per thread.
void BatchVerifier::onWorkers(size_t count,
                              const std::function<void(size_t from, size_t to, size_t worker)> &work)
{
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t workers = count >= size_t(parallelFrom) ? cores : 1;
    const size_t chunk = (count + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w)
        threads.emplace_back(work, std::min(count, w * chunk), std::min(count, (w + 1) * chunk), w);
    work(0, std::min(count, chunk), 0);
    for (std::thread &thread : threads)
        thread.join();
}

BatchVerifier::Summary
BatchVerifier::readBlocks(QIODevice &input, const std::function<qint64(const Block &)> &verifyBlock) const
{
    Summary summary;
    LineBlockReader reader(input, Token::maxInputBytes);
    std::vector<LineBlockReader::Line> read;
    Block block;
    while (reader.readBlock(read, blockLines)) {
        block.lines.clear();
        for (const LineBlockReader::Line &line : read) {
            if (!isSkipped(line.text))
                block.lines.push_back(line);
        }
        summary.tokens += qint64(block.lines.size());
        summary.valid += verifyBlock(block);
    }
    const auto *file = qobject_cast<QFileDevice *>(&input);
    if (file && file->error() != QFileDevice::NoError)
        summary.error = file->errorString();
    return summary;
}

BatchVerifier::Summary BatchVerifier::run(QIODevice &input, const Sink &sink) const
{
    std::vector<BatchVerdict> verdicts;
    return readBlocks(input, [&](const Block &block) {
        verdicts.assign(block.lines.size(), BatchVerdict());
        onWorkers(block.lines.size(), [&](size_t from, size_t to, size_t) {
            for (size_t i = from; i < to; ++i) {
                const LineBlockReader::Line &line = block.lines[i];
                verdicts[i] = verifyLine(line.number, line.text, line.tooLong);
            }
        });
        qint64 valid = 0;
        for (const BatchVerdict &verdict : verdicts) {
            valid += verdict.valid() ? 1 : 0;
            sink(verdict);
        }
        return valid;
    });
}

BatchVerifier::Summary BatchVerifier::run(QIODevice &input, const Formatter &format,
                                          const Writer &write) const
{
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<QByteArray> outputs(cores);
    std::vector<qint64> valid(cores);
    return readBlocks(input, [&](const Block &block) {
        std::fill(valid.begin(), valid.end(), 0);
        onWorkers(block.lines.size(), [&](size_t from, size_t to, size_t worker) {
            QByteArray &out = outputs[worker];
            out.resize(0); // keeps its capacity for the next block
            for (size_t i = from; i < to; ++i) {
                const LineBlockReader::Line &line = block.lines[i];
                const BatchVerdict verdict = verifyLine(line.number, line.text, line.tooLong);
                valid[worker] += verdict.valid() ? 1 : 0;
                format(verdict, out);
            }
        });
        qint64 blockValid = 0;
        for (size_t w = 0; w < cores; ++w) {
            if (!outputs[w].isEmpty())
                write(outputs[w]);
            outputs[w].resize(0);
            blockValid += valid[w];
        }
        return blockValid;
    });
}

} // namespace PortalKeys::Jwt
