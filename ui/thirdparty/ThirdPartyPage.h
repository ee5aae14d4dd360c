#pragma once

#include "thirdparty/BundleActions.h"
#include "thirdparty/SourceBar.h"
#include "widgets/VerdictBanner.h"

#include "authservice/ServiceListModel.h"
#include "catalog/Product.h"
#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QAction;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

using AuthService::ServiceEntry;

class BusyBar;
class PortalOperation;
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
// The page only coordinates: the source is chosen in a SourceBar; the list is a ServiceListModel (core) in a
// ServiceListPanel; the right side is a ServiceEditor; the calls to the portal are ServiceOperations, the
// drafts' keychain work ServiceDraftActions, bundles and applying BundleActions, all one PortalOperation at a
// time.
class ThirdPartyPage : public QWidget {
    Q_OBJECT

public:
    using FileChoice = BundleActions::FileChoice;
    using FileChooser = BundleActions::FileChooser;
    using Source = SourceBar::Source;

    // `secrets` must outlive the page; empty paths: the default portal list and drafts file.
    explicit ThirdPartyPage(SecretStore *secrets, const QString &profilesPath = {},
                            const QString &draftsPath = {}, QWidget *parent = nullptr);
    ~ThirdPartyPage() override;

    void setFileChooser(FileChooser chooser);

    void showOffline(Catalog::Product product);
    void showPortal(const QString &profileId);
    bool isOffline() const { return m_source.isOffline(); }
    QString currentProfileId() const { return m_source.profileId; }
    Catalog::Product offlineProduct() const;
    const QList<Portal::PortalProfile> &profiles() const;

    const QList<ServiceEntry> &entries() const { return m_model.entries(); }
    // The first card of the service `name` (not a draft); false when there is none.
    bool selectService(const QString &name);
    // By ServiceEntry::id().
    bool selectEntry(const QString &entryId);
    QString currentEntryId() const;
    QStringList visibleEntryIds() const;
    ServiceEditor *editor() const { return m_editor; }
    bool isBusy() const;

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
    void cancelOperation();

signals:
    // A long step (loading, saving, export, import) ended, finished or cancelled.
    void operationFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void createShortcuts();
    void connectParts();
    void loadProfiles();
    // Takes up portals and drafts that another process (the command line) added or removed meanwhile.
    void takeUpOutsideChanges();
    void activateSource(const Source &source);
    void loadPortal(const Portal::PortalProfile &profile);
    void loadOffline(const ServiceEntry::Ref &select = {});
    void setEntries(const QList<ServiceEntry> &entries);
    void showCurrentEntry();
    QString editKey(const ServiceEntry::Ref &ref) const;
    QMap<QString, QString> storedValues(const ServiceEntry &entry) const;
    QString currentDraftId() const;
    // The service as the portal has it after a save: its card, and the editor when it shows it.
    void takeSaved(const ServiceEntry &updated);
    void focusFirstKey();
    void updateActions();
    void showNotice(VerdictBanner::State state, const QString &text);
    // Says how saving the entry `entryId` went: under it when it is shown, else at the top.
    void reportResult(const QString &entryId, VerdictBanner::State state, const QString &text,
                      const QString &details = {});

    SecretStore *m_secrets;
    Drafts::DraftStore m_draftStore;
    AuthService::ServiceListModel m_model;
    bool m_started = false;
    Source m_source;
    QHash<QString, QMap<QString, QString>> m_edits; // typed values by source and entry, kept until saved

    BusyBar *m_busy = nullptr;
    PortalOperation *m_operation = nullptr;
    ServiceOperations *m_services = nullptr;
    ServiceDraftActions *m_drafts = nullptr;
    BundleActions *m_bundles = nullptr;
    SourceBar *m_sourceBar = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    ServiceListPanel *m_listPanel = nullptr;
    ServiceEditor *m_editor = nullptr;
    VerdictBanner *m_notice = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace PortalKeys::Ui
