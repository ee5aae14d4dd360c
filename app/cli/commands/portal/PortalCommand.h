#pragma once

#include "CommandGroup.h"

namespace PortalKeys::Cli {

// portalkeys-cli portal SUBCOMMAND: add, list, test, login, pin, remove.
class PortalCommand final : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(PortalCommand)

public:
    PortalCommand();
    ~PortalCommand() override;

    QString name() const override { return QStringLiteral("portal"); }
    QString summary() const override;

protected:
    QString note() const override;
};

} // namespace PortalKeys::Cli
