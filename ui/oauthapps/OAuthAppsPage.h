#pragma once

#include "oauthapps/AppDraftFolder.h"
#include "oauthapps/ClientSecretDialog.h"
#include "oauthapps/FileChooser.h"
#include "widgets/VerdictBanner.h"

#include "oauth/AppRegistry.h"
#include "oauth/OAuthApp.h"
#include "oauth/ScopeModel.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::OAuth {
class OAuthAppsApi;
}
namespace PortalKeys::Portal {
class PortalError;
}

namespace PortalKeys::Ui {

class AppForm;
class AppList;
class BusyBar;
class SecureClipboard;

// The "OAuth apps" page: on the left the apps registered on the chosen portal and the drafts kept on this
// computer; on the right the app's registration form, checked as the admin types. Drafts are saved, exported
// and imported as JSON; registered apps are updated, enabled or disabled, get a new secret or are deleted.
// A client secret is shown when the portal makes it and on request (ClientSecretDialog: the portal gives it
// to its admins and the app's creator at any time); "Try it" signs in as the app (TryItDialog). Every call to
// the portal runs asynchronously with a busy bar, and Cancel where stopping is safe.
class OAuthAppsPage : public QWidget {
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // `secrets` must outlive the page. `profilesPath` empty: the default portal list; `draftsPath` empty:
    // <AppDataLocation>/oauth-app-drafts.
    explicit OAuthAppsPage(SecretStore *secrets, const QString &profilesPath = {},
                           const QString &draftsPath = {}, QWidget *parent = nullptr);
    ~OAuthAppsPage() override;

    // Replaces QDesktopServices::openUrl for "Try it" (tests play the browser).
    void setUrlOpener(UrlOpener opener);
    // Replaces the native file dialogs (tests).
    void setFileChooser(FileChooser chooser);
    // How many apps one request asks for (1–50).
    void setPageSize(int size);

    const QList<Portal::PortalProfile> &portals() const { return m_portals; }
    QString currentPortalId() const;
    void selectPortal(const QString &profileId);

    QList<OAuth::OAuthApp> registeredApps() const;
    const QList<AppDraftFolder::Draft> &drafts() const { return m_drafts; }
    bool hasMoreApps() const { return m_registry.hasMore(); }
    // What the form shows: "app:<client id>", "draft:<id>", or empty for a new app.
    QString currentKey() const { return m_shownKey; }
    bool selectApp(const QString &clientId);
    bool selectDraft(const QString &draftId);
    bool isBusy() const { return m_operation != nullptr; }
    AppForm *form() const { return m_form; }

public slots:
    void newApp();
    void reload();
    void loadMore();
    void loadAll();
    // Ctrl+S: saves a draft, updates a registered app.
    void save();
    void saveDraft();
    void registerApp();
    void updateApp();
    void toggleEnabled();
    void regenerateSecret();
    // Reads the shown app's client secret from the portal (GET /clients/{id}) and shows it masked.
    void revealSecret();
    void deleteCurrent();
    void exportDraft();
    void importDraft();
    void tryIt();
    void cancelOperation();

signals:
    // A call to the portal ended: finished, failed or cancelled.
    void operationFinished();
    // "Open in JWT inspector" from Try it.
    void inspectTokenRequested(const QString &token);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    QWidget *createListPanel();
    QWidget *createFormPanel();
    void loadPortals();
    void loadDrafts();
    void refreshList();
    void showKey(const QString &key);
    void onListSelection();
    void onPortalChosen();
    void updateActions();
    void updateHeader();
    // Runs `proceed` at once when the form has no unsaved changes, else after the user agreed to lose them.
    void whenChangesHandled(std::function<void()> proceed);
    void confirm(const QString &title, const QString &question, const QString &details, const QString &action,
                 const QString &objectName, std::function<void()> confirmed);
    void showNotice(VerdictBanner::State state, const QString &text);

    const Portal::PortalProfile *currentPortal() const;
    const OAuth::OAuthApp *shownApp() const;
    const AppDraftFolder::Draft *shownDraft() const;

    QObject *beginOperation(const QString &text, bool cancellable = true);
    bool isCurrent(const QObject *operation) const { return operation && operation == m_operation; }
    void endOperation();
    void withApi(QObject *operation, std::function<void(OAuth::OAuthAppsApi *api)> then);
    void onPagesLoaded(QObject *operation, const Portal::PortalError &error);
    void finishWithError(const Portal::PortalError &error, const QString &what);
    void refreshApp(QObject *operation, OAuth::OAuthAppsApi *api, const QString &clientId, bool reloadForm);
    void showSecret(ClientSecretDialog::Occasion occasion, const OAuth::OAuthApp &app,
                    const QByteArray &secret);

    SecretStore *m_secrets;
    Portal::ProfileStore m_profileStore;
    AppDraftFolder m_draftFolder;
    QList<Portal::PortalProfile> m_portals;
    OAuth::AppRegistry m_registry;
    QList<AppDraftFolder::Draft> m_drafts;
    QString m_loadedPortalId;
    OAuth::ScopeModel m_scopes;
    QString m_shownKey;
    UrlOpener m_openUrl;
    FileChooser m_chooseFile;
    bool m_shownOnce = false;

    QPointer<QObject> m_operation; // owns the session and API of the running call
    SecureClipboard *m_clipboard = nullptr;

    QComboBox *m_portal = nullptr;
    QPushButton *m_reload = nullptr;
    VerdictBanner *m_notice = nullptr;
    BusyBar *m_busy = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_import = nullptr;
    AppList *m_list = nullptr;
    QWidget *m_moreRow = nullptr;
    QLabel *m_moreLabel = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_loadAll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_icon = nullptr;
    QPushButton *m_tryIt = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_showSecret = nullptr;
    QPushButton *m_copyId = nullptr;
    QWidget *m_appActions = nullptr;
    QScrollArea *m_scroll = nullptr;
    AppForm *m_form = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_update = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace PortalKeys::Ui
