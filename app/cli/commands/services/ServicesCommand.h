#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// portalkeys-cli services SUBCOMMAND: catalog, list, show, set, disable.
class ServicesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ServicesCommand)

public:
    ServicesCommand();
    ~ServicesCommand() override;

    QString name() const override { return QStringLiteral("services"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace PortalKeys::Cli
