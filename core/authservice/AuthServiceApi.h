#pragma once

#include "authservice/AuthService.h"
#include "authservice/KeyChange.h"
#include "history/HistoryEntry.h"
#include "portal/PortalError.h"

#include <QCoreApplication>

#include <functional>

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::AuthService {

// The portal's third-party authorization keys: GET and POST /api/2.0/settings/authservice (a portal admin).
class AuthServiceApi {
    Q_DECLARE_TR_FUNCTIONS(AuthServiceApi)

public:
    struct SaveResult {
        bool changed = false;   // the portal says something changed
        QString savedName;      // the name the portal accepted (see save)
        Service after;          // read back after saving
        QStringList mismatches; // keys whose read-back value differs from what was sent
    };
    using ListDone = std::function<void(const Portal::PortalError &error, const QList<Service> &services)>;
    using SaveDone = std::function<void(const Portal::PortalError &error, const SaveResult &result)>;

    static void list(Portal::PortalClient *client, ListDone done);
    // Saves every key of the service (`values` should hold all of them; all empty switches it off), then
    // reads the services back to confirm. A portal that reports a service as "appleID" but looks it up as
    // "appleid" is answered by saving again under the lower-case name. "Bad keys" (the portal tested the keys
    // with the provider and cleared the service) gets a message that says so. The history records the save
    // (the key names, never the values) under `area`: Bundle when the keys came from a bundle.
    static void save(Portal::PortalClient *client, const QString &name, const KeyValues &values,
                     SaveDone done, History::HistoryEntry::Area area = History::HistoryEntry::Area::Keys);
    // Every key of `service` emptied.
    static KeyValues disabledValues(const Service &service);
};

} // namespace PortalKeys::AuthService
