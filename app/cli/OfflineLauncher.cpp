#include "OfflineLauncher.h"

#include "Console.h"
#include "FullCli.h"
#include "PrivateFile.h"
#include "commands/PkceCommand.h"
#include "commands/jwt/JwtCommand.h"

#include <QDir>
#include <QLibrary>

#include <algorithm>

// Set by app/cli/CMakeLists.txt: the file name of the module with every command.
#ifndef PORTALKEYS_FULL_CLI_MODULE_NAME
#error "PORTALKEYS_FULL_CLI_MODULE_NAME is not defined"
#endif

namespace PortalKeys::Cli {

bool OfflineLauncher::runsItself(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.constFirst();
    if (first == QStringLiteral("--version") || first == QStringLiteral("-V") ||
        first == QStringLiteral("pkce"))
        return true;
    if (first != QStringLiteral("jwt"))
        return false;
    // The keychain is FullCli's (KeychainAccess).
    return std::none_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == QStringLiteral("--secret-keychain") ||
               argument.startsWith(QStringLiteral("--secret-keychain="));
    });
}

CliApplication::Commands OfflineLauncher::commands()
{
    CliApplication::Commands commands;
    commands.push_back(std::make_unique<JwtCommand>());
    commands.push_back(std::make_unique<PkceCommand>());
    return commands;
}

int OfflineLauncher::handOver(QCoreApplication &app, const QStringList &arguments)
{
    const QString name = QStringLiteral(PORTALKEYS_FULL_CLI_MODULE_NAME);
    const QString path = PrivateFile::find(name);
    if (path.isEmpty()) {
        const QString command = QStringList{QStringLiteral("portalkeys-cli"), arguments.value(0)}
                                    .join(QLatin1Char(' '))
                                    .trimmed();
        Console::error(tr("“%1” needs %2, which is not installed (looked for %3). Reinstall portalkeys-cli.")
                           .arg(command, name, PrivateFile::describeCandidates(name, tr(" and "))));
        return toInt(ExitCode::Usage);
    }
    // Kept loaded until the process ends: its objects live until then.
    QLibrary module(path);
    const auto run = reinterpret_cast<FullCli::ModuleEntry>(module.resolve(FullCli::moduleEntry));
    if (!run) {
        Console::error(tr("Cannot load %1: %2. Reinstall portalkeys-cli.")
                           .arg(QDir::toNativeSeparators(path), module.errorString()));
        return toInt(ExitCode::Usage);
    }
    return run(app, arguments);
}

} // namespace PortalKeys::Cli
