#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PortalKeys::Portal {

// The four ways a portal accepts a caller (see README, "Portals").
enum class CredentialKind {
    ApiKey, // Authorization: Bearer sk-…
    Basic,  // Authorization: Basic base64(e-mail:password)
    Token,  // a login token from POST /api/2.0/authentication, or a pasted personal access token; sent raw
    OAuth2, // an access token from the portal's OAuth 2.0 server (authorization code + PKCE)
};

QList<CredentialKind> allCredentialKinds();
QString credentialKindName(CredentialKind kind); // "apikey", "basic", "token", "oauth2"
std::optional<CredentialKind> credentialKindFromName(const QString &name);
QString credentialKindTitle(CredentialKind kind); // "API key", "E-mail and password (basic)", …

} // namespace PortalKeys::Portal
