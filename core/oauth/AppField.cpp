#include "oauth/AppField.h"

namespace PortalKeys::OAuth {

QStringList AppField::createFields()
{
    return {name,           websiteUrl, logo,      description, allowPkce,         redirectUris,
            allowedOrigins, scopes,     policyUrl, termsUrl,    logoutRedirectUri, isPublic};
}

QStringList AppField::formFields()
{
    return {name,         websiteUrl,     logo,   description, allowPkce,
            redirectUris, allowedOrigins, scopes, policyUrl,   termsUrl};
}

QStringList AppField::assignedFields()
{
    return {clientId, enabled, tenant, createdOn, createdBy, modifiedOn, modifiedBy, authenticationMethods};
}

QString AppField::label(const QString &key)
{
    if (key == name)
        return tr("app name");
    if (key == websiteUrl)
        return tr("website URL");
    if (key == logo)
        return tr("icon");
    if (key == description)
        return tr("description");
    if (key == redirectUris)
        return tr("redirect URLs");
    if (key == allowedOrigins)
        return tr("allowed origins");
    if (key == scopes)
        return tr("access scopes");
    if (key == policyUrl)
        return tr("privacy policy URL");
    if (key == termsUrl)
        return tr("terms of service URL");
    if (key == logoutRedirectUri)
        return tr("logout redirect URL");
    return key;
}

QString AppField::heading(const QString &key)
{
    if (key == name)
        return tr("Name");
    if (key == clientId)
        return tr("Client ID");
    if (key == clientSecret)
        return tr("Client secret");
    if (key == enabled)
        return tr("State");
    if (key == description)
        return tr("Description");
    if (key == websiteUrl)
        return tr("Website");
    if (key == termsUrl)
        return tr("Terms of service");
    if (key == policyUrl)
        return tr("Privacy policy");
    if (key == logoutRedirectUri)
        return tr("Sign-out redirect");
    if (key == redirectUris)
        return tr("Redirect URIs");
    if (key == allowedOrigins)
        return tr("Allowed origins");
    if (key == scopes)
        return tr("Scopes");
    if (key == allowPkce)
        return tr("Public clients (PKCE)");
    if (key == authenticationMethods)
        return tr("Authentication");
    if (key == logo)
        return tr("Icon");
    if (key == createdOn)
        return tr("Created");
    if (key == modifiedOn)
        return tr("Modified");
    return key;
}

} // namespace PortalKeys::OAuth
