#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys::History {

// One change PortalKeys made to a portal, or one event of the portal's own audit trail, in the shape the
// history shows both. It names what changed (service, app, key and the names of keys) but never holds a
// secret value, nor anything derived from one.
struct HistoryEntry {
    enum class Area { Keys, OAuthApp, ApiKey, Bundle };
    enum class Origin { Local, Portal }; // written by PortalKeys, or read from the portal's audit trail

    QDateTime time; // UTC
    QString portal; // the profile's name
    QString host;   // the portal URL's host
    QString user;   // who made the change (e-mail, display name or the kind of credential)
    Area area = Area::Keys;
    QString
        action; // "saved", "cleared", "created", "updated", "enabled", "disabled", "secret regenerated", …
    QString subject;  // the service, app or API key
    QStringList keys; // names of the keys that were sent (authorization keys)
    bool ok = true;
    QString reason; // why it failed, one short sentence
    Origin origin = Origin::Local;
    int portalActionId = 0; // the portal's MessageAction id (audit trail events only)

    // Limits what a failure reason keeps: the first sentence, at most this many characters.
    static constexpr int maxReasonLength = 200;
    static QString shortReason(const QString &message);

    static QString areaName(Area area); // "keys", "oauth-app", "api-key", "bundle"
    static std::optional<Area> areaFromName(const QString &name);

    QJsonObject toJson() const;
    // Empty when `json` is not an entry (a required member missing or of the wrong type).
    static std::optional<HistoryEntry> fromJson(const QJsonObject &json);
};

} // namespace PortalKeys::History
