#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include "oauth/RegisteredApp.h"

#include <QList>

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app list PORTAL [--json]: every app of the portal, newest first, fetched page by page
// (OAuth::AppRegistry).
class OAuthAppListCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppListCommand)

public:
    OAuthAppListCommand();

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void print(QList<OAuth::RegisteredApp> apps, bool json) const;

    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
