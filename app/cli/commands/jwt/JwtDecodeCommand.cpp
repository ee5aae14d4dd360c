#include "commands/jwt/JwtDecodeCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "TextInput.h"
#include "commands/jwt/JwtReport.h"

#include "jwt/Verifier.h"

#include <QJsonObject>

namespace PortalKeys::Cli {

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), JwtDecodeCommand::tr("Print JSON for scripts.")};
}

} // namespace

QString JwtDecodeCommand::summary() const
{
    return tr("Show a token's header, payload, claims and warnings.");
}

QString JwtDecodeCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli jwt decode [TOKEN|-] [--json]"))
        .paragraph(tr("Decodes a compact JWS without checking its signature. The token is read from standard "
                      "input when it is \"-\" or not given. Warnings go to standard error."))
        .options({jsonOption()})
        .text();
}

void JwtDecodeCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {jsonOption()}, arguments, 1))
        return finish(ExitCode::Usage);
    const TextInput::Result input = TextInput::valueOrStdin(parser.positionalArguments().value(0));
    if (!input.ok()) {
        Console::error(input.error);
        return finish(ExitCode::Usage);
    }
    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(QString::fromUtf8(input.data));
    if (!parsed.ok()) {
        Console::error(parsed.error);
        if (parsed.isJwe && parser.isSet(jsonOption()))
            JwtReport::printJson(
                {{QStringLiteral("jwe"), true}, {QStringLiteral("header"), parsed.jweHeader}});
        return finish(ExitCode::Usage);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Jwt::Warning> warnings = Jwt::Verifier::tokenWarnings(*parsed.token, now, 0);
    if (parser.isSet(jsonOption()))
        JwtReport::printJson(JwtReport::tokenJson(*parsed.token, now, warnings));
    else
        Console::out() << JwtReport::tokenText(*parsed.token, now) << Qt::flush;
    JwtReport::printWarnings(warnings);
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
