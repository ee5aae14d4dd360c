#include "apikeys/ApiKey.h"

#include "apikeys/ApiKeyPermissions.h"
#include "common/JsonMember.h"

#include <QJsonArray>

namespace PortalKeys::ApiKeys {

namespace {

// The portal writes times with seven fraction digits and an offset ("2025-01-01T00:00:00.0000000+00:00"),
// which Qt reads; a missing or null member is no time at all.
QDateTime timeOf(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A span in words, for "in 3 days": days from one day on, hours below that.
QString span(qint64 seconds)
{
    // Rounded: a key made to last 3 days says "in 3 days" a second later, not "in 2 days".
    if (seconds >= 86400)
        return ApiKey::tr("%n day(s)", nullptr, int(qRound(double(seconds) / 86400)));
    if (seconds >= 3600)
        return ApiKey::tr("%n hour(s)", nullptr, int(qRound(double(seconds) / 3600)));
    return ApiKey::tr("%n minute(s)", nullptr, int(qMax<qint64>(1, seconds / 60)));
}

} // namespace

QString ApiKey::maskedKey() const
{
    return QStringLiteral("sk-***") + keyPostfix;
}

bool ApiKey::isExpired(const QDateTime &now) const
{
    return expiresAt.isValid() && expiresAt <= now;
}

bool ApiKey::expiresWithin(int days, const QDateTime &now) const
{
    return expiresAt.isValid() && expiresAt <= now.addDays(qMax(0, days));
}

ApiKey::Expiry ApiKey::expiry(const QDateTime &now, int warningDays) const
{
    if (!expiresAt.isValid())
        return Expiry::Never;
    if (isExpired(now))
        return Expiry::Expired;
    return expiresWithin(warningDays, now) ? Expiry::Soon : Expiry::Later;
}

QString ApiKey::expiryText(const QDateTime &now) const
{
    if (!expiresAt.isValid())
        return tr("never");
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("expired %1 ago").arg(span(-seconds));
    return tr("in %1").arg(span(seconds));
}

QString ApiKey::permissionsText() const
{
    return ApiKeyPermissions::describe(permissions);
}

QJsonObject ApiKey::toJson(const QDateTime &now) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("key"), maskedKey()},
            {QStringLiteral("keyPostfix"), keyPostfix},
            {QStringLiteral("permissions"),
             QJsonArray::fromStringList(permissions.isEmpty() ? QStringList{ApiKeyPermissions::all()}
                                                              : permissions)},
            {QStringLiteral("createOn"), timeJson(createdOn)},
            {QStringLiteral("createBy"), createdBy},
            {QStringLiteral("createById"), createdById},
            {QStringLiteral("lastUsed"), timeJson(lastUsed)},
            {QStringLiteral("expiresAt"), timeJson(expiresAt)},
            {QStringLiteral("expired"), isExpired(now)},
            {QStringLiteral("isActive"), isActive}};
}

ApiKey ApiKey::fromJson(const QJsonObject &json)
{
    ApiKey key;
    key.id = jsonMember(json, QStringLiteral("id")).toString();
    key.name = jsonMember(json, QStringLiteral("name")).toString();
    key.keyPostfix = jsonMember(json, QStringLiteral("keyPostfix")).toString();
    if (key.keyPostfix.isEmpty()) {
        // Older answers may lack the postfix; the masked key ends in it.
        const QString masked = jsonMember(json, QStringLiteral("key")).toString();
        if (masked.startsWith(QLatin1String("sk-***")))
            key.keyPostfix = masked.mid(6);
    }
    for (const QJsonValue &permission : jsonMember(json, QStringLiteral("permissions")).toArray())
        key.permissions.append(permission.toString());
    key.createdOn = timeOf(jsonMember(json, QStringLiteral("createOn")));
    const QJsonValue creator = jsonMember(json, QStringLiteral("createBy"));
    if (creator.isObject()) {
        key.createdBy = jsonMember(creator.toObject(), QStringLiteral("displayName")).toString();
        key.createdById = jsonMember(creator.toObject(), QStringLiteral("id")).toString();
    }
    key.lastUsed = timeOf(jsonMember(json, QStringLiteral("lastUsed")));
    key.expiresAt = timeOf(jsonMember(json, QStringLiteral("expiresAt")));
    key.isActive = jsonMember(json, QStringLiteral("isActive")).toBool(true);
    return key;
}

} // namespace PortalKeys::ApiKeys
