#pragma once

#include "thirdparty/BundleActions.h"
#include "thirdparty/ServiceList.h"
#include "thirdparty/SourceBar.h"
#include "widgets/OperationPage.h"
#include "widgets/VerdictBanner.h"

#include "authservice/ServiceListModel.h"
#include "catalog/Product.h"
#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"

#include <QHash>
#include <QMap>

class QAction;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

using AuthService::ServiceEntry;

class BundleButtons;
class PageUpdates;
class ServiceDraftActions;
class ServiceEditor;
class ServiceListPanel;
class ServiceOperations;

// The "Third-party authorization" page: the keys a portal uses for Google, Box, Dropbox, Twilio, S3 and the
// other services ("consumers"). The source is a portal profile, whose services are read from the portal and
// saved there after a change preview; or "Offline drafts", where the catalog's services of DocSpace or
// Workspace are prepared as drafts, kept in the keychain, carried in encrypted bundles and applied to several
// portals later. Every portal call, keychain access and bundle encryption runs without blocking the window.
//
// The page only coordinates: the source is chosen in a SourceBar over the app's PortalListModel; the list is
// a ServiceListModel (core) in a ServiceListPanel; the right side is a ServiceEditor; the calls to the portal
// are ServiceOperations, the drafts' keychain work ServiceDraftActions, bundles and applying BundleActions,
// all one PortalOperation at a time (OperationPage); portals and drafts changed outside are taken up through
// PageUpdates.
class ThirdPartyPage : public OperationPage {
    Q_OBJECT

public:
    using FileChoice = BundleActions::FileChoice;
    using FileChooser = BundleActions::FileChooser;
    using Source = SourceBar::Source;

    // `secrets` and `portals` (the app's portal list) must outlive the page; `draftsPath` empty: the default
    // drafts file.
    ThirdPartyPage(SecretStore *secrets, Portal::PortalListModel *portals, const QString &draftsPath = {},
                   QWidget *parent = nullptr);
    // With a portal list of its own; empty paths: the default portal list and drafts file.
    explicit ThirdPartyPage(SecretStore *secrets, const QString &profilesPath = {},
                            const QString &draftsPath = {}, QWidget *parent = nullptr);
    ~ThirdPartyPage() override;

    void setFileChooser(FileChooser chooser);

    void showOffline(Catalog::Product product);
    void showPortal(const QString &profileId);
    bool isOffline() const { return m_sourceBar->current().isOffline(); }
    QString currentProfileId() const { return m_sourceBar->current().profileId; }
    Catalog::Product offlineProduct() const;
    const QList<Portal::PortalProfile> &profiles() const;

    const QList<ServiceEntry> &entries() const { return m_model.entries(); }
    // The first card of the service `name` (not a draft); false when there is none.
    bool selectService(const QString &name) { return list()->selectService(name); }
    // By ServiceEntry::id().
    bool selectEntry(const QString &entryId) { return list()->selectEntry(entryId); }
    QString currentEntryId() const { return ServiceEntry::idOf(list()->currentRef()); }
    QStringList visibleEntryIds() const { return list()->shownEntryIds(); }
    ServiceEditor *editor() const { return m_editor; }

public slots:
    void reload();
    // Online: change preview, then save on the portal; offline: store the draft.
    void save();
    // On: preview switching the service off, then save every key empty; off: the same as save().
    void toggleService();
    void deleteDraft();
    void exportBundle();
    void importBundle();
    void applyToPortals();
    void compareKeys();

private:
    ServiceList *list() const;
    void createWidgets();
    void createShortcuts();
    void connectParts();
    void showListProblem(const QString &error);
    // Takes up portals and drafts that the command line or another page added or removed meanwhile.
    void takeUpOutsideChanges();
    void activateSource(const Source &source);
    void loadPortal(const Portal::PortalProfile &profile);
    void loadOffline(const ServiceEntry::Ref &select = {});
    void showCurrentEntry();
    QString editKey(const ServiceEntry::Ref &ref) const;
    QMap<QString, QString> storedValues(const ServiceEntry &entry) const;
    QString currentDraftId() const;
    // Saves `values` of the entry shown on the portal shown, after the change preview.
    void saveOnPortal(const ServiceEntry &entry, const QMap<QString, QString> &values);
    // The service as the portal has it after a save: its card, and the editor when it shows it.
    void takeSaved(const ServiceEntry &updated);
    void updateActions() override;
    void showNotice(VerdictBanner::State state, const QString &text);
    // Says how saving the entry `entryId` went: under it when it is shown, else at the top.
    void reportResult(const QString &entryId, VerdictBanner::State state, const QString &text,
                      const QString &details = {});

    SecretStore *m_secrets;
    Portal::PortalListModel *m_portals;
    Drafts::DraftStore m_draftStore;
    AuthService::ServiceListModel m_model;
    QHash<QString, QMap<QString, QString>> m_edits; // typed values by source and entry, kept until saved
    bool m_draftsChosen = false;                    // offline drafts chosen, not shown for want of a portal

    PageUpdates *m_updates = nullptr;
    ServiceOperations *m_services = nullptr;
    ServiceDraftActions *m_drafts = nullptr;
    BundleActions *m_bundles = nullptr;
    SourceBar *m_sourceBar = nullptr;
    BundleButtons *m_bundleButtons = nullptr;
    ServiceListPanel *m_listPanel = nullptr;
    ServiceEditor *m_editor = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace PortalKeys::Ui
