#include "commands/jwt/JwtSubcommand.h"

#include "Console.h"
#include "TextInput.h"

namespace PortalKeys::Cli {

bool JwtSubcommand::parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                   const QStringList &arguments, int maxPositionals) const
{
    parser.addOptions(options);
    if (!parse(parser, arguments))
        return false;
    if (parser.positionalArguments().size() > maxPositionals) {
        Console::error(tr("%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.")
                           .arg(invocation(), parser.positionalArguments().at(maxPositionals)));
        return false;
    }
    return true;
}

std::optional<Jwt::Token> JwtSubcommand::readToken(const QString &argument)
{
    const TextInput::Result input = TextInput::valueOrStdin(argument);
    if (!input.ok()) {
        Console::error(input.error);
        return std::nullopt;
    }
    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(QString::fromUtf8(input.data));
    if (!parsed.ok())
        Console::error(parsed.error);
    return parsed.token;
}

} // namespace PortalKeys::Cli
