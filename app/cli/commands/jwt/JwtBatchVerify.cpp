#include "commands/jwt/JwtBatchVerify.h"

#include "Console.h"
#include "commands/jwt/BatchVerdictFormat.h"

#include <QFile>

#include <cstdio>

namespace PortalKeys::Cli {

ExitCode JwtBatchVerify::run(const QString &pathOrDash, const Jwt::Key &key,
                             const Jwt::BatchVerifier::Options &options, bool json)
{
    QFile input;
    const bool fromStdin = pathOrDash.isEmpty() || pathOrDash == QLatin1String("-");
    const bool opened = fromStdin ? input.open(stdin, QIODevice::ReadOnly)
                                  : (input.setFileName(pathOrDash), input.open(QIODevice::ReadOnly));
    if (!opened) {
        Console::error(
            tr("Cannot read %1: %2").arg(fromStdin ? tr("standard input") : pathOrDash, input.errorString()));
        return ExitCode::Usage;
    }
    Console::out().flush();
    const BatchVerdictFormat format(json);
    const Jwt::BatchVerifier::Summary summary =
        Jwt::BatchVerifier(key, options)
            .run(
                input,
                [&format](const Jwt::BatchVerdict &verdict, QByteArray &out) { format.append(verdict, out); },
                [](QByteArrayView bytes) { std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout); });
    std::fflush(stdout);
    Console::err() << tr("%1 tokens: %2 valid, %3 invalid")
                          .arg(summary.tokens)
                          .arg(summary.valid)
                          .arg(summary.tokens - summary.valid)
                   << Qt::endl;
    if (!summary.error.isEmpty()) {
        Console::error(tr("Reading the tokens stopped early: %1").arg(summary.error));
        return ExitCode::Usage;
    }
    return summary.valid == summary.tokens ? ExitCode::Success : ExitCode::Negative;
}

} // namespace PortalKeys::Cli
