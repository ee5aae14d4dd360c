#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include "oauth/OAuthApp.h"

#include <QJsonObject>

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app update ID FILE.json PORTAL: changes what the portal lets a registered app change
// (name, description, icon, allowed origins, allow_pkce) and warns about the rest. The body sent is always
// complete: the portal wants name, logo and allowed_origins, and turns PKCE off when allow_pkce is missing.
class OAuthAppUpdateCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppUpdateCommand)

public:
    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void update(OAuth::OAuthAppsApi *api, const QString &clientId, const QJsonObject &file,
                const OAuth::OAuthApp &before, Finish finish);
    // The registered app with the file's members put over it: members the file leaves out stay as they are.
    static QJsonObject merged(const OAuth::OAuthApp &current, const QJsonObject &file);
};

} // namespace PortalKeys::Cli
