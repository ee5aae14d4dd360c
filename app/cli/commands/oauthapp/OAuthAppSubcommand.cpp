#include "commands/oauthapp/OAuthAppSubcommand.h"

#include "Console.h"

namespace PortalKeys::Cli {

bool OAuthAppSubcommand::parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                        const QStringList &arguments, int positionals,
                                        const QString &positionalName) const
{
    parser.addOptions(options);
    if (!parse(parser, arguments))
        return false;
    const QStringList given = parser.positionalArguments();
    if (given.size() > positionals) {
        Console::error(tr("%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.")
                           .arg(invocation(), given.at(positionals)));
        return false;
    }
    if (given.size() < positionals) {
        Console::error(tr("%1: give %2 (\"-\" for standard input). Run “portalkeys-cli %1 --help”.")
                           .arg(invocation(), positionalName));
        return false;
    }
    return true;
}

} // namespace PortalKeys::Cli
