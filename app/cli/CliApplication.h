#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// Dispatches `portalkeys-cli COMMAND ...` to its command and runs the event loop until it finishes.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Commands = std::vector<std::unique_ptr<Command>>;

    // `commands`: all of them (FullCli), or the few the offline portalkeys-cli runs itself (OfflineLauncher).
    explicit CliApplication(Commands commands);
    ~CliApplication();

    // The application's names (settings, keychain) and translations: once, before the first command.
    static void setUp(QCoreApplication &app);

    // `arguments` are argv without the program name. Returns the process exit code.
    int exec(const QStringList &arguments);

private:
    QString generalHelp() const;
    Command *find(const QString &name) const;
    QString closestCommandName(const QString &name) const;
    void reportUnknownCommand(const QString &name) const;

    Commands m_commands;
};

} // namespace PortalKeys::Cli
