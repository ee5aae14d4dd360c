#include "portal/Credentials.h"

namespace PortalKeys::Portal {

QByteArray Credentials::authorizationHeader() const
{
    switch (kind) {
    case CredentialKind::ApiKey:
    case CredentialKind::OAuth2:
        return QByteArrayLiteral("Bearer ") + secret;
    case CredentialKind::Basic:
        return QByteArrayLiteral("Basic ") + QByteArray(user.toUtf8() + ':' + secret).toBase64();
    case CredentialKind::Token:
        // DocSpace reads a login token from Authorization as it is, without a scheme.
        return secret;
    }
    return {};
}

} // namespace PortalKeys::Portal
