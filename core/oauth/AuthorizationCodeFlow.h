#pragma once

#include "oauth/OAuthServer.h"
#include "oauth/OAuthTokens.h"
#include "oauth/Pkce.h"
#include "portal/PortalError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace PortalKeys::Portal {
class PortalClient;
class PortalCall;
} // namespace PortalKeys::Portal

namespace PortalKeys::OAuth {

class LoopbackRedirectListener;

// OAuth 2.0 authorization code grant with PKCE S256 and state for a native app (RFC 6749, 7636, 8252):
// discovery, the authorization URL for the system browser, a loopback redirect listener, and the token
// exchange with client_secret_post when the client has a secret. Also refreshes tokens.
//
// Written on QNetworkAccessManager (through PortalClient) rather than QtNetworkAuth: Qt 6.4's
// QOAuth2AuthorizationCodeFlow has no PKCE, and PortalClient carries the TLS pinning and redirect rules.
class AuthorizationCodeFlow : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl serverRoot; // the portal, or e.g. https://oauth.onlyoffice.com
        QString clientId;
        QByteArray clientSecret;  // empty for a public client
        QStringList scopes;       // empty: the app's registered scopes
        quint16 redirectPort = 0; // 0: any free port
    };

    // `client` carries the TLS settings; its credentials are not used (token calls are not authenticated).
    AuthorizationCodeFlow(Portal::PortalClient *client, const Settings &settings, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // Discovers the server, starts the listener and emits authorizationUrlReady; the caller opens it in the
    // browser (QDesktopServices) or, in tests, fetches it.
    void start();
    void cancel();
    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // Exchanges a refresh token for new tokens (the server rotates the refresh token).
    static Portal::PortalCall *
    refresh(Portal::PortalClient *client, const QUrl &tokenEndpoint, const QString &clientId,
            const QByteArray &clientSecret, const QByteArray &refreshToken,
            std::function<void(const Portal::PortalError &, const OAuthTokens &)> done);
    static Portal::PortalCall *
    discover(Portal::PortalClient *client, const QUrl &serverRoot,
             std::function<void(const Portal::PortalError &, const OAuthServer &)> done);

signals:
    void authorizationUrlReady(const QUrl &url);
    // The browser came back; the code is being exchanged.
    void exchangingCode();
    void succeeded(const PortalKeys::OAuth::OAuthTokens &tokens,
                   const PortalKeys::OAuth::OAuthServer &server);
    void failed(const PortalKeys::Portal::PortalError &error);

private:
    void onDiscovered(const OAuthServer &server);
    void onRedirect(const QUrlQuery &query);
    void fail(const Portal::PortalError &error);

    QPointer<Portal::PortalClient> m_client;
    Settings m_settings;
    OAuthServer m_server;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_authorizationUrl;
    QUrl m_redirectUri;
    LoopbackRedirectListener *m_listener;
    QPointer<Portal::PortalCall> m_call;
    bool m_done = false;
};

} // namespace PortalKeys::OAuth
