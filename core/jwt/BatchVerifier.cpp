#include "jwt/BatchVerifier.h"

#include "jwt/Token.h"

#include <QFileDevice>
#include <QIODevice>
#include <QUtf8StringView>

#include <algorithm>
#include <thread>

namespace PortalKeys::Jwt {

namespace {

bool isSkipped(const QByteArray &line)
{
    for (const char c : line) {
        if (c == '#')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f')
            return false;
    }
    return true; // blank
}

void chopLineBreak(QByteArray &line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
}

} // namespace

BatchVerifier::BatchVerifier(const Key &key, const Options &options)
    : m_key(key)
    , m_options(options)
{}

BatchVerdict BatchVerifier::verifyLine(qint64 line, const QByteArray &text, bool tooLong) const
{
    BatchVerdict verdict;
    verdict.line = line;
    if (tooLong) {
        verdict.result.errors.append(
            tr("The line is longer than %1 bytes, too long for a token.").arg(Token::maxInputBytes));
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

// False when the input is exhausted and no line was read.
bool BatchVerifier::readBlock(QIODevice &input, qint64 &lineNumber, std::vector<Line> &lines)
{
    lines.clear();
    // A line break (\r\n) on top of the longest token; anything longer is cut and its rest skipped. One
    // buffer for every line: QIODevice::readLine(qint64) would allocate the whole limit for each.
    const qint64 limit = Token::maxInputBytes + 3;
    static thread_local QByteArray buffer;
    buffer.resize(limit + 1);
    bool readAny = false;
    while (int(lines.size()) < blockLines) {
        const qint64 size = input.readLine(buffer.data(), limit + 1);
        if (size <= 0)
            break; // end of input (an empty line still has its line break)
        readAny = true;
        ++lineNumber;
        QByteArray text(buffer.constData(), qsizetype(size));
        bool tooLong = false;
        if (!text.endsWith('\n') && size >= limit) {
            // Skip the rest of the line without keeping it.
            for (qint64 n = input.readLine(buffer.data(), limit + 1); n > 0 && buffer.at(n - 1) != '\n';
                 n = input.readLine(buffer.data(), limit + 1)) {
            }
            tooLong = true;
        }
        chopLineBreak(text);
        tooLong = tooLong || text.size() > Token::maxInputBytes;
        if (isSkipped(text))
            continue;
        lines.push_back({lineNumber, tooLong ? QByteArray() : std::move(text), tooLong});
    }
    return readAny;
}

void BatchVerifier::verifyBlock(const std::vector<Line> &lines, std::vector<BatchVerdict> &verdicts) const
{
    verdicts.assign(lines.size(), BatchVerdict());
    const auto verifyRange = [this, &lines, &verdicts](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            verdicts[i] = verifyLine(lines[i].number, lines[i].text, lines[i].tooLong);
    };
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t workers = lines.size() >= size_t(parallelFrom) ? cores : 1;
    const size_t chunk = (lines.size() + workers - 1) / workers;
    std::vector<std::thread> threads;
    // The key is shared read-only (OpenSSL keys may verify concurrently); the verifier keeps its HMAC
    // contexts per thread.
    for (size_t w = 1; w < workers; ++w)
        threads.emplace_back(verifyRange, std::min(lines.size(), w * chunk),
                             std::min(lines.size(), (w + 1) * chunk));
    verifyRange(0, std::min(lines.size(), chunk));
    for (std::thread &thread : threads)
        thread.join();
}

BatchVerifier::Summary BatchVerifier::run(QIODevice &input, const Sink &sink) const
{
    Summary summary;
    qint64 lineNumber = 0;
    std::vector<Line> lines;
    std::vector<BatchVerdict> verdicts;
    while (readBlock(input, lineNumber, lines)) {
        verifyBlock(lines, verdicts);
        for (const BatchVerdict &verdict : verdicts) {
            ++summary.tokens;
            summary.valid += verdict.valid() ? 1 : 0;
            sink(verdict);
        }
    }
    const auto *file = qobject_cast<QFileDevice *>(&input);
    if (file && file->error() != QFileDevice::NoError)
        summary.error = file->errorString();
    return summary;
}

} // namespace PortalKeys::Jwt
