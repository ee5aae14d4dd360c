#include "oauthapps/OAuthAppsPage.h"

#include "oauthapps/AppActionBar.h"
#include "oauthapps/AppFormPanel.h"
#include "oauthapps/AppHeader.h"
#include "oauthapps/AppListPanel.h"
#include "oauthapps/AppOperations.h"
#include "oauthapps/DraftActions.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/PortalOperation.h"
#include "widgets/PortalPicker.h"
#include "widgets/SecureClipboard.h"

#include "portal/PortalListModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;
using Portal::PortalProfile;

OAuthAppsPage::OAuthAppsPage(SecretStore *secrets, const QString &profilesPath, const QString &draftsPath,
                             QWidget *parent)
    : OAuthAppsPage(secrets, new Portal::PortalListModel(profilesPath), draftsPath, parent)
{
    m_portals->setParent(this);
}

OAuthAppsPage::OAuthAppsPage(SecretStore *secrets, Portal::PortalListModel *portals,
                             const QString &draftsPath, QWidget *parent)
    : OperationPage(
          tr("OAuth apps"),
          tr("The OAuth 2.0 apps registered on a portal, and drafts prepared on this computer. Show "
             "secret reads an app's client secret again at any time (for portal admins and the "
             "app's creator)."),
          parent)
    , m_secrets(secrets)
    , m_portals(portals)
    , m_draftFolder(draftsPath)
    , m_listModel(&m_registry)
    , m_scopes(OAuth::ScopeModel::builtIn())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseFile(nativeFileChooser(this))
{
    m_clipboard = new SecureClipboard(this);
    createWidgets();
    connectPanels();
    // Portals added or removed on the command line show once the page is idle; a hidden page when shown.
    m_picker->follow(
        this, [this] { return isBusy(); },
        [this] { return m_registry.state() != OAuth::AppRegistry::State::NotLoaded; });
    m_picker->reload();
    m_draftActions->reload();
    showEntry({});
}

OAuthAppsPage::~OAuthAppsPage()
{
    // Stop a running call now: its answer must not arrive while the page's members are being destroyed.
    operation()->abort();
}

void OAuthAppsPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void OAuthAppsPage::setFileChooser(FileChooser chooser)
{
    m_chooseFile = chooser;
    m_draftActions->setFileChooser(chooser);
    m_form->setFileChooser(std::move(chooser));
}

void OAuthAppsPage::createWidgets()
{
    header()->followClipboard(m_clipboard);
    createShortcuts();
    m_picker = new PortalPicker(QStringLiteral("oauthApps/portal"), m_portals, QStringLiteral("reloadApps"),
                                tr("Load the portal's apps again"));
    m_operations = new AppOperations(operation(), &m_registry, m_secrets, m_clipboard, this);
    m_draftActions = new DraftActions(&m_draftFolder, &m_listModel, this);
    m_draftActions->setFileChooser(m_chooseFile);

    m_listPanel = new AppListPanel(&m_listModel);
    m_formPanel = new AppFormPanel(m_clipboard);
    m_form = m_formPanel->form();
    m_form->setFileChooser(m_chooseFile);
    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_picker);
    layout->addWidget(busyBar());
    layout->addWidget(notice());
    layout->addWidget(
        PageControls::listAndDetails(QStringLiteral("oauthAppsSplitter"), m_listPanel, m_formPanel, 250, 620),
        1);

    // Reading order: where the apps come from, the list, what can be done with the chosen one.
    PageControls::chainTabOrder(QList<QWidget *>{m_picker, m_picker->reloadButton()} +
                                m_listPanel->focusOrder() + m_formPanel->header()->focusOrder());
}

void OAuthAppsPage::createShortcuts()
{
    using PageControls::windowShortcut;
    windowShortcut(this, tr("New app"), QKeySequence::New, [this] { newApp(); });
    m_saveAction = windowShortcut(this, tr("Save"), QKeySequence::Save, [this] { save(); });
    windowShortcut(this, tr("Import draft"), QKeySequence::Open, [this] { importDraft(); });
    m_reloadAction = windowShortcut(this, tr("Reload"), QKeySequence::Refresh, [this] { reload(); });
}

void OAuthAppsPage::connectPanels()
{
    connect(m_picker, &PortalPicker::portalChosen, this, &OAuthAppsPage::onPortalChosen);
    // A registered app's unsaved edits belong to the portal being left.
    m_picker->setLeaveGuard([this](std::function<void()> proceed) {
        if (m_shown.kind != Ref::Kind::Registered || !m_form->isDirty())
            return true;
        m_formPanel->whenChangesHandled([this, proceed] {
            m_form->markClean();
            proceed();
        });
        return false;
    });
    connect(m_picker, &PortalPicker::reloadRequested, this, &OAuthAppsPage::reload);
    connect(m_picker, &PortalPicker::reloaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            notice()->showVerdict(VerdictBanner::State::Invalid, error);
        m_listModel.setPortalName(m_picker->currentName()); // a renamed portal
        updateActions();
    });
    connect(m_listPanel->list(), &AppList::currentRefChanged, this, &OAuthAppsPage::onListChoice);
    connect(m_listPanel, &AppListPanel::newRequested, this, &OAuthAppsPage::newApp);
    connect(m_listPanel, &AppListPanel::importRequested, this, &OAuthAppsPage::importDraft);
    connect(m_listPanel, &AppListPanel::loadMoreRequested, this, &OAuthAppsPage::loadMore);
    connect(m_listPanel, &AppListPanel::loadAllRequested, this, &OAuthAppsPage::loadAll);
    connect(m_listPanel, &AppListPanel::deleteRequested, this, &OAuthAppsPage::deleteCurrent);
    AppHeader *header = m_formPanel->header();
    connect(header, &AppHeader::tryItRequested, this, &OAuthAppsPage::tryIt);
    connect(header, &AppHeader::toggleRequested, this, &OAuthAppsPage::toggleEnabled);
    connect(header, &AppHeader::showSecretRequested, this, &OAuthAppsPage::revealSecret);
    connect(header, &AppHeader::regenerateRequested, this, &OAuthAppsPage::regenerateSecret);
    AppActionBar *actions = m_formPanel->actionBar();
    connect(actions, &AppActionBar::deleteRequested, this, &OAuthAppsPage::deleteCurrent);
    connect(actions, &AppActionBar::exportRequested, this, &OAuthAppsPage::exportDraft);
    connect(actions, &AppActionBar::saveDraftRequested, this, &OAuthAppsPage::saveDraft);
    connect(actions, &AppActionBar::registerRequested, this, &OAuthAppsPage::registerApp);
    connect(actions, &AppActionBar::updateRequested, this, &OAuthAppsPage::updateApp);
    connect(m_form, &AppForm::changed, this, &OAuthAppsPage::updateActions);
    // The list follows the registry by itself; the header, the buttons and the "more" row through this.
    connect(&m_registry, &OAuth::AppRegistry::changed, this, &OAuthAppsPage::updateActions);
    connect(m_operations, &AppOperations::serverIssues, m_form, &AppForm::setServerIssues);
    connect(m_operations, &AppOperations::notice, notice(), &VerdictBanner::showVerdict);
    connect(m_operations, &AppOperations::inspectTokenRequested, this, &OAuthAppsPage::inspectTokenRequested);
    connect(m_draftActions, &DraftActions::notice, notice(), &VerdictBanner::showVerdict);
    connect(operation(), &PortalOperation::busyChanged, this, [this](bool busy) {
        if (busy)
            notice()->showVerdict(VerdictBanner::State::Neutral, QString());
    });
    operation()->reportIn(notice());
    connect(operation(), &PortalOperation::cancelled, &m_registry, &OAuth::AppRegistry::noteFailure);
}

// --- portals ---

void OAuthAppsPage::onPortalChosen()
{
    operation()->cancel();
    m_registry.clear();
    m_listModel.setPortalName(m_picker->currentName());
    // Each portal has its own scopes; until it answered, the built-in ones.
    m_scopes = OAuth::ScopeModel::builtIn();
    m_form->setScopeModel(m_scopes);
    notice()->showVerdict(VerdictBanner::State::Neutral, QString());
    if (m_shown.kind == Ref::Kind::Registered)
        showEntry({});
    if (isVisible() && m_picker->current())
        reload();
}

// --- what is shown ---

bool OAuthAppsPage::select(const Ref &ref)
{
    return m_listPanel->list()->select(ref) && m_shown == ref;
}

void OAuthAppsPage::onListChoice(const Ref &ref)
{
    if (ref.isNone() || ref == m_shown)
        return;
    if (!m_form->isDirty())
        return showEntry(ref);
    // Keep the edited app chosen until the user decided what becomes of the changes.
    m_listPanel->list()->showChosen(m_shown);
    m_formPanel->whenChangesHandled([this, ref] {
        m_form->markClean();
        m_listPanel->list()->select(ref);
    });
}

const OAuthApp *OAuthAppsPage::shownApp() const
{
    if (m_shown.kind != Ref::Kind::Registered)
        return nullptr;
    const OAuth::RegisteredApp *registered = m_registry.find(m_shown.id);
    return registered ? &registered->app : nullptr;
}

const OAuthApp *OAuthAppsPage::appToCall() const
{
    return m_picker->current() && !isBusy() ? shownApp() : nullptr;
}

const OAuth::AppDraft *OAuthAppsPage::shownDraft() const
{
    return m_shown.kind == Ref::Kind::Draft ? m_listModel.draft(m_shown.id) : nullptr;
}

void OAuthAppsPage::showEntry(const Ref &ref)
{
    m_shown = ref;
    if (const OAuthApp *app = shownApp()) {
        m_formPanel->load(*app, AppForm::Mode::Registered, true);
    } else if (const OAuth::AppDraft *draft = shownDraft()) {
        m_formPanel->load(draft->app, AppForm::Mode::Draft, true);
    } else {
        m_shown = {};
        m_formPanel->load(OAuthApp(), AppForm::Mode::Draft, false);
    }
    m_listPanel->list()->showChosen(m_shown);
    updateActions();
}

void OAuthAppsPage::newApp()
{
    m_formPanel->whenChangesHandled([this] {
        showEntry({});
        m_form->findChild<QWidget *>(QStringLiteral("appName"))->setFocus();
    });
}

void OAuthAppsPage::updateActions()
{
    const bool busy = isBusy();
    const PortalProfile *portal = m_picker->current();
    m_picker->setBusy(busy);
    m_reloadAction->setEnabled(portal && !busy);
    m_listPanel->setBusy(busy);
    m_listPanel->showMore(hasMoreApps(), int(m_registry.apps().size()));
    m_formPanel->refresh({shownApp(), shownDraft() != nullptr, m_picker->currentName(), busy});
    m_saveAction->setEnabled(m_formPanel->actionBar()->canSave());
    m_listPanel->deleteAction()->setEnabled(!busy && (shownApp() || shownDraft()));
}

// --- calls to the portal ---

void OAuthAppsPage::reload()
{
    const PortalProfile *portal = m_picker->current();
    if (!portal || isBusy())
        return;
    m_operations->load(
        *portal,
        [this](const OAuth::ScopeModel &scopes) {
            m_scopes = scopes;
            m_form->setScopeModel(scopes);
        },
        [this] { onAppsLoaded(); });
}

void OAuthAppsPage::loadMoreApps(bool all)
{
    if (m_picker->current() && !isBusy() && hasMoreApps())
        m_operations->loadMore(*m_picker->current(), all, [this] { onAppsLoaded(); });
}

void OAuthAppsPage::onAppsLoaded()
{
    // The shown app may have changed on the portal meanwhile; an edited one stays as edited.
    if (shownApp() && !m_form->isDirty())
        showEntry(m_shown);
    else if (m_shown.kind == Ref::Kind::Registered && !shownApp())
        showEntry({});
}

void OAuthAppsPage::registerApp()
{
    const PortalProfile *portal = m_picker->current();
    if (!portal || isBusy() || !m_form->canRegister())
        return;
    m_operations->registerApp(*portal, m_form->app(), [this](const OAuth::RegisteredApp &created) {
        m_form->markClean(); // the draft's content went to the portal as it is
        showEntry(Ref::registered(created.app.clientId));
    });
}

void OAuthAppsPage::updateApp()
{
    const OAuthApp *registered = appToCall();
    if (!registered || !m_form->isDirty() || !m_form->canUpdate())
        return;
    const QString clientId = registered->clientId;
    m_operations->updateApp(*m_picker->current(), *registered, m_form->app(),
                            [this, clientId] { onAppReadBack(clientId, true); });
}

void OAuthAppsPage::onAppReadBack(const QString &clientId, bool reloadForm)
{
    if (m_shown == Ref::registered(clientId) && (reloadForm || !m_form->isDirty()))
        showEntry(m_shown);
    updateActions();
}

void OAuthAppsPage::toggleEnabled()
{
    const OAuthApp *registered = appToCall();
    if (!registered)
        return;
    const QString clientId = registered->clientId;
    m_operations->setEnabled(*m_picker->current(), *registered, !registered->enabled,
                             [this, clientId] { onAppReadBack(clientId, false); });
}

void OAuthAppsPage::regenerateSecret()
{
    if (const OAuthApp *app = appToCall())
        m_operations->regenerateSecret(*m_picker->current(), *app);
}

void OAuthAppsPage::revealSecret()
{
    if (const OAuthApp *app = appToCall())
        m_operations->revealSecret(*m_picker->current(), *app);
}

void OAuthAppsPage::deleteCurrent()
{
    if (isBusy())
        return;
    if (const OAuth::AppDraft *draft = shownDraft()) {
        const Ref removed = Ref::draft(draft->id);
        return m_draftActions->remove(*draft, [this, removed] {
            if (m_shown == removed)
                showEntry({});
        });
    }
    const OAuthApp *app = appToCall();
    if (!app)
        return;
    const QString clientId = app->clientId;
    m_operations->deleteApp(*m_picker->current(), *app, [this, clientId] {
        if (m_shown == Ref::registered(clientId))
            showEntry({});
    });
}

void OAuthAppsPage::tryIt()
{
    if (const OAuthApp *app = appToCall())
        m_operations->tryIt(*m_picker->current(), *app, m_openUrl);
}

// --- drafts ---

void OAuthAppsPage::save()
{
    if (m_form->mode() == AppForm::Mode::Registered)
        updateApp();
    else
        saveDraft();
}

void OAuthAppsPage::saveDraft()
{
    if (m_form->mode() != AppForm::Mode::Draft || m_form->app().name.isEmpty())
        return;
    const QString id = m_draftActions->save(shownDraft() ? shownDraft()->id : QString(), m_form->app());
    if (id.isEmpty())
        return;
    m_form->markClean();
    m_shown = Ref::draft(id);
    m_listPanel->list()->showChosen(m_shown);
    updateActions();
}

void OAuthAppsPage::exportDraft()
{
    if (!m_form->app().name.isEmpty())
        m_draftActions->exportApp(m_form->app());
}

void OAuthAppsPage::importDraft()
{
    m_formPanel->whenChangesHandled([this] {
        const QString id = m_draftActions->import(m_scopes);
        if (!id.isEmpty())
            showEntry(Ref::draft(id));
    });
}

} // namespace PortalKeys::Ui
