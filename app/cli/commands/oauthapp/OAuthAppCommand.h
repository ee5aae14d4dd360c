#pragma once

#include "CommandGroup.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app SUBCOMMAND: OAuth 2.0 apps of a portal. The offline subcommands (validate, icon)
// are here; the ones that talk to a portal are added to the same list.
class OAuthAppCommand final : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppCommand)

public:
    OAuthAppCommand();
    ~OAuthAppCommand() override;

    QString name() const override { return QStringLiteral("oauth-app"); }
    QString summary() const override;

protected:
    QString note() const override;
};

} // namespace PortalKeys::Cli
