#pragma once

#include "oauthapps/FileChooser.h"
#include "widgets/OperationPage.h"
#include "widgets/VerdictBanner.h"

#include "oauth/AppDraftFolder.h"
#include "oauth/AppListModel.h"
#include "oauth/AppRegistry.h"
#include "oauth/OAuthApp.h"
#include "oauth/ScopeModel.h"
#include "portal/PortalProfile.h"

#include <functional>

class QAction;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

class AppFormPanel;
class AppForm;
class AppListPanel;
class AppOperations;
class DraftActions;
class PortalPicker;
class SecureClipboard;

// The "OAuth apps" page: on the left the apps registered on the chosen portal and the drafts kept on this
// computer; on the right the app's registration form, checked as the admin types. Drafts are saved, exported
// and imported as JSON; registered apps are updated, enabled or disabled, get a new secret or are deleted.
// A client secret is shown when the portal makes it and on request (ClientSecretDialog: the portal gives it
// to its admins and the app's creator at any time); "Try it" signs in as the app (TryItDialog). Every call to
// the portal runs asynchronously with a busy bar, and Cancel where stopping is safe.
//
// The page only coordinates: the portal is chosen in a PortalPicker (ui/widgets); the list is an AppListModel
// over core's AppRegistry and the drafts (AppList in an AppListPanel); the right side is an AppFormPanel
// (header, AppForm, buttons); the calls to the portal are AppOperations, the work on draft files
// DraftActions.
class OAuthAppsPage : public OperationPage {
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;
    using Ref = OAuth::AppListModel::Ref;

    // `secrets` and `portals` (the app's portal list) must outlive the page. `draftsPath` empty:
    // <AppDataLocation>/oauth-app-drafts.
    OAuthAppsPage(SecretStore *secrets, Portal::PortalListModel *portals, const QString &draftsPath = {},
                  QWidget *parent = nullptr);
    // With a portal list of its own; `profilesPath` empty: the default one.
    explicit OAuthAppsPage(SecretStore *secrets, const QString &profilesPath = {},
                           const QString &draftsPath = {}, QWidget *parent = nullptr);
    ~OAuthAppsPage() override;

    // Replaces QDesktopServices::openUrl for "Try it" (tests play the browser).
    void setUrlOpener(UrlOpener opener);
    // Replaces the native file dialogs (tests).
    void setFileChooser(FileChooser chooser);

    // The apps of the chosen portal as far as they are loaded.
    const OAuth::AppRegistry &registry() const { return m_registry; }
    const QList<OAuth::AppDraft> &drafts() const { return m_listModel.drafts(); }
    bool hasMoreApps() const { return m_registry.hasMore(); }
    // What the form shows: a registered app, a draft, or nothing (a new app).
    Ref shown() const { return m_shown; }
    bool selectApp(const QString &clientId) { return select(Ref::registered(clientId)); }
    bool selectDraft(const QString &draftId) { return select(Ref::draft(draftId)); }
    AppForm *form() const { return m_form; }

public slots:
    void newApp();
    void reload();
    void loadMore() { loadMoreApps(false); }
    void loadAll() { loadMoreApps(true); }
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

signals:
    // "Open in JWT inspector" from Try it.
    void inspectTokenRequested(const QString &token);

private:
    void createWidgets();
    void createShortcuts();
    void connectPanels();
    bool select(const Ref &ref);
    void showEntry(const Ref &ref);
    void onListChoice(const Ref &ref);
    void onPortalChosen();
    void loadMoreApps(bool all);
    void onAppsLoaded();
    void onAppReadBack(const QString &clientId, bool reloadForm);
    // Brings the panels up to date with what is shown, the form's state and whether a call runs.
    void updateActions() override;

    const OAuth::OAuthApp *shownApp() const;
    // The registered app shown, when a call to its portal may start (a portal is chosen, no call runs).
    const OAuth::OAuthApp *appToCall() const;
    const OAuth::AppDraft *shownDraft() const;

    SecretStore *m_secrets;
    Portal::PortalListModel *m_portals;
    OAuth::AppDraftFolder m_draftFolder;
    OAuth::AppRegistry m_registry;
    OAuth::AppListModel m_listModel;
    OAuth::ScopeModel m_scopes;
    Ref m_shown;
    UrlOpener m_openUrl;
    FileChooser m_chooseFile;

    SecureClipboard *m_clipboard = nullptr;
    AppOperations *m_operations = nullptr;
    DraftActions *m_draftActions = nullptr;

    PortalPicker *m_picker = nullptr;
    AppListPanel *m_listPanel = nullptr;
    AppFormPanel *m_formPanel = nullptr;
    AppForm *m_form = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace PortalKeys::Ui
