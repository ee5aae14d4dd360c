#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// portalkeys-cli portal SUBCOMMAND: add, list, test, login, pin, remove.
class PortalCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PortalCommand)

public:
    PortalCommand();
    ~PortalCommand() override;

    QString name() const override { return QStringLiteral("portal"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace PortalKeys::Cli
