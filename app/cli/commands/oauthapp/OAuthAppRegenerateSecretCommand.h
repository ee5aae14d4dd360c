#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app regenerate-secret ID PORTAL [--store-secret NAME]: a new client secret, which
// replaces the old one at once.
class OAuthAppRegenerateSecretCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppRegenerateSecretCommand)

public:
    OAuthAppRegenerateSecretCommand();

    QString name() const override { return QStringLiteral("regenerate-secret"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void regenerate(const QString &clientId, const QString &secretName, bool replacing, Finish finish);

    QCommandLineOption m_storeSecretOption;
};

} // namespace PortalKeys::Cli
