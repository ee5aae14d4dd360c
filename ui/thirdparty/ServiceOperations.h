#pragma once

#include "widgets/VerdictBanner.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/PortalServices.h"
#include "authservice/ServiceEntry.h"
#include "portal/PortalProfile.h"

#include <QMap>
#include <QObject>

#include <functional>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class PortalOperation;

// The Third-party page's calls to a portal: reading its services (its version first, which picks the
// catalog's key sets; the result is held for what later calls read back), and saving a service's keys after
// the change preview, which also switches a service on or off. Each runs as one PortalOperation; what a save
// ended with is reported through result(), for the page to show under the service or at the top.
class ServiceOperations : public QObject {
    Q_OBJECT

public:
    using Entries = std::function<void(const QList<AuthService::ServiceEntry> &entries)>;
    using Failed = std::function<void(bool cancelled)>;
    using Saved = std::function<void(const AuthService::ServiceEntry &updated)>;

    // All must outlive the operations; the preview opens over `dialogParent`.
    ServiceOperations(PortalOperation *operation, SecretStore *secrets, QWidget *dialogParent);

    // Reads the services of `portal`; `failed` (after the notice) when they could not be read.
    void load(const Portal::PortalProfile &portal, Entries loaded, Failed failed);
    // Shows what saving `values` changes and saves them once confirmed; `saved` with the service as the
    // portal has it now, before the result is reported.
    void previewAndSave(const Portal::PortalProfile &portal, const AuthService::ServiceEntry &entry,
                        const QMap<QString, QString> &values, Saved saved);

signals:
    void notice(VerdictBanner::State state, const QString &text);
    void saveStarted();
    // How saving the entry `entryId` went.
    void result(const QString &entryId, VerdictBanner::State state, const QString &text,
                const QString &details = {});
    // The portal's services after a refused save (which may have changed them).
    void relisted(const QList<AuthService::ServiceEntry> &entries);

private:
    void runSave(const Portal::PortalProfile &portal, const AuthService::ServiceEntry &entry,
                 const QMap<QString, QString> &values, Saved saved);
    void saveFailed(const Portal::PortalProfile &portal, const AuthService::ServiceEntry &entry,
                    const Portal::PortalError &error);
    void reportSaved(const Portal::PortalProfile &portal, const AuthService::ServiceEntry &updated,
                     const QString &title, bool disabling,
                     const AuthService::AuthServiceApi::SaveResult &result);
    void relist(const Portal::PortalProfile &portal);
    QList<AuthService::ServiceEntry> entriesOf(const QList<AuthService::ServiceView> &views) const;

    PortalOperation *m_operation;
    SecretStore *m_secrets;
    QWidget *m_dialogParent;
    AuthService::PortalServices m_services; // of the portal shown; its version picks the catalog's key sets
};

} // namespace PortalKeys::Ui
