#include "oauth/OAuthApp.h"

#include "oauth/AppField.h"

#include <QJsonArray>

namespace PortalKeys::OAuth {

namespace {

using F = AppField;

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
        {F::name, name},
        {F::description, description},
        {F::logo, logo},
        {F::websiteUrl, websiteUrl},
        {F::termsUrl, termsUrl},
        {F::policyUrl, policyUrl},
        {F::logoutRedirectUri, effectiveLogoutRedirectUri()},
        {F::redirectUris, distinct(redirectUris)},
        {F::allowedOrigins, distinct(allowedOrigins)},
        {F::scopes, distinct(scopes)},
        {F::allowPkce, allowPkce},
        {F::isPublic, true},
    };
}

QJsonObject OAuthApp::toUpdateJson() const
{
    return {
        {F::name, name},     {F::description, description},
        {F::logo, logo},     {F::allowPkce, allowPkce},
        {F::isPublic, true}, {F::allowedOrigins, distinct(allowedOrigins)},
    };
}

OAuthApp OAuthApp::fromJson(const QJsonObject &json)
{
    OAuthApp app;
    app.name = json.value(F::name).toString();
    app.description = json.value(F::description).toString();
    app.logo = json.value(F::logo).toString();
    app.websiteUrl = json.value(F::websiteUrl).toString();
    app.termsUrl = json.value(F::termsUrl).toString();
    app.policyUrl = json.value(F::policyUrl).toString();
    // A create body has one logout URL; the portal answers with a list of them.
    if (json.contains(F::logoutRedirectUri))
        app.logoutRedirectUri = json.value(F::logoutRedirectUri).toString();
    else
        app.logoutRedirectUri = stringList(json.value(F::logoutRedirectUris)).value(0);
    app.redirectUris = stringList(json.value(F::redirectUris));
    app.allowedOrigins = stringList(json.value(F::allowedOrigins));
    app.scopes = stringList(json.value(F::scopes));
    app.isPublic = json.value(F::isPublic).toBool(true);

    app.clientId = json.value(F::clientId).toString();
    app.enabled = json.value(F::enabled).toBool(true);
    app.createdOn = dateTime(json.value(F::createdOn));
    app.modifiedOn = dateTime(json.value(F::modifiedOn));
    app.createdBy = json.value(F::createdBy).toString();
    app.modifiedBy = json.value(F::modifiedBy).toString();
    app.authenticationMethods = stringList(json.value(F::authenticationMethods));
    const QJsonValue tenant = json.value(F::tenant);
    app.tenant = tenant.isString() ? tenant.toString().toLongLong() : qint64(tenant.toDouble(0));
    // The portal's client object has no allow_pkce: PKCE shows as the "none" authentication method.
    if (json.contains(F::allowPkce))
        app.allowPkce = json.value(F::allowPkce).toBool(false);
    else
        app.allowPkce = app.authenticationMethods.contains(QLatin1String("none"));
    return app;
}

QStringList OAuthApp::createFields()
{
    return AppField::createFields();
}

QStringList OAuthApp::updatableFields()
{
    return {F::name, F::description, F::logo, F::allowPkce, F::allowedOrigins};
}

QList<OAuthApp::ReadOnlyField> OAuthApp::readOnlyAfterRegistration()
{
    const QString notInUpdate = tr("The portal's update call has no field for it; register a new app to "
                                   "use another value.");
    const QString olderDocs = tr("The portal's update call ignores it (older documentation says otherwise); "
                                 "register a new app to change it.");
    const QString assigned = tr("The portal assigns it.");
    return {
        {F::websiteUrl, notInUpdate},
        {F::termsUrl, notInUpdate},
        {F::policyUrl, notInUpdate},
        {F::logoutRedirectUri, notInUpdate},
        {F::redirectUris, olderDocs},
        {F::scopes, olderDocs},
        {F::clientId, assigned},
        {F::clientSecret, tr("Only the portal makes a new one (regenerate secret).")},
        {F::enabled, tr("Changed by enabling or disabling the app, not by an update.")},
        {F::authenticationMethods, tr("Follows from allow_pkce.")},
        {F::isPublic, tr("The portal sets it to true for every app.")},
        {F::tenant, assigned},
        {F::createdOn, assigned},
        {F::createdBy, assigned},
        {F::modifiedOn, assigned},
        {F::modifiedBy, assigned},
    };
}

QStringList OAuthApp::readOnlyChanges(const OAuthApp &edited) const
{
    QStringList changed;
    if (edited.websiteUrl != websiteUrl)
        changed.append(F::websiteUrl);
    if (edited.termsUrl != termsUrl)
        changed.append(F::termsUrl);
    if (edited.policyUrl != policyUrl)
        changed.append(F::policyUrl);
    if (edited.effectiveLogoutRedirectUri() != effectiveLogoutRedirectUri())
        changed.append(F::logoutRedirectUri);
    if (edited.redirectUris != redirectUris)
        changed.append(F::redirectUris);
    // The portal keeps scopes as a set: another order is no change.
    QStringList before = scopes;
    QStringList after = edited.scopes;
    before.sort();
    after.sort();
    if (before != after)
        changed.append(F::scopes);
    return changed;
}

} // namespace PortalKeys::OAuth
