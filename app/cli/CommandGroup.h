#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// A command made of subcommands ("portalkeys-cli portal add …"): lists them in its help and hands the words
// after the subcommand's name to it.
class CommandGroup : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)

public:
    ~CommandGroup() override;

    QString help() const final;
    void run(const QStringList &arguments, Finish finish) final;

protected:
    void add(std::unique_ptr<Command> subcommand);
    // The paragraph under the list of subcommands.
    virtual QString note() const = 0;

private:
    const Command *find(const QString &subcommandName) const;

    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace PortalKeys::Cli
