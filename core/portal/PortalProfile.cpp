#include "portal/PortalProfile.h"

#include "portal/PortalUrl.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace PortalKeys::Portal {

namespace {

QString slotName(SecretSlot slot)
{
    switch (slot) {
    case SecretSlot::ApiKey:
        return QStringLiteral("api-key");
    case SecretSlot::Password:
        return QStringLiteral("password");
    case SecretSlot::LoginToken:
        return QStringLiteral("login-token");
    case SecretSlot::ClientSecret:
        return QStringLiteral("client-secret");
    case SecretSlot::AccessToken:
        return QStringLiteral("access-token");
    case SecretSlot::RefreshToken:
        return QStringLiteral("refresh-token");
    }
    return {};
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

PortalProfile PortalProfile::create(const QString &name, const QUrl &baseUrl, CredentialKind kind)
{
    PortalProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name.trimmed();
    profile.baseUrl = baseUrl;
    profile.kind = kind;
    return profile;
}

QString PortalProfile::secretKey(SecretSlot slot) const
{
    return QStringLiteral("portal/") + id + QLatin1Char('/') + slotName(slot);
}

QList<SecretSlot> PortalProfile::allSecretSlots()
{
    return {SecretSlot::ApiKey,       SecretSlot::Password,    SecretSlot::LoginToken,
            SecretSlot::ClientSecret, SecretSlot::AccessToken, SecretSlot::RefreshToken};
}

QList<SecretSlot> PortalProfile::secretSlots() const
{
    switch (kind) {
    case CredentialKind::ApiKey:
        return {SecretSlot::ApiKey};
    case CredentialKind::Basic:
        return {SecretSlot::Password};
    case CredentialKind::Token:
        return {SecretSlot::LoginToken};
    case CredentialKind::OAuth2:
        return {SecretSlot::ClientSecret, SecretSlot::AccessToken, SecretSlot::RefreshToken};
    }
    return {};
}

QString PortalProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the portal a name, e.g. “production”.");
    if (name.size() > 100)
        return tr("The name is too long (at most 100 characters).");
    if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\t')))
        return tr("The name cannot contain line breaks or tabs.");
    const PortalUrl::Result url = PortalUrl::normalize(baseUrl.toString());
    if (!url.ok())
        return url.error;
    if (kind == CredentialKind::Basic && !user.contains(QLatin1Char('@')))
        return tr("Basic authentication needs the e-mail address you sign in with.");
    if (kind == CredentialKind::OAuth2 && clientId.trimmed().isEmpty())
        return tr("OAuth 2.0 needs the client ID of an app registered on the portal (Developer Tools → OAuth "
                  "2.0).");
    if (kind == CredentialKind::OAuth2 && !oauthServer.isEmpty() &&
        !PortalUrl::normalize(oauthServer.toString()).ok())
        return tr("The OAuth server address cannot be used: %1")
            .arg(PortalUrl::normalize(oauthServer.toString()).error);
    if (!pinnedSha256.isEmpty() && !isSha256Hex(pinnedSha256))
        return tr("A pinned certificate fingerprint is 64 hexadecimal digits (SHA-256).");
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return tr("The timeout must be between 1 and 600 seconds.");
    return {};
}

QJsonObject PortalProfile::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), baseUrl.toString()},
        {QStringLiteral("auth"), credentialKindName(kind)},
        {QStringLiteral("timeoutSeconds"), timeoutSeconds},
    };
    if (!user.isEmpty())
        json.insert(QStringLiteral("user"), user);
    if (!clientId.isEmpty())
        json.insert(QStringLiteral("clientId"), clientId);
    if (!scopes.isEmpty())
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!oauthServer.isEmpty())
        json.insert(QStringLiteral("oauthServer"), oauthServer.toString());
    if (!pinnedSha256.isEmpty())
        json.insert(QStringLiteral("pinnedSha256"), pinnedSha256);
    if (lastTest.isValid())
        json.insert(QStringLiteral("lastTest"), lastTest.toJson());
    return json;
}

std::optional<PortalProfile> PortalProfile::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PortalProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    PortalProfile profile;
    profile.id = json.value(QLatin1String("id")).toString();
    profile.name = json.value(QLatin1String("name")).toString();
    if (QUuid::fromString(profile.id).isNull())
        return fail(tr("A portal entry has no valid id."));
    const std::optional<CredentialKind> kind =
        credentialKindFromName(json.value(QLatin1String("auth")).toString());
    if (!kind)
        return fail(tr("The portal “%1” has an unknown credential kind.").arg(profile.name));
    profile.kind = *kind;
    profile.baseUrl = QUrl(json.value(QLatin1String("url")).toString());
    profile.user = json.value(QLatin1String("user")).toString();
    profile.clientId = json.value(QLatin1String("clientId")).toString();
    for (const QJsonValue &scope : json.value(QLatin1String("scopes")).toArray())
        profile.scopes.append(scope.toString());
    if (json.contains(QLatin1String("oauthServer")))
        profile.oauthServer = QUrl(json.value(QLatin1String("oauthServer")).toString());
    profile.pinnedSha256 = json.value(QLatin1String("pinnedSha256")).toString();
    profile.timeoutSeconds = json.value(QLatin1String("timeoutSeconds")).toInt(defaultTimeoutSeconds);
    profile.lastTest =
        TestRecord::fromJson(json.value(QLatin1String("lastTest")).toObject()).value_or(TestRecord());
    const QString problem = profile.problem();
    if (!problem.isEmpty())
        return fail(tr("The portal “%1” cannot be used: %2").arg(profile.name, problem));
    return profile;
}

} // namespace PortalKeys::Portal
