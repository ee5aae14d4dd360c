#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include "oauth/OAuthApp.h"

#include <QByteArray>

namespace PortalKeys::OAuth {
struct OAuthTokens;
}

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app try ID PORTAL (--client-secret-keychain NAME | --public) [--scopes "A B"]
// [--no-browser] [--redirect-port PORT] [--show-tokens]: signs in with an app as its users would (the
// authorization code flow with PKCE and the system browser) and shows what the access token says.
class OAuthAppTryCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppTryCommand)

public:
    OAuthAppTryCommand();

    QString name() const override { return QStringLiteral("try"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    struct Attempt {
        QString clientId;
        QByteArray clientSecret; // empty: a public client
        QStringList scopes;      // empty: the app's scopes
        bool openBrowser = true;
        bool portGiven = false;
        quint16 redirectPort = 0;
        bool showTokens = false;
    };

    QList<QCommandLineOption> ownOptions() const;
    void start(const Attempt &attempt, Finish finish);
    // Why the app cannot be tried as asked (an exit code and a message printed), or Success.
    ExitCode check(const OAuth::OAuthApp &app, Attempt &attempt) const;
    void runFlow(const OAuth::OAuthApp &app, const Attempt &attempt, Finish finish);
    void report(const OAuth::OAuthApp &app, const Attempt &attempt, const OAuth::OAuthTokens &tokens) const;

    QCommandLineOption m_secretKeychainOption;
    QCommandLineOption m_publicOption;
    QCommandLineOption m_scopesOption;
    QCommandLineOption m_noBrowserOption;
    QCommandLineOption m_redirectPortOption;
    QCommandLineOption m_showTokensOption;
};

} // namespace PortalKeys::Cli
