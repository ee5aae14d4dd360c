#pragma once

#include "CommandGroup.h"

namespace PortalKeys::Cli {

// portalkeys-cli services SUBCOMMAND: catalog, list, show, set, disable.
class ServicesCommand final : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(ServicesCommand)

public:
    ServicesCommand();
    ~ServicesCommand() override;

    QString name() const override { return QStringLiteral("services"); }
    QString summary() const override;

protected:
    QString note() const override;
};

} // namespace PortalKeys::Cli
