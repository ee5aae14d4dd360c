#pragma once

#include "authservice/ServiceView.h"
#include "portal/PortalError.h"
#include "portal/PortalInfo.h"

#include <QVersionNumber>

#include <functional>

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::AuthService {

// A portal's authorization services as the page and the `services` commands show them: the portal's version
// (GET /api/2.0/settings) picks the catalog's key sets and labels for that version, then the portal's own
// list (GET /api/2.0/settings/authservice) is merged with them.
struct PortalServices {
    Portal::PortalInfo info;
    QVersionNumber version; // null when the portal did not say, or said something unreadable
    QString versionNotice;  // e.g. the portal is newer than the catalog; empty when all is as described
    QList<ServiceView> views;

    using Done = std::function<void(const Portal::PortalError &error, const PortalServices &services)>;
    // A failure to read the settings is not fatal (the catalog's newest sets are used); one of the list is.
    static void load(Portal::PortalClient *client, Done done);
    // The portal's services merged with the catalog for this portal's version.
    QList<ServiceView> merge(const QList<Service> &portalServices) const;
};

} // namespace PortalKeys::AuthService
