#include "history/HistoryRecorder.h"

#include "history/HistoryLog.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"

#include <QDebug>

namespace PortalKeys::History {

HistoryEntry HistoryRecorder::entryFor(const Portal::PortalClient *client, const Change &change,
                                       const Portal::PortalError &error)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    if (client) {
        entry.host = client->baseUrl().host();
        entry.portal = client->settings().portalName.isEmpty() ? entry.host : client->settings().portalName;
        entry.user = client->settings().portalUser;
    }
    entry.area = change.area;
    entry.action = change.action;
    entry.subject = change.subject;
    entry.keys = change.keys;
    entry.ok = !error.isError();
    if (!entry.ok)
        entry.reason = HistoryEntry::shortReason(error.message());
    return entry;
}

void HistoryRecorder::record(const Portal::PortalClient *client, const Change &change,
                             const Portal::PortalError &error)
{
    // A call the user cancelled changed nothing that could be told.
    if (error.kind() == Portal::PortalError::Kind::Cancelled)
        return;
    const QString problem = HistoryLog().append(entryFor(client, change, error));
    if (!problem.isEmpty())
        qWarning().noquote() << problem;
}

} // namespace PortalKeys::History
