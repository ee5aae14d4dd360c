#include "oauth/AuthorizationCodeFlow.h"

#include "oauth/LoopbackRedirectListener.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

namespace PortalKeys::OAuth {

using Portal::PortalError;
using Portal::PortalRequest;
using Portal::PortalResponse;

namespace {

PortalError tokenAnswerError()
{
    return {PortalError::Kind::Malformed,
            AuthorizationCodeFlow::tr("The OAuth server's answer holds no access token.")};
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(Portal::PortalClient *client, const Settings &settings,
                                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_listener(new LoopbackRedirectListener(this))
{
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this,
            &AuthorizationCodeFlow::onRedirect);
}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    if (m_call)
        m_call->cancel();
}

Portal::PortalCall *
AuthorizationCodeFlow::discover(Portal::PortalClient *client, const QUrl &serverRoot,
                                std::function<void(const PortalError &, const OAuthServer &)> done)
{
    PortalRequest request = PortalRequest::get({}, Portal::ResponseFormat::Json);
    request.absoluteUrl = OAuthServer::discoveryUrl(serverRoot);
    request.authenticate = false;
    return client->send(
        request, [serverRoot, done](const PortalError &error, const PortalResponse &response) {
            if (error.kind() == PortalError::Kind::NotFound) {
                // Older portals publish no discovery document; their endpoints sit at fixed places.
                done({}, OAuthServer::fromRoot(serverRoot));
                return;
            }
            if (error.isError()) {
                done(error, {});
                return;
            }
            QString problem;
            const OAuthServer server = OAuthServer::fromDiscovery(response.value.toObject(), &problem);
            if (!problem.isEmpty()) {
                done({PortalError::Kind::Malformed, problem}, {});
                return;
            }
            done({}, server);
        });
}

Portal::PortalCall *
AuthorizationCodeFlow::refresh(Portal::PortalClient *client, const QUrl &tokenEndpoint,
                               const QString &clientId, const QByteArray &clientSecret,
                               const QByteArray &refreshToken,
                               std::function<void(const PortalError &, const OAuthTokens &)> done)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)},
                                          {QStringLiteral("client_id"), clientId}};
    if (!clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), QString::fromUtf8(clientSecret)});
    return client->send(PortalRequest::postForm(tokenEndpoint, fields),
                        [done](const PortalError &error, const PortalResponse &response) {
                            if (error.isError()) {
                                done(error, {});
                                return;
                            }
                            const std::optional<OAuthTokens> tokens = OAuthTokens::fromJson(
                                response.value.toObject(), QDateTime::currentDateTimeUtc());
                            if (!tokens)
                                done(tokenAnswerError(), {});
                            else
                                done({}, *tokens);
                        });
}

void AuthorizationCodeFlow::start()
{
    if (!m_client) {
        fail(PortalError::cancelled());
        return;
    }
    if (!m_listener->listen(m_settings.redirectPort)) {
        fail({PortalError::Kind::Network,
              tr("PortalKeys cannot listen on 127.0.0.1 for the browser's answer (port %1 is taken?).")
                  .arg(m_settings.redirectPort)});
        return;
    }
    m_call = discover(m_client, m_settings.serverRoot,
                      [this](const PortalError &error, const OAuthServer &server) {
                          if (error.isError())
                              fail(error);
                          else
                              onDiscovered(server);
                      });
}

void AuthorizationCodeFlow::onDiscovered(const OAuthServer &server)
{
    m_server = server;
    m_pkce = Pkce::generate();
    m_state = Pkce::randomState();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    // Kept: the listener stops (and forgets its port) once the browser came back, but the token request
    // must repeat the exact redirect URI.
    m_redirectUri = m_listener->redirectUri();
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_settings.scopes.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), m_settings.scopes.join(QLatin1Char(' ')));
    m_authorizationUrl = server.authorizationEndpoint;
    m_authorizationUrl.setQuery(query);
    emit authorizationUrlReady(m_authorizationUrl);
}

void AuthorizationCodeFlow::onRedirect(const QUrlQuery &query)
{
    if (m_done)
        return;
    if (query.queryItemValue(QStringLiteral("state")).toLatin1() != m_state) {
        fail(
            {PortalError::Kind::Unauthorized,
             tr("The browser came back with an answer that does not belong to this sign-in (the “state” does "
                "not match), so it was ignored. Start the sign-in again.")});
        return;
    }
    const QString errorCode = query.queryItemValue(QStringLiteral("error"));
    if (!errorCode.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail({errorCode == QLatin1String("access_denied") ? PortalError::Kind::Forbidden
                                                          : PortalError::Kind::BadRequest,
              tr("The portal did not authorize PortalKeys: %1")
                  .arg(description.isEmpty() ? errorCode : errorCode + QStringLiteral(" — ") + description)});
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail({PortalError::Kind::Malformed, tr("The browser came back without an authorization code.")});
        return;
    }
    emit exchangingCode();
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
        {QStringLiteral("client_id"), m_settings.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier)}};
    if (!m_settings.clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), QString::fromUtf8(m_settings.clientSecret)});
    m_call = m_client->send(PortalRequest::postForm(m_server.tokenEndpoint, fields),
                            [this](const PortalError &error, const PortalResponse &response) {
                                if (error.isError()) {
                                    fail(error);
                                    return;
                                }
                                const std::optional<OAuthTokens> tokens = OAuthTokens::fromJson(
                                    response.value.toObject(), QDateTime::currentDateTimeUtc());
                                if (!tokens) {
                                    fail(tokenAnswerError());
                                    return;
                                }
                                m_done = true;
                                emit succeeded(*tokens, m_server);
                            });
}

void AuthorizationCodeFlow::cancel()
{
    if (m_done)
        return;
    if (m_call)
        m_call->cancel();
    fail(PortalError::cancelled());
}

void AuthorizationCodeFlow::fail(const PortalError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_listener->close();
    emit failed(error);
}

} // namespace PortalKeys::OAuth
