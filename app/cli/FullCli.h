#pragma once

#include <QStringList>

class QCoreApplication;

namespace PortalKeys::Cli {

// portalkeys-cli with every command and the keychain. On Unix it is a module (libportalkeys-cli-full.so) that
// the offline portalkeys-cli loads for the commands it does not run itself (OfflineLauncher); elsewhere it is
// the program.
class FullCli {
public:
    // Sets up `app` (names, translations, keychain) and runs the command in `arguments` (argv without the
    // program name). Returns the process exit code.
    static int run(QCoreApplication &app, const QStringList &arguments);

    // The module's entry point, looked up by name; the version in the name changes with its type.
    using ModuleEntry = int (*)(QCoreApplication &app, const QStringList &arguments);
    static constexpr char moduleEntry[] = "portalkeys_cli_full_v1";
};

} // namespace PortalKeys::Cli
