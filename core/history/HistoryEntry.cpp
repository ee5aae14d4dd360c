#include "history/HistoryEntry.h"

#include <QJsonArray>

namespace PortalKeys::History {

namespace {

const QString timeMember = QStringLiteral("time");
const QString portalMember = QStringLiteral("portal");
const QString hostMember = QStringLiteral("host");
const QString userMember = QStringLiteral("user");
const QString areaMember = QStringLiteral("area");
const QString actionMember = QStringLiteral("action");
const QString subjectMember = QStringLiteral("subject");
const QString keysMember = QStringLiteral("keys");
const QString resultMember = QStringLiteral("result");
const QString reasonMember = QStringLiteral("reason");
const QString originMember = QStringLiteral("origin");
const QString actionIdMember = QStringLiteral("portalActionId");

} // namespace

QString HistoryEntry::shortReason(const QString &message)
{
    QString text = message.simplified();
    const qsizetype end = text.indexOf(QLatin1String(". "));
    if (end >= 0)
        text.truncate(end + 1);
    if (text.size() > maxReasonLength)
        text = text.left(maxReasonLength - 1) + QChar(0x2026);
    return text;
}

QString HistoryEntry::areaName(Area area)
{
    switch (area) {
    case Area::Keys:
        return QStringLiteral("keys");
    case Area::OAuthApp:
        return QStringLiteral("oauth-app");
    case Area::ApiKey:
        return QStringLiteral("api-key");
    case Area::Bundle:
        return QStringLiteral("bundle");
    }
    return {};
}

std::optional<HistoryEntry::Area> HistoryEntry::areaFromName(const QString &name)
{
    for (Area area : {Area::Keys, Area::OAuthApp, Area::ApiKey, Area::Bundle}) {
        if (areaName(area) == name)
            return area;
    }
    return std::nullopt;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject json{{timeMember, time.toUTC().toString(Qt::ISODateWithMs)},
                     {portalMember, portal},
                     {hostMember, host},
                     {userMember, user},
                     {areaMember, areaName(area)},
                     {actionMember, action},
                     {subjectMember, subject},
                     {keysMember, QJsonArray::fromStringList(keys)},
                     {resultMember, ok ? QStringLiteral("ok") : QStringLiteral("failed")}};
    if (!reason.isEmpty())
        json.insert(reasonMember, reason);
    if (origin == Origin::Portal) {
        json.insert(originMember, QStringLiteral("portal"));
        json.insert(actionIdMember, portalActionId);
    }
    return json;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry entry;
    entry.time = QDateTime::fromString(json.value(timeMember).toString(), Qt::ISODateWithMs).toUTC();
    const auto area = areaFromName(json.value(areaMember).toString());
    const QString result = json.value(resultMember).toString();
    if (!entry.time.isValid() || !area || !json.value(portalMember).isString() ||
        !json.value(actionMember).isString() ||
        (result != QLatin1String("ok") && result != QLatin1String("failed")))
        return std::nullopt;
    entry.area = *area;
    entry.portal = json.value(portalMember).toString();
    entry.host = json.value(hostMember).toString();
    entry.user = json.value(userMember).toString();
    entry.action = json.value(actionMember).toString();
    entry.subject = json.value(subjectMember).toString();
    for (const QJsonValue &key : json.value(keysMember).toArray())
        entry.keys << key.toString();
    entry.ok = result == QLatin1String("ok");
    entry.reason = json.value(reasonMember).toString();
    if (json.value(originMember).toString() == QLatin1String("portal")) {
        entry.origin = Origin::Portal;
        entry.portalActionId = json.value(actionIdMember).toInt();
    }
    return entry;
}

} // namespace PortalKeys::History
