#pragma once

#include "SecretInput.h"
#include "commands/portal/PortalSubcommand.h"

#include "secrets/SecretStore.h"

#include <QObject>

#include <memory>

namespace PortalKeys::OAuth {
struct OAuthTokens;
}

namespace PortalKeys::Cli {

// portalkeys-cli portal login NAME: signs in again. OAuth 2.0 with the browser (authorization code + PKCE,
// the redirect comes back to a listener on 127.0.0.1); for the token kind, with the password (or a new pasted
// token). The new tokens replace the old ones in the keychain, then the connection is tested.
class PortalLoginCommand final : public PortalSubcommand {
    Q_DECLARE_TR_FUNCTIONS(PortalLoginCommand)

public:
    PortalLoginCommand();
    ~PortalLoginCommand() override;

    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    void loginOAuth(const Portal::PortalProfile &profile, bool openBrowser, quint16 redirectPort,
                    Finish finish);
    void startBrowserFlow(const Portal::PortalProfile &profile, const QByteArray &clientSecret,
                          bool openBrowser, quint16 redirectPort, Finish finish);
    void storeOAuthTokens(const Portal::PortalProfile &profile, const OAuth::OAuthTokens &tokens,
                          Finish finish);
    void storeTokenAndTest(const Portal::PortalProfile &profile, const QByteArray &token, Finish finish);
    void testSaved(const Portal::PortalProfile &profile, Finish finish);

    SecretInput m_secretInput;
    QCommandLineOption m_tfaCodeEnvOption;
    QCommandLineOption m_noBrowserOption;
    QCommandLineOption m_redirectPortOption;
    std::unique_ptr<SecretStore> m_store;
    QObject m_context;
};

} // namespace PortalKeys::Cli
