#pragma once

#include "portal/PortalError.h"

#include <QCoreApplication>

#include <functional>

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::ApiKeys {

// The portal's refusals of API key calls in words that say what to do. DocSpace answers a guest, a user kept
// out by "developer tools for admins only" and an API key without the permission alike (403 "Access
// denied"); the portal's settings and the caller's account tell them apart.
class ApiKeyRefusal {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyRefusal)

public:
    // What is known about the caller of a refused creation.
    struct Caller {
        bool known = false;           // the portal said who is calling
        bool guest = false;           // a guest (isVisitor)
        bool admin = false;           // the owner or a DocSpace admin
        bool settingsKnown = false;   // the portal's settings could be read
        bool limitedDevTools = false; // limitedAccessDevToolsForUsers
        bool apiKey = false;          // the call was made with an API key
        bool cancelled = false;       // the questions were cancelled
    };

    // `error` with a message for API keys where the portal's answer means something particular: a 403 to a
    // call made with an API key (the key's permissions), a 429, and for a call on one key (`keyId`) the
    // internal error DocSpace answers for an unknown key ID. Other errors come back unchanged.
    static Portal::PortalError explained(const Portal::PortalError &error, bool apiKey,
                                         const QString &keyId = {});
    // The refusal of a new key, explained for `caller`.
    static Portal::PortalError createRefused(const Portal::PortalError &error, const Caller &caller);
    // Reads the portal's settings and who is calling, then calls `done` with createRefused() for a 403, and
    // with explained() otherwise.
    static void explainCreate(Portal::PortalClient *client, const Portal::PortalError &error,
                              std::function<void(const Portal::PortalError &)> done);
};

} // namespace PortalKeys::ApiKeys
