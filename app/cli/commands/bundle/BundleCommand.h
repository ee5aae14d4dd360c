#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// portalkeys-cli bundle SUBCOMMAND: export, import, apply.
class BundleCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BundleCommand)

public:
    BundleCommand();
    ~BundleCommand() override;

    QString name() const override { return QStringLiteral("bundle"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace PortalKeys::Cli
