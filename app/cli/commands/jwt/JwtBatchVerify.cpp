#include "commands/jwt/JwtBatchVerify.h"

#include "Console.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace PortalKeys::Cli {

QString JwtBatchVerify::verdictText(const Jwt::BatchVerdict &verdict)
{
    if (verdict.valid())
        return tr("%1: valid (%2)").arg(verdict.line).arg(verdict.algorithm);
    return tr("%1: invalid: %2").arg(verdict.line).arg(verdict.result.errors.join(QLatin1Char(' ')));
}

QByteArray JwtBatchVerify::verdictJson(const Jwt::BatchVerdict &verdict)
{
    // Code, severity and message only: the explanations would repeat on every line.
    QJsonArray warnings;
    for (const Jwt::Warning &warning : verdict.result.warnings)
        warnings.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                    {QStringLiteral("severity"), Jwt::severityName(warning.severity)},
                                    {QStringLiteral("message"), warning.message}});
    const QJsonObject json{
        {QStringLiteral("line"), verdict.line},
        {QStringLiteral("valid"), verdict.valid()},
        {QStringLiteral("alg"), verdict.algorithm.isEmpty() ? QJsonValue() : QJsonValue(verdict.algorithm)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(verdict.result.errors)},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("exp"), verdict.exp.isUndefined() ? QJsonValue() : verdict.exp}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

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
    QTextStream &out = Console::out();
    const Jwt::BatchVerifier::Summary summary =
        Jwt::BatchVerifier(key, options).run(input, [&out, json](const Jwt::BatchVerdict &verdict) {
            if (json)
                out << verdictJson(verdict) << '\n';
            else
                out << verdictText(verdict) << '\n';
        });
    out.flush();
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
