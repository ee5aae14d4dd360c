#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app list PORTAL [--json]: every app of the portal, newest first, fetched page by page.
class OAuthAppListCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppListCommand)

public:
    OAuthAppListCommand();

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

    // The portal's largest page.
    static constexpr int pageSize = 50;
    // A guard against a portal whose cursor never ends.
    static constexpr int maxPages = 1000;

private:
    struct Listing {
        QList<QJsonObject> apps;
        QStringList seen; // client IDs, so that an app on two pages is listed once
        int pages = 0;
    };
    void fetch(OAuth::OAuthAppsApi *api, const QString &afterClientId, const QString &afterCreatedOn,
               std::shared_ptr<Listing> listing, bool json, Finish finish);
    void print(const Listing &listing, bool json) const;

    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
