#pragma once

#include "authservice/KeySource.h"
#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QObject;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Drafts {
class DraftStore;
}
namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::AuthService {

// Reads the sides of a drift check for the GUI and the CLI alike. Asynchronous: `done` runs later on the
// thread of `context` (or of the client), never before the call returns.
class KeySourceLoader {
    Q_DECLARE_TR_FUNCTIONS(KeySourceLoader)

public:
    struct DraftsResult {
        KeySource source;
        QStringList warnings; // one sentence per draft whose value the keychain lost ("Secret missing: …")
        QString error;        // the drafts list cannot be used, or the keychain failed (then keychainFailed)
        bool keychainFailed = false;
        bool ok() const { return error.isEmpty(); }
    };
    using DraftsDone = std::function<void(const DraftsResult &result)>;
    using PortalDone = std::function<void(const Portal::PortalError &error, const KeySource &source)>;

    // The DocSpace offline drafts with their values, read from `secrets` one draft after the other (a locked
    // keychain asks once, not once per draft). `store` and `secrets` must outlive the reading.
    static void fromDrafts(const Drafts::DraftStore &store, SecretStore &secrets, QObject *context,
                           DraftsDone done);
    // The portal's services (GET /api/2.0/settings and /settings/authservice), labelled portalLabel().
    static void fromPortal(Portal::PortalClient *client, const QString &portalName, PortalDone done);
    static QString portalLabel(const QString &portalName); // "portal NAME"
};

} // namespace PortalKeys::AuthService
