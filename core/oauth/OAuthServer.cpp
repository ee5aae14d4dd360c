#include "oauth/OAuthServer.h"

#include "portal/PortalUrl.h"

namespace PortalKeys::OAuth {

namespace {

QUrl under(const QUrl &root, const QString &path)
{
    return Portal::PortalUrl::resolve(root, path);
}

} // namespace

QUrl OAuthServer::discoveryUrl(const QUrl &root)
{
    return under(root, QStringLiteral("/oauth2/.well-known/openid-configuration"));
}

OAuthServer OAuthServer::fromDiscovery(const QJsonObject &document, QString *error)
{
    OAuthServer server;
    server.issuer = QUrl(document.value(QLatin1String("issuer")).toString());
    server.authorizationEndpoint = QUrl(document.value(QLatin1String("authorization_endpoint")).toString());
    server.tokenEndpoint = QUrl(document.value(QLatin1String("token_endpoint")).toString());
    server.revocationEndpoint = QUrl(document.value(QLatin1String("revocation_endpoint")).toString());
    server.jwksUri = QUrl(document.value(QLatin1String("jwks_uri")).toString());
    if (!server.authorizationEndpoint.isValid() || server.authorizationEndpoint.isRelative() ||
        !server.tokenEndpoint.isValid() || server.tokenEndpoint.isRelative()) {
        if (error)
            *error =
                tr("The OAuth server's discovery document has no usable authorization or token endpoint.");
        return {};
    }
    for (const QUrl &endpoint : {server.authorizationEndpoint, server.tokenEndpoint}) {
        if (!Portal::PortalUrl::mayCarryCredentials(endpoint)) {
            if (error)
                *error = tr("The OAuth server names an endpoint without https (%1); PortalKeys does not send "
                            "codes "
                            "or secrets there.")
                             .arg(endpoint.toString());
            return {};
        }
    }
    const QStringList methods =
        document.value(QLatin1String("code_challenge_methods_supported")).toVariant().toStringList();
    if (!methods.isEmpty() && !methods.contains(QLatin1String("S256"))) {
        if (error)
            *error = tr("The OAuth server does not support PKCE with S256.");
        return {};
    }
    return server;
}

OAuthServer OAuthServer::fromRoot(const QUrl &root)
{
    OAuthServer server;
    server.issuer = under(root, QStringLiteral("/oauth2"));
    server.authorizationEndpoint = under(root, QStringLiteral("/oauth2/authorize"));
    server.tokenEndpoint = under(root, QStringLiteral("/oauth2/token"));
    server.revocationEndpoint = under(root, QStringLiteral("/oauth2/revoke"));
    server.jwksUri = under(root, QStringLiteral("/oauth2/jwks"));
    return server;
}

} // namespace PortalKeys::OAuth
