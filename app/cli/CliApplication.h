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
    CliApplication();
    ~CliApplication();

    // `arguments` are argv without the program name. Returns the process exit code.
    int exec(const QStringList &arguments);

private:
    QString generalHelp() const;
    Command *find(const QString &name) const;
    QString closestCommandName(const QString &name) const;
    void reportUnknownCommand(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace PortalKeys::Cli
