#pragma once

#include "commands/oauthapp/OAuthAppSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app validate FILE.json [--json]: checks a draft app with the portal's rules, offline.
class OAuthAppValidateCommand final : public OAuthAppSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;
};

} // namespace PortalKeys::Cli
