#pragma once

#include "thirdparty/ServiceEntry.h"
#include "widgets/VerdictBanner.h"

#include "authservice/PortalServices.h"
#include "catalog/Product.h"
#include "drafts/DraftStore.h"
#include "portal/PortalError.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class BusyBar;
class ServiceEditor;
class ServiceList;

// The "Third-party authorization" page: the keys a portal uses for Google, Box, Dropbox, Twilio, S3 and the
// other services ("consumers"). The source is a portal profile, whose services are read from the portal and
// saved there after a change preview; or "Offline drafts", where the catalog's services of DocSpace or
// Workspace are prepared as drafts, kept in the keychain, carried in encrypted bundles and applied to several
// portals later. Every portal call, keychain access and bundle encryption runs without blocking the window.
class ThirdPartyPage : public QWidget {
    Q_OBJECT

public:
    enum class FileChoice { SaveBundle, OpenBundle };
    // Asks for a file to write or read; empty when the user cancels. Replaceable for tests.
    using FileChooser = std::function<QString(FileChoice choice, const QString &suggestedPath)>;

    // `secrets` must outlive the page; empty paths: the default portal list and drafts file.
    explicit ThirdPartyPage(SecretStore *secrets, const QString &profilesPath = {},
                            const QString &draftsPath = {}, QWidget *parent = nullptr);
    ~ThirdPartyPage() override;

    void setFileChooser(FileChooser chooser);

    void showOffline(Catalog::Product product);
    void showPortal(const QString &profileId);
    bool isOffline() const;
    QString currentProfileId() const;
    Catalog::Product offlineProduct() const;
    const QList<Portal::PortalProfile> &profiles() const { return m_profiles; }

    const QList<ServiceEntry> &entries() const;
    // The first card of the service `name` (not a draft); false when there is none.
    bool selectService(const QString &name);
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
    void cancelOperation();

signals:
    // A long step (loading, saving, export, import) ended, finished or cancelled.
    void operationFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    QWidget *createListPanel();
    void loadProfiles();
    // Takes up portals and drafts that another process (the command line) added or removed meanwhile.
    void takeUpOutsideChanges();
    void fillSourceCombo();
    void activateSource(const QString &key);
    void loadPortal(const Portal::PortalProfile &profile);
    void loadOffline(const QString &selectId = {});
    void setEntries(const QList<ServiceEntry> &entries);
    void showListMessage(const QString &text, bool retry);
    void applyFilter();
    void showCurrentEntry();
    void loadDraftValues(const ServiceEntry &entry);
    QString editKey(const QString &entryId) const;
    QMap<QString, QString> storedValues(const ServiceEntry &entry) const;
    const Portal::PortalProfile *profile(const QString &id) const;

    void previewAndSave(const ServiceEntry &entry, const QMap<QString, QString> &values);
    void runSave(const Portal::PortalProfile &portal, const ServiceEntry &entry,
                 const QMap<QString, QString> &values);
    void relistAfterFailure(const Portal::PortalProfile &portal);
    void saveDraft(const ServiceEntry &entry, const QMap<QString, QString> &values);
    void removeDraft(const Drafts::Draft &draft);
    void runExport(const QStringList &draftIds, const QByteArray &passphrase, const QString &path);
    void askImportPassphrase(const QString &path, const QByteArray &content, const QString &error);
    void runImport(const QString &path, const QByteArray &content, const QByteArray &passphrase);
    QString chooseFile(FileChoice choice, const QString &suggested);

    QObject *beginOperation(const QString &text, bool cancellable = true);
    bool isCurrent(const QObject *operation) const { return operation && operation == m_operation; }
    void endOperation();
    void updateActions();
    void showNotice(VerdictBanner::State state, const QString &text);
    // Says how saving the entry `entryId` went.
    void reportResult(const QString &entryId, VerdictBanner::State state, const QString &text,
                      const QString &details = {});

    SecretStore *m_secrets;
    Portal::ProfileStore m_profileStore;
    Drafts::DraftStore m_draftStore;
    AuthService::PortalServices m_services; // of the portal shown; its version picks the catalog's key sets
    QList<Portal::PortalProfile> m_profiles;
    FileChooser m_chooseFile;
    bool m_started = false;
    QString m_source;                               // "portal:<id>" or "offline:<product>"
    QHash<QString, QMap<QString, QString>> m_edits; // typed values by source and entry, kept until saved
    QHash<QString, QMap<QString, QString>> m_draftValues; // by draft id, once read from the keychain
    bool m_cancellable = false;
    QPointer<QObject> m_operation; // owns what the running step created; deleting it drops late answers
    QPointer<QObject> m_draftRead; // the read of a draft's values, for the card shown

    QComboBox *m_sourceCombo = nullptr;
    QLabel *m_productLabel = nullptr;
    QComboBox *m_productCombo = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_listMessage = nullptr;
    QPushButton *m_listAction = nullptr;
    ServiceList *m_list = nullptr;
    ServiceEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    VerdictBanner *m_notice = nullptr;
    BusyBar *m_busy = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace PortalKeys::Ui
