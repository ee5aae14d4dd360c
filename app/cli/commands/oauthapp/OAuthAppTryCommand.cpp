#include "commands/oauthapp/OAuthAppTryCommand.h"

#include "BrowserLauncher.h"
#include "Console.h"
#include "HelpFormatter.h"
#include "PortalErrorReport.h"

#include "common/BoundedList.h"
#include "jwt/Claims.h"
#include "jwt/Token.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/OAuthAppsApi.h"
#include "oauth/OAuthTokens.h"
#include "oauth/ScopeModel.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NamedSecret.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <memory>
#include <utility>

namespace PortalKeys::Cli {

using OAuth::OAuthApp;
using Portal::PortalError;

OAuthAppTryCommand::OAuthAppTryCommand()
    : m_secretKeychainOption(
          QStringLiteral("client-secret-keychain"),
          tr("Sign in as a confidential client with the client secret kept in the keychain "
             "as the named secret NAME (e.g. by “create --store-secret NAME”)."),
          QStringLiteral("NAME"))
    , m_publicOption(QStringLiteral("public"),
                     tr("Sign in as a public client, with PKCE and no secret (the app must allow PKCE)."))
    , m_scopesOption(QStringLiteral("scopes"),
                     tr("Ask for these scopes (separated by spaces) rather than all the app's scopes."),
                     QStringLiteral("\"A B\""))
    , m_noBrowserOption(QStringLiteral("no-browser"),
                        tr("Only print the address to open, e.g. on a machine without a browser."))
    , m_redirectPortOption(
          QStringLiteral("redirect-port"),
          tr("Listen for the browser's redirect on this port of 127.0.0.1 (default: the port of the app's "
             "127.0.0.1 redirect URI when it names one, else any free port)."),
          QStringLiteral("PORT"))
    , m_showTokensOption(QStringLiteral("show-tokens"),
                         tr("Also print the access and refresh tokens. They let anyone act as you until "
                            "they expire."))
{}

QList<QCommandLineOption> OAuthAppTryCommand::ownOptions() const
{
    return {m_secretKeychainOption, m_publicOption,       m_scopesOption,
            m_noBrowserOption,      m_redirectPortOption, m_showTokensOption};
}

QString OAuthAppTryCommand::summary() const
{
    return tr("Sign in with an OAuth app in the browser, as its users would, and show the token's claims.");
}

QString OAuthAppTryCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral(
            "portalkeys-cli oauth-app try ID PORTAL (--client-secret-keychain NAME | --public) "
            "[--scopes \"A B\"] [--no-browser] [--redirect-port PORT] [--show-tokens]"))
        .paragraph(tr("Runs the authorization code flow with PKCE (S256) for the app with the client ID "
                      "“ID”: the sign-in address is printed on standard error and opened in the browser; "
                      "after you approve, the browser comes back to a one-shot listener on 127.0.0.1, the "
                      "code is exchanged for tokens, and the access token's claims (issuer, subject, "
                      "client, scopes, times) are printed. The app needs a redirect URI on "
                      "http://127.0.0.1/callback (any port, unless it names one). Ctrl+C stops waiting."))
        .paragraph(tr("The tokens are secrets: they are never kept, and printed only with --show-tokens. A "
                      "confidential client's secret comes from the keychain (--client-secret-keychain "
                      "NAME), never from the command line. Exits 0 after a sign-in, 1 when the portal "
                      "refuses it or the app is disabled, 2 when the app cannot be tried as asked (e.g. "
                      "--public for an app without PKCE, a scope it does not have)."))
        .paragraph(portalParagraph())
        .options(portalOptions() + ownOptions())
        .text();
}

void OAuthAppTryCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, ownOptions(), arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    const auto usageError = [&finish](const QString &message) {
        Console::error(message);
        finish(ExitCode::Usage);
    };
    if (parser.isSet(m_secretKeychainOption) == parser.isSet(m_publicOption))
        return usageError(tr("oauth-app try: give either --client-secret-keychain NAME (a confidential "
                             "client) or --public (PKCE without a secret)."));
    Attempt attempt;
    attempt.clientId = parser.positionalArguments().constFirst();
    attempt.openBrowser = !parser.isSet(m_noBrowserOption);
    attempt.showTokens = parser.isSet(m_showTokensOption);
    if (parser.isSet(m_redirectPortOption)) {
        bool number = false;
        const uint value = parser.value(m_redirectPortOption).toUInt(&number);
        if (!number || value == 0 || value > 65535)
            return usageError(tr("--redirect-port takes a port number from 1 to 65535."));
        attempt.portGiven = true;
        attempt.redirectPort = quint16(value);
    }
    if (parser.isSet(m_scopesOption)) {
        attempt.scopes = OAuth::ScopeModel::split(parser.value(m_scopesOption));
        if (attempt.scopes.isEmpty())
            return usageError(tr("--scopes names no scope."));
    }
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    if (!parser.isSet(m_secretKeychainOption))
        return start(attempt, std::move(finish));

    const QString secretName = parser.value(m_secretKeychainOption);
    if (const QString problem = NamedSecret::nameProblem(secretName); !problem.isEmpty())
        return usageError(problem);
    auto store = std::make_shared<KeychainSecretStore>();
    store->read(NamedSecret::keychainKey(secretName), context(),
                [this, store, attempt, secretName, finish](const SecretError &error,
                                                           const QByteArray &secret) mutable {
                    if (error.kind() == SecretError::Kind::NotFound ||
                        (!error.isError() && secret.isEmpty())) {
                        Console::error(tr("No secret is stored under “%1”. Keep the app's secret there with "
                                          "“oauth-app show ID … --store-secret %1”.")
                                           .arg(secretName));
                        return finish(ExitCode::Usage);
                    }
                    if (error.isError()) {
                        Console::error(error.message());
                        return finish(ExitCode::Keychain);
                    }
                    attempt.clientSecret = secret;
                    start(attempt, finish);
                });
}

void OAuthAppTryCommand::start(const Attempt &attempt, Finish finish)
{
    // The app first: a missing, disabled or unsuitable app is reported before any browser opens.
    openApi(false, finish, [this, attempt, finish](OAuth::OAuthAppsApi *api) {
        api->get(attempt.clientId,
                 [this, attempt, finish](const PortalError &error, const OAuth::RegisteredApp &found) {
                     if (error.isError())
                         return finish(reportFailure(error, false, attempt.clientId));
                     const OAuthApp &app = found.app;
                     Attempt checked = attempt; // check() may pick the redirect port
                     const ExitCode problem = check(app, checked);
                     if (problem != ExitCode::Success)
                         return finish(problem);
                     runFlow(app, checked, finish);
                 });
    });
}

ExitCode OAuthAppTryCommand::check(const OAuthApp &app, Attempt &attempt) const
{
    const QString id = PortalErrorReport::shellQuoted(attempt.clientId);
    if (!app.enabled) {
        Console::error(tr("The app “%1” is disabled, so the portal signs nobody in with it. Enable it first: "
                          "portalkeys-cli oauth-app enable %2 …")
                           .arg(app.name, id));
        return ExitCode::Negative;
    }
    if (attempt.clientSecret.isEmpty() && !app.allowPkce) {
        Console::error(
            tr("The app “%1” does not allow public clients (PKCE without a secret); try it with its "
               "secret: --client-secret-keychain NAME.")
                .arg(app.name));
        return ExitCode::Usage;
    }
    QStringList foreign;
    for (const QString &scope : std::as_const(attempt.scopes)) {
        if (!app.scopes.contains(scope))
            foreign.append(scope);
    }
    if (!foreign.isEmpty()) {
        Console::error(
            tr("The app “%1” may not ask for %2; its scopes are: %3.")
                .arg(app.name, BoundedList::join(foreign),
                     BoundedList::join(app.scopes, QStringLiteral(" "), BoundedList::choicesShown)));
        return ExitCode::Usage;
    }
    // The browser comes back to http://127.0.0.1:PORT/callback; the app must have such a redirect URI.
    const QList<int> ports = OAuth::LoopbackRedirectListener::matchingPorts(app.redirectUris);
    if (ports.isEmpty()) {
        Console::error(
            tr("The app “%1” has no redirect URI %2 (any port), so the portal would not send the "
               "browser back to portalkeys-cli. Its redirect URIs cannot change after registration: "
               "to try an app here, register it with %2 among them.")
                .arg(app.name, OAuth::LoopbackRedirectListener::registrationExample()));
        return ExitCode::Usage;
    }
    if (!attempt.portGiven && !ports.contains(-1) && !ports.isEmpty()) {
        // Every 127.0.0.1 redirect URI names its port: listen there, as the portal may want that exact one.
        attempt.redirectPort = quint16(ports.constFirst());
        Console::err()
            << tr("Listening on port %1, the port of the app's redirect URI.").arg(ports.constFirst())
            << Qt::endl;
    }
    return ExitCode::Success;
}

void OAuthAppTryCommand::runFlow(const OAuthApp &app, const Attempt &attempt, Finish finish)
{
    Portal::PortalClient *client = portalClient();
    if (!client)
        return finish(reportFailure(PortalError::cancelled(), false));
    OAuth::AuthorizationCodeFlow::Settings settings;
    const Portal::PortalProfile &profile = target().profile;
    settings.serverRoot = profile.oauthServer.isEmpty() ? profile.baseUrl : profile.oauthServer;
    settings.clientId = attempt.clientId;
    settings.clientSecret = attempt.clientSecret;
    settings.scopes = attempt.scopes;
    settings.redirectPort = attempt.redirectPort;
    auto *flow = new OAuth::AuthorizationCodeFlow(client, settings, context());

    const bool openBrowser = attempt.openBrowser;
    QObject::connect(
        flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, context(),
        [openBrowser](const QUrl &url) {
            // The address holds the client ID, the PKCE challenge and the state: nothing secret.
            Console::err()
                << tr("Open this address in your browser: %1").arg(url.toString(QUrl::FullyEncoded))
                << Qt::endl;
            if (openBrowser && !BrowserLauncher::open(url))
                Console::warning(tr("No browser could be started; open the address yourself."));
            Console::err() << tr("Waiting for the browser to come back (Ctrl+C to stop)…") << Qt::endl;
        });
    QObject::connect(flow, &OAuth::AuthorizationCodeFlow::exchangingCode, context(),
                     [] { Console::err() << tr("The browser came back; getting the tokens…") << Qt::endl; });
    auto done = std::make_shared<bool>(false);
    QObject::connect(flow, &OAuth::AuthorizationCodeFlow::succeeded, context(),
                     [this, flow, app, attempt, finish, done](const OAuth::OAuthTokens &tokens,
                                                              const OAuth::OAuthServer &) {
                         if (std::exchange(*done, true))
                             return;
                         flow->deleteLater();
                         report(app, attempt, tokens);
                         finish(ExitCode::Success);
                     });
    QObject::connect(flow, &OAuth::AuthorizationCodeFlow::failed, context(),
                     [this, flow, finish, done](const PortalError &error) {
                         if (std::exchange(*done, true))
                             return;
                         flow->deleteLater();
                         finish(reportFailure(error, false));
                     });
    flow->start();
}

void OAuthAppTryCommand::report(const OAuthApp &app, const Attempt &attempt,
                                const OAuth::OAuthTokens &tokens) const
{
    QTextStream &out = Console::out();
    out << (attempt.clientSecret.isEmpty()
                ? tr("Signed in with the OAuth app “%1” (%2) as a public client (PKCE, no secret).")
                : tr("Signed in with the OAuth app “%1” (%2) as a confidential client (PKCE and its "
                     "secret)."))
               .arg(app.name, attempt.clientId)
        << Qt::endl;
    if (!tokens.scope.isEmpty())
        out << tr("Granted scopes: %1").arg(tokens.scope) << Qt::endl;

    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(QString::fromLatin1(tokens.accessToken));
    if (parsed.ok()) {
        const QString keyId = parsed.token->keyId();
        out << (keyId.isEmpty() ? tr("The access token is a JWT signed with %1. Its claims:")
                                      .arg(parsed.token->algorithmName())
                                : tr("The access token is a JWT signed with %1 (key %2). Its claims:")
                                      .arg(parsed.token->algorithmName(), keyId))
            << Qt::endl;
        const QList<Jwt::ClaimInfo> claims =
            Jwt::Claims::describe(parsed.token->payloadObject(), QDateTime::currentDateTimeUtc());
        for (const Jwt::ClaimInfo &claim : claims) {
            QString line =
                QStringLiteral("  %1  %2: %3").arg(claim.name, -4).arg(claim.meaning, claim.valueText);
            if (claim.isTime && claim.time.isValid())
                line += QStringLiteral(" = %1 (%2)")
                            .arg(claim.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                                 claim.relative);
            out << line << Qt::endl;
        }
    } else {
        out << tr("The access token is not a JWT, so it has no claims to show.") << Qt::endl;
    }
    out << (tokens.refreshToken.isEmpty() ? tr("No refresh token was issued.")
                                          : tr("A refresh token was issued too."))
        << Qt::endl;
    if (!attempt.showTokens) {
        out << tr("The tokens are not shown (--show-tokens prints them) and were not kept.") << Qt::endl;
        return;
    }
    out << "access_token: " << QString::fromLatin1(tokens.accessToken) << Qt::endl;
    if (!tokens.refreshToken.isEmpty())
        out << "refresh_token: " << QString::fromLatin1(tokens.refreshToken) << Qt::endl;
    Console::warning(tr("the tokens above let anyone act as you within their scopes until they expire; they "
                        "were not kept anywhere else."));
}

} // namespace PortalKeys::Cli
