#include "oauth/OAuthApp.h"

#include <QJsonArray>

namespace PortalKeys::OAuth {

namespace {

const QLatin1String kName("name");
const QLatin1String kDescription("description");
const QLatin1String kLogo("logo");
const QLatin1String kWebsiteUrl("website_url");
const QLatin1String kTermsUrl("terms_url");
const QLatin1String kPolicyUrl("policy_url");
const QLatin1String kLogoutRedirectUri("logout_redirect_uri");
const QLatin1String kLogoutRedirectUris("logout_redirect_uris");
const QLatin1String kRedirectUris("redirect_uris");
const QLatin1String kAllowedOrigins("allowed_origins");
const QLatin1String kScopes("scopes");
const QLatin1String kAllowPkce("allow_pkce");
const QLatin1String kIsPublic("is_public");

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        if (entry.isString())
            list.append(entry.toString());
    }
    return list;
}

// The list as the portal keeps it: a set, so an exact duplicate is merged.
QJsonArray distinct(QStringList list)
{
    list.removeDuplicates();
    return QJsonArray::fromStringList(list);
}

QDateTime dateTime(const QJsonValue &value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed;
}

} // namespace

QString OAuthApp::effectiveLogoutRedirectUri() const
{
    // The portal's form sends the website URL when this is left empty; a draft does the same.
    return logoutRedirectUri.isEmpty() ? websiteUrl : logoutRedirectUri;
}

QJsonObject OAuthApp::toCreateJson() const
{
    return {
        {kName, name},
        {kDescription, description},
        {kLogo, logo},
        {kWebsiteUrl, websiteUrl},
        {kTermsUrl, termsUrl},
        {kPolicyUrl, policyUrl},
        {kLogoutRedirectUri, effectiveLogoutRedirectUri()},
        {kRedirectUris, distinct(redirectUris)},
        {kAllowedOrigins, distinct(allowedOrigins)},
        {kScopes, distinct(scopes)},
        {kAllowPkce, allowPkce},
        {kIsPublic, true},
    };
}

QJsonObject OAuthApp::toUpdateJson() const
{
    return {
        {kName, name},           {kDescription, description}, {kLogo, logo},
        {kAllowPkce, allowPkce}, {kIsPublic, true},           {kAllowedOrigins, distinct(allowedOrigins)},
    };
}

OAuthApp OAuthApp::fromJson(const QJsonObject &json)
{
    OAuthApp app;
    app.name = json.value(kName).toString();
    app.description = json.value(kDescription).toString();
    app.logo = json.value(kLogo).toString();
    app.websiteUrl = json.value(kWebsiteUrl).toString();
    app.termsUrl = json.value(kTermsUrl).toString();
    app.policyUrl = json.value(kPolicyUrl).toString();
    // A create body has one logout URL; the portal answers with a list of them.
    if (json.contains(kLogoutRedirectUri))
        app.logoutRedirectUri = json.value(kLogoutRedirectUri).toString();
    else
        app.logoutRedirectUri = stringList(json.value(kLogoutRedirectUris)).value(0);
    app.redirectUris = stringList(json.value(kRedirectUris));
    app.allowedOrigins = stringList(json.value(kAllowedOrigins));
    app.scopes = stringList(json.value(kScopes));
    app.isPublic = json.value(kIsPublic).toBool(true);

    app.clientId = json.value(QLatin1String("client_id")).toString();
    app.enabled = json.value(QLatin1String("enabled")).toBool(true);
    app.createdOn = dateTime(json.value(QLatin1String("created_on")));
    app.modifiedOn = dateTime(json.value(QLatin1String("modified_on")));
    app.createdBy = json.value(QLatin1String("created_by")).toString();
    app.modifiedBy = json.value(QLatin1String("modified_by")).toString();
    app.authenticationMethods = stringList(json.value(QLatin1String("authentication_methods")));
    const QJsonValue tenant = json.value(QLatin1String("tenant"));
    app.tenant = tenant.isString() ? tenant.toString().toLongLong() : qint64(tenant.toDouble(0));
    // The portal's client object has no allow_pkce: PKCE shows as the "none" authentication method.
    if (json.contains(kAllowPkce))
        app.allowPkce = json.value(kAllowPkce).toBool(false);
    else
        app.allowPkce = app.authenticationMethods.contains(QLatin1String("none"));
    return app;
}

QStringList OAuthApp::createFields()
{
    return {kName,           kWebsiteUrl, kLogo,      kDescription, kAllowPkce,         kRedirectUris,
            kAllowedOrigins, kScopes,     kPolicyUrl, kTermsUrl,    kLogoutRedirectUri, kIsPublic};
}

QStringList OAuthApp::updatableFields()
{
    return {kName, kDescription, kLogo, kAllowPkce, kAllowedOrigins};
}

QList<OAuthApp::ReadOnlyField> OAuthApp::readOnlyAfterRegistration()
{
    const QString notInUpdate = tr("The portal's update call has no field for it; register a new app to "
                                   "use another value.");
    const QString olderDocs = tr("The portal's update call ignores it (older documentation says otherwise); "
                                 "register a new app to change it.");
    const QString assigned = tr("The portal assigns it.");
    return {
        {kWebsiteUrl, notInUpdate},
        {kTermsUrl, notInUpdate},
        {kPolicyUrl, notInUpdate},
        {kLogoutRedirectUri, notInUpdate},
        {kRedirectUris, olderDocs},
        {kScopes, olderDocs},
        {QStringLiteral("client_id"), assigned},
        {QStringLiteral("client_secret"), tr("Only the portal makes a new one (regenerate secret).")},
        {QStringLiteral("enabled"), tr("Changed by enabling or disabling the app, not by an update.")},
        {QStringLiteral("authentication_methods"), tr("Follows from allow_pkce.")},
        {kIsPublic, tr("The portal sets it to true for every app.")},
        {QStringLiteral("tenant"), assigned},
        {QStringLiteral("created_on"), assigned},
        {QStringLiteral("created_by"), assigned},
        {QStringLiteral("modified_on"), assigned},
        {QStringLiteral("modified_by"), assigned},
    };
}

QStringList OAuthApp::readOnlyChanges(const OAuthApp &edited) const
{
    QStringList changed;
    if (edited.websiteUrl != websiteUrl)
        changed.append(kWebsiteUrl);
    if (edited.termsUrl != termsUrl)
        changed.append(kTermsUrl);
    if (edited.policyUrl != policyUrl)
        changed.append(kPolicyUrl);
    if (edited.effectiveLogoutRedirectUri() != effectiveLogoutRedirectUri())
        changed.append(kLogoutRedirectUri);
    if (edited.redirectUris != redirectUris)
        changed.append(kRedirectUris);
    // The portal keeps scopes as a set: another order is no change.
    QStringList before = scopes;
    QStringList after = edited.scopes;
    before.sort();
    after.sort();
    if (before != after)
        changed.append(kScopes);
    return changed;
}

} // namespace PortalKeys::OAuth
