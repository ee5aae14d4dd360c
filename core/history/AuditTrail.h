#pragma once

#include "history/HistoryEntry.h"
#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::History {

// The portal's own audit trail (GET /api/2.0/security/audit/events/filter; DocSpace's SecurityController),
// which records changes from every source, the portal's web pages included. Only the events of the kind
// PortalKeys makes are kept (authorization keys, API keys, OAuth apps), in the history's shape.
//
// Only portal admins may read it (others get 403). A portal whose plan lacks the audit trail answers with
// its latest 20 events whatever was asked for (GetLastAuditEvents), and a cloud portal whose settings hide
// the audit pages refuses with 402; both are told apart here and explained.
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    struct Result {
        QList<HistoryEntry> entries; // oldest first
        QString notice;              // e.g. only the latest events could be read; empty when complete
    };
    using Done = std::function<void(const Portal::PortalError &error, const Result &result)>;

    // MessageAction ids of the events kept (MessageAction.cs).
    static QList<int> actionIds();
    // The most events read, in pages, before giving up with a notice.
    static constexpr int maxEvents = 1000;

    // Events since `since` (UTC day; invalid: all the portal keeps), for the portal `portalName`.
    static void read(Portal::PortalClient *client, const QString &portalName, const QDate &since, Done done);

    // One AuditEventDto as a history entry; empty for an action that is not kept.
    static std::optional<HistoryEntry> entryFromEvent(const QJsonObject &event, const QString &portalName,
                                                      const QString &host);
    // The refusal of the audit trail in the portal's terms (402: the plan; 403: not an admin).
    static Portal::PortalError explained(const Portal::PortalError &error);
};

} // namespace PortalKeys::History
