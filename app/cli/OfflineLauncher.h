#pragma once

#include "CliApplication.h"

#include <QCoreApplication>
#include <QStringList>

namespace PortalKeys::Cli {

// On Unix portalkeys-cli comes in two parts, so that a command that works offline starts with Qt Core and
// OpenSSL alone, without Qt Network, QtKeychain, D-Bus, Kerberos and the rest: this program runs `jwt`
// (except with --secret-keychain), `pkce` and --version itself, and loads every other command from the module
// libportalkeys-cli-full.so (FullCli), which brings those libraries along, before it reads anything.
class OfflineLauncher {
    Q_DECLARE_TR_FUNCTIONS(OfflineLauncher)

public:
    // Whether this program runs the command itself; `arguments` are argv without the program name.
    static bool runsItself(const QStringList &arguments);
    // The commands it runs itself.
    static CliApplication::Commands commands();
    // Runs the command with FullCli from its module. Returns the exit code.
    static int handOver(QCoreApplication &app, const QStringList &arguments);
};

} // namespace PortalKeys::Cli
