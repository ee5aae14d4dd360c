#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace PortalKeys::OAuth {

// The endpoints of an OAuth 2.0 authorization server, from its discovery document
// (<root>/oauth2/.well-known/openid-configuration) or derived from its root.
struct OAuthServer {
    Q_DECLARE_TR_FUNCTIONS(OAuthServer)

public:
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl jwksUri;

    // "<root>/oauth2/.well-known/openid-configuration"
    static QUrl discoveryUrl(const QUrl &root);
    // Endpoints from a discovery document; `error` says what is missing or unsafe (non-https endpoints that
    // are not on this machine).
    static OAuthServer fromDiscovery(const QJsonObject &document, QString *error);
    // DocSpace's fixed layout under <root>/oauth2/, for servers without discovery.
    static OAuthServer fromRoot(const QUrl &root);
    bool isValid() const { return authorizationEndpoint.isValid() && tokenEndpoint.isValid(); }
};

} // namespace PortalKeys::OAuth

Q_DECLARE_METATYPE(PortalKeys::OAuth::OAuthServer)
