#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include "oauth/RegisteredApp.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app show ID PORTAL [--json] [--reveal-secret] [--store-secret NAME]: everything the
// portal says about one app; its client secret masked unless asked for, or kept in the keychain.
class OAuthAppShowCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppShowCommand)

public:
    OAuthAppShowCommand();

    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void show(const QString &clientId, bool json, bool reveal, const QString &secretName, bool replacing,
              Finish finish);
    void report(const OAuth::RegisteredApp &app, bool json, bool reveal, const QString &secretName,
                bool stored, bool replaced, Finish finish);

    QCommandLineOption m_jsonOption;
    QCommandLineOption m_revealOption;
    QCommandLineOption m_storeSecretOption;
};

} // namespace PortalKeys::Cli
