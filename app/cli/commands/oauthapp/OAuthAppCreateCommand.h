#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include "oauth/RegisteredApp.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app create FILE.json PORTAL [--store-secret NAME] [--json]: registers a draft app on a
// portal, once it passes the same checks as `oauth-app validate`.
class OAuthAppCreateCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppCreateCommand)

public:
    OAuthAppCreateCommand();

    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void create(const QJsonObject &body, const QString &secretName, bool replacing, bool json, Finish finish);
    void report(const OAuth::RegisteredApp &created, const QString &secretName, bool replacing, bool json,
                Finish finish);

    QCommandLineOption m_storeSecretOption;
    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
