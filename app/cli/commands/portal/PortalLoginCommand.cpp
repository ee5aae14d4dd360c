#include "commands/portal/PortalLoginCommand.h"

#include "BrowserLauncher.h"
#include "Console.h"
#include "HelpFormatter.h"
#include "PortalOptions.h"
#include "commands/portal/PasswordSignIn.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "portal/PortalClient.h"
#include "portal/PortalSession.h"
#include "secrets/KeychainSecretStore.h"

#include <memory>
#include <utility>

namespace PortalKeys::Cli {

using Portal::CredentialKind;
using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

PortalLoginCommand::PortalLoginCommand()
    : m_secretInput(QStringLiteral("secret"),
                    tr("the password (or, without an e-mail, the new access token)"))
    , m_tfaCodeEnvOption(QStringLiteral("tfa-code-env"),
                         tr("token: read the two-factor code from the environment variable NAME (else it is "
                            "asked for when the portal wants one)."),
                         QStringLiteral("NAME"))
    , m_noBrowserOption(QStringLiteral("no-browser"),
                        tr("oauth2: only print the address to open, e.g. on a machine without a browser."))
    , m_redirectPortOption(
          QStringLiteral("redirect-port"),
          tr("oauth2: listen for the browser's redirect on this port of 127.0.0.1, for an app "
             "registered with a fixed redirect address (default: any free port)."),
          QStringLiteral("PORT"))
    , m_store(std::make_unique<KeychainSecretStore>())
{}

PortalLoginCommand::~PortalLoginCommand() = default;

QList<QCommandLineOption> PortalLoginCommand::allOptions() const
{
    return QList<QCommandLineOption>{m_noBrowserOption, m_redirectPortOption} + m_secretInput.options() +
           QList<QCommandLineOption>{m_tfaCodeEnvOption};
}

QString PortalLoginCommand::summary() const
{
    return tr("Sign in again: OAuth 2.0 with the browser, or a new login token.");
}

QString PortalLoginCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal login NAME [--no-browser] [--redirect-port PORT]"))
        .usage(QStringLiteral("portalkeys-cli portal login NAME (--secret-env NAME | --secret-file PATH) "
                              "[--tfa-code-env NAME]"))
        .paragraph(
            tr("oauth2: opens the portal's sign-in page in the browser (the address is also printed on "
               "standard error) and waits for it to come back to this computer; Ctrl+C stops waiting. "
               "The access and refresh tokens go to the keychain. token: signs in with the password of "
               "the portal's e-mail and keeps only the new login token; a portal added with a pasted "
               "token takes a new one. Then the connection is tested as with “portal test”."))
        .options(allOptions())
        .text();
}

void PortalLoginCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 1, 1, tr("NAME of the portal")))
        return finish(ExitCode::Usage);
    auto usageError = [&finish](const QString &message) {
        Console::error(message);
        finish(ExitCode::Usage);
    };
    ExitCode failure = ExitCode::Usage;
    const std::optional<PortalProfile> profile =
        findProfile(parser.positionalArguments().constFirst(), &failure);
    if (!profile)
        return finish(failure);

    switch (profile->kind) {
    case CredentialKind::ApiKey:
    case CredentialKind::Basic:
        return usageError(
            tr("“%1” sends its %2 with every request; there is nothing to sign in to. To change "
               "it, remove the portal and add it again.")
                .arg(profile->name,
                     profile->kind == CredentialKind::ApiKey ? tr("API key") : tr("password")));
    case CredentialKind::OAuth2: {
        if (m_secretInput.isGiven(parser) || parser.isSet(m_tfaCodeEnvOption))
            return usageError(tr("“%1” signs in with the browser; it takes no password or code here (its "
                                 "client secret, if any, was stored by “portal add”).")
                                  .arg(profile->name));
        quint16 port = 0;
        if (parser.isSet(m_redirectPortOption)) {
            bool number = false;
            const uint value = parser.value(m_redirectPortOption).toUInt(&number);
            if (!number || value == 0 || value > 65535)
                return usageError(tr("--redirect-port takes a port number from 1 to 65535."));
            port = quint16(value);
        }
        return loginOAuth(*profile, !parser.isSet(m_noBrowserOption), port, std::move(finish));
    }
    case CredentialKind::Token:
        break;
    }

    if (parser.isSet(m_noBrowserOption) || parser.isSet(m_redirectPortOption))
        return usageError(tr("--no-browser and --redirect-port are for oauth2 portals."));
    const bool signsIn = !profile->user.isEmpty();
    if (!signsIn && parser.isSet(m_tfaCodeEnvOption))
        return usageError(
            tr("“%1” uses a pasted access token; there is no two-factor step.").arg(profile->name));
    const SecretInput::Result secret =
        SecretInput(QStringLiteral("secret"), signsIn ? tr("the password") : tr("the new access token"))
            .read(parser);
    if (!secret.ok())
        return usageError(secret.error);
    if (!signsIn)
        return storeTokenAndTest(*profile, secret.secret, std::move(finish));
    QString twoFactorCode;
    if (parser.isSet(m_tfaCodeEnvOption)) {
        const SecretInput::Result code = SecretInput::fromEnvironment(parser.value(m_tfaCodeEnvOption));
        if (!code.ok())
            return usageError(code.error);
        twoFactorCode = QString::fromUtf8(code.secret).trimmed();
    }
    PasswordSignIn::start(
        *profile, secret.secret, twoFactorCode, &m_context,
        [this, profile, finish](const PortalError &error, const QByteArray &token, const QDateTime &) {
            if (error.isError())
                return finish(
                    reportFailure(error, profile->name, false, PortalOptions::pinAdvice(profile->name)));
            storeTokenAndTest(*profile, token, finish);
        });
}

void PortalLoginCommand::loginOAuth(const PortalProfile &profile, bool openBrowser, quint16 redirectPort,
                                    Finish finish)
{
    m_store->read(profile.secretKey(SecretSlot::ClientSecret), &m_context,
                  [this, profile, openBrowser, redirectPort, finish](const SecretError &error,
                                                                     const QByteArray &clientSecret) {
                      // No stored secret: a public client, which PKCE alone protects.
                      if (error.isError() && error.kind() != SecretError::Kind::NotFound) {
                          Console::error(error.message());
                          return finish(ExitCode::Keychain);
                      }
                      startBrowserFlow(profile, clientSecret, openBrowser, redirectPort, finish);
                  });
}

void PortalLoginCommand::startBrowserFlow(const PortalProfile &profile, const QByteArray &clientSecret,
                                          bool openBrowser, quint16 redirectPort, Finish finish)
{
    auto *client = new Portal::PortalClient(Portal::PortalSession::clientSettings(profile), &m_context);
    OAuth::AuthorizationCodeFlow::Settings settings;
    settings.serverRoot = profile.oauthServer.isEmpty() ? profile.baseUrl : profile.oauthServer;
    settings.clientId = profile.clientId;
    settings.clientSecret = clientSecret;
    settings.scopes = profile.scopes;
    settings.redirectPort = redirectPort;
    auto *flow = new OAuth::AuthorizationCodeFlow(client, settings, client);

    QObject::connect(
        flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, client, [openBrowser](const QUrl &url) {
            // The address holds the client ID, the PKCE challenge and the state: nothing secret.
            Console::err()
                << tr("Open this address in your browser: %1").arg(url.toString(QUrl::FullyEncoded))
                << Qt::endl;
            if (openBrowser && !BrowserLauncher::open(url))
                Console::warning(tr("No browser could be started; open the address yourself."));
            Console::err() << tr("Waiting for the browser to come back (Ctrl+C to stop)…") << Qt::endl;
        });
    QObject::connect(flow, &OAuth::AuthorizationCodeFlow::exchangingCode, client,
                     [] { Console::err() << tr("The browser came back; getting the tokens…") << Qt::endl; });
    auto done = std::make_shared<bool>(false);
    QObject::connect(
        flow, &OAuth::AuthorizationCodeFlow::succeeded, client,
        [this, client, profile, finish, done](const OAuth::OAuthTokens &tokens, const OAuth::OAuthServer &) {
            if (std::exchange(*done, true))
                return;
            client->deleteLater();
            storeOAuthTokens(profile, tokens, finish);
        });
    QObject::connect(
        flow, &OAuth::AuthorizationCodeFlow::failed, client,
        [client, profile, finish, done](const PortalError &error) {
            if (std::exchange(*done, true))
                return;
            client->deleteLater();
            finish(reportFailure(error, profile.name, false, PortalOptions::pinAdvice(profile.name)));
        });
    flow->start();
}

void PortalLoginCommand::storeOAuthTokens(const PortalProfile &profile, const OAuth::OAuthTokens &tokens,
                                          Finish finish)
{
    // The expiry is not kept: PortalSession refreshes when the portal answers 401 or the token says it
    // expired.
    QList<QPair<SecretSlot, QByteArray>> secrets{{SecretSlot::AccessToken, tokens.accessToken}};
    if (!tokens.refreshToken.isEmpty())
        secrets.append({SecretSlot::RefreshToken, tokens.refreshToken});
    const QString scope = tokens.scope;
    Portal::PortalSession::storeSecrets(
        m_store.get(), profile, secrets, &m_context,
        [this, profile, scope, hasRefreshToken = !tokens.refreshToken.isEmpty(),
         finish](const PortalError &error) {
            if (error.isError()) {
                Console::error(error.message());
                return finish(ExitCode::Keychain);
            }
            const auto signedIn = [this, profile, scope, finish] {
                Console::out() << (scope.isEmpty() ? tr("Signed in; the tokens are in the keychain.")
                                                   : tr("Signed in with the scopes %1; the tokens are in the "
                                                        "keychain.")
                                                         .arg(scope))
                               << Qt::endl;
                testSaved(profile, finish);
            };
            if (hasRefreshToken)
                return signedIn();
            // A refresh token from an earlier sign-in would belong to another grant; do not keep it around.
            m_store->remove(profile.secretKey(SecretSlot::RefreshToken), &m_context,
                            [signedIn](const SecretError &) { signedIn(); });
        });
}

void PortalLoginCommand::storeTokenAndTest(const PortalProfile &profile, const QByteArray &token,
                                           Finish finish)
{
    Portal::PortalSession::storeSecrets(m_store.get(), profile, {{SecretSlot::LoginToken, token}}, &m_context,
                                        [this, profile, finish](const PortalError &error) {
                                            if (error.isError()) {
                                                Console::error(error.message());
                                                return finish(ExitCode::Keychain);
                                            }
                                            Console::out()
                                                << tr("The new login token is in the keychain.") << Qt::endl;
                                            testSaved(profile, finish);
                                        });
}

void PortalLoginCommand::testSaved(const PortalProfile &profile, Finish finish)
{
    auto *session = new Portal::PortalSession(profile, m_store.get(), &m_context);
    const PortalErrorReport::TrustAdvice advice = PortalOptions::pinAdvice(profile.name);
    const QString name = profile.name;
    session->open([this, name, advice, finish](const PortalError &error, Portal::PortalClient *client) {
        if (error.isError())
            return finish(reportFailure(error, name, false, advice));
        testConnection(client, name, false, advice, &m_context, finish);
    });
}

} // namespace PortalKeys::Cli
