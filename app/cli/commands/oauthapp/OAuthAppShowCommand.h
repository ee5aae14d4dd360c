#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app show ID PORTAL [--json]: everything the portal says about one app.
class OAuthAppShowCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppShowCommand)

public:
    OAuthAppShowCommand();

    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
