#pragma once

#include "CommandGroup.h"

namespace PortalKeys::Cli {

// portalkeys-cli bundle SUBCOMMAND: export, import, apply.
class BundleCommand final : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(BundleCommand)

public:
    BundleCommand();
    ~BundleCommand() override;

    QString name() const override { return QStringLiteral("bundle"); }
    QString summary() const override;

protected:
    QString note() const override;
};

} // namespace PortalKeys::Cli
