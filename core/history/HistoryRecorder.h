#pragma once

#include "history/HistoryEntry.h"

#include <QString>
#include <QStringList>

namespace PortalKeys::Portal {
class PortalClient;
class PortalError;
} // namespace PortalKeys::Portal

namespace PortalKeys::History {

// Writes one line to the local history for a change sent through `client`: the portal's name and user come
// from the client's settings (PortalSession fills them from the profile), the time is now, the result
// follows `error`. The core calls that change a portal (AuthServiceApi::save, ApiKeysApi, OAuthAppsApi) call
// this once each, so the GUI and the CLI record alike. A history that cannot be written never fails the
// change: it is reported with qWarning (the message names a file, never a value).
class HistoryRecorder {
public:
    struct Change {
        HistoryEntry::Area area = HistoryEntry::Area::Keys;
        QString action;
        QString subject;
        QStringList keys; // names only
    };

    static void record(const Portal::PortalClient *client, const Change &change,
                       const Portal::PortalError &error);
    // The entry record() would write (tests, and callers that add to it).
    static HistoryEntry entryFor(const Portal::PortalClient *client, const Change &change,
                                 const Portal::PortalError &error);
};

} // namespace PortalKeys::History
