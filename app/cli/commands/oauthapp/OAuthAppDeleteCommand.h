#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app delete ID PORTAL [--yes]: removes an app from the portal, after a question on a
// terminal; a script must give --yes.
class OAuthAppDeleteCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppDeleteCommand)

public:
    OAuthAppDeleteCommand();

    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void remove(OAuth::OAuthAppsApi *api, const QString &clientId, const QString &appName, Finish finish);

    QCommandLineOption m_yesOption;
};

} // namespace PortalKeys::Cli
