#include "portal/CredentialKind.h"

#include <QCoreApplication>

namespace PortalKeys::Portal {

QList<CredentialKind> allCredentialKinds()
{
    return {CredentialKind::ApiKey, CredentialKind::Basic, CredentialKind::Token, CredentialKind::OAuth2};
}

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::ApiKey:
        return QStringLiteral("apikey");
    case CredentialKind::Basic:
        return QStringLiteral("basic");
    case CredentialKind::Token:
        return QStringLiteral("token");
    case CredentialKind::OAuth2:
        return QStringLiteral("oauth2");
    }
    return {};
}

std::optional<CredentialKind> credentialKindFromName(const QString &name)
{
    for (CredentialKind kind : allCredentialKinds()) {
        if (credentialKindName(kind) == name.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QString credentialKindTitle(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::ApiKey:
        return QCoreApplication::translate("CredentialKind", "API key");
    case CredentialKind::Basic:
        return QCoreApplication::translate("CredentialKind", "E-mail and password (basic)");
    case CredentialKind::Token:
        return QCoreApplication::translate("CredentialKind", "Login or personal access token");
    case CredentialKind::OAuth2:
        return QCoreApplication::translate("CredentialKind", "OAuth 2.0 (sign in with the browser)");
    }
    return {};
}

} // namespace PortalKeys::Portal
