#include "oauthapps/OAuthAppsPage.h"

#include "oauthapps/AppActionBar.h"
#include "oauthapps/AppFormPanel.h"
#include "oauthapps/AppHeader.h"
#include "oauthapps/AppListPanel.h"
#include "oauthapps/AppOperations.h"
#include "oauthapps/DraftActions.h"
#include "shell/Resources.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/PortalOperation.h"
#include "widgets/PortalPicker.h"
#include "widgets/SecureClipboard.h"

#include "portal/PortalListModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShowEvent>
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
    : QWidget(parent)
    , m_secrets(secrets)
    , m_portals(portals)
    , m_draftFolder(draftsPath)
    , m_listModel(&m_registry)
    , m_scopes(OAuth::ScopeModel::builtIn())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseFile(nativeFileChooser(this))
{
    ensureResourcesLoaded();
    m_clipboard = new SecureClipboard(this);
    createWidgets();
    connectPanels();
    loadPortals();
    m_draftActions->reload();
    showEntry({});
    // Portals added or removed on the command line show at once; a hidden page reads them when shown.
    connect(m_portals, &Portal::PortalListModel::profilesChanged, this, [this] {
        if (isVisible() && !isBusy() && !findChild<QDialog *>())
            loadPortals();
    });
}

OAuthAppsPage::~OAuthAppsPage()
{
    // Stop a running call now: its answer must not arrive while the page's members are being destroyed.
    m_operation->abort();
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

bool OAuthAppsPage::isBusy() const
{
    return m_operation->isBusy();
}

void OAuthAppsPage::createWidgets()
{
    auto *header = new PageHeader(
        tr("OAuth apps"), tr("The OAuth 2.0 apps registered on a portal, and drafts prepared on this "
                             "computer. Show secret reads an app's client secret again at any time (for "
                             "portal admins and the app's creator)."));
    header->followClipboard(m_clipboard);
    createShortcuts();
    m_picker = new PortalPicker(QStringLiteral("oauthApps/portal"), m_portals);
    m_reload = PageControls::button(tr("Re&load"), QStringLiteral("reloadApps"));
    m_reload->setToolTip(
        PageControls::withShortcut(tr("Load the portal's apps again"), QKeySequence::Refresh));
    auto *portalRow = new QHBoxLayout;
    portalRow->addWidget(m_picker);
    portalRow->addWidget(m_reload);
    portalRow->addStretch();
    m_notice = new VerdictBanner;
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_operation = new PortalOperation(m_busy, this);
    m_operations = new AppOperations(m_operation, &m_registry, m_secrets, m_clipboard, this);
    m_draftActions = new DraftActions(&m_draftFolder, &m_listModel, this);
    m_draftActions->setFileChooser(m_chooseFile);

    m_listPanel = new AppListPanel(&m_listModel);
    m_formPanel = new AppFormPanel(m_clipboard);
    m_form = m_formPanel->form();
    m_form->setFileChooser(m_chooseFile);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("oauthAppsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listPanel);
    splitter->addWidget(m_formPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 620});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addSpacing(2);
    layout->addLayout(portalRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    // Reading order: where the apps come from, the list, what can be done with the chosen one.
    PageControls::chainTabOrder(QList<QWidget *>{m_picker, m_reload} + m_listPanel->focusOrder() +
                                m_formPanel->header()->focusOrder());
}

void OAuthAppsPage::createShortcuts()
{
    // Window shortcuts of the page: they work wherever the focus is in the window while this page is shown,
    // and not at all while another page is (actions of hidden widgets do not fire).
    const auto action = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(text, this);
        created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WindowShortcut);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    action(tr("New app"), QKeySequence::New, &OAuthAppsPage::newApp);
    m_saveAction = action(tr("Save"), QKeySequence::Save, &OAuthAppsPage::save);
    action(tr("Import draft"), QKeySequence::Open, &OAuthAppsPage::importDraft);
    m_reloadAction = action(tr("Reload"), QKeySequence::Refresh, &OAuthAppsPage::reload);
    m_cancelAction = action(tr("Cancel"), QKeySequence::Cancel, &OAuthAppsPage::cancelOperation);
}

void OAuthAppsPage::connectPanels()
{
    connect(m_picker, &PortalPicker::portalChosen, this, &OAuthAppsPage::onPortalChosen);
    connect(m_reload, &QPushButton::clicked, this, &OAuthAppsPage::reload);
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
    connect(m_operations, &AppOperations::notice, m_notice, &VerdictBanner::showVerdict);
    connect(m_operations, &AppOperations::inspectTokenRequested, this, &OAuthAppsPage::inspectTokenRequested);
    connect(m_draftActions, &DraftActions::notice, m_notice, &VerdictBanner::showVerdict);
    connect(m_operation, &PortalOperation::busyChanged, this, [this](bool busy) {
        if (busy)
            m_notice->showVerdict(VerdictBanner::State::Neutral, QString());
        updateActions();
        if (!busy)
            emit operationFinished();
    });
    connect(m_operation, &PortalOperation::failed, this,
            [this](const QString &text) { m_notice->showVerdict(VerdictBanner::State::Invalid, text); });
    connect(m_operation, &PortalOperation::cancelled, this, [this] {
        m_registry.noteFailure();
        m_notice->showVerdict(VerdictBanner::State::Neutral, tr("Cancelled."));
    });
}

// --- portals and drafts ---

void OAuthAppsPage::loadPortals()
{
    const QString error = m_picker->reload();
    if (!error.isEmpty())
        m_notice->showVerdict(VerdictBanner::State::Invalid, error);
    if (m_picker->currentId() != m_loadedPortalId)
        onPortalChosen();
    else
        m_listModel.setPortalName(currentPortalName()); // a renamed portal
    updateActions();
}

const PortalProfile *OAuthAppsPage::currentPortal() const
{
    return m_picker->current();
}

QString OAuthAppsPage::currentPortalName() const
{
    return currentPortal() ? currentPortal()->name : QString();
}

void OAuthAppsPage::onPortalChosen()
{
    const QString id = m_picker->currentId();
    if (id == m_loadedPortalId)
        return;
    // A registered app's unsaved edits belong to the portal being left.
    if (m_shown.kind == Ref::Kind::Registered && m_form->isDirty()) {
        m_picker->select(m_loadedPortalId); // reported, and ignored: it is the portal shown
        m_formPanel->whenChangesHandled([this, id] {
            m_form->markClean();
            m_picker->select(id);
        });
        return;
    }
    m_operation->cancel();
    m_loadedPortalId = id;
    m_registry.clear();
    m_listModel.setPortalName(currentPortalName());
    // Each portal has its own scopes; until it answered, the built-in ones.
    m_scopes = OAuth::ScopeModel::builtIn();
    m_form->setScopeModel(m_scopes);
    m_notice->showVerdict(VerdictBanner::State::Neutral, QString());
    if (m_shown.kind == Ref::Kind::Registered)
        showEntry({});
    if (isVisible() && currentPortal())
        reload();
}

void OAuthAppsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Portals may have been added or removed on the Portals page meanwhile.
    if (!isBusy() && !findChild<QDialog *>()) {
        m_portals->reload();
        loadPortals();
    }
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (currentPortal() && m_registry.state() == OAuth::AppRegistry::State::NotLoaded && !isBusy())
            reload();
    }
}

// --- what is shown ---

bool OAuthAppsPage::selectApp(const QString &clientId)
{
    const Ref ref = Ref::registered(clientId);
    return m_listPanel->list()->select(ref) && m_shown == ref;
}

bool OAuthAppsPage::selectDraft(const QString &draftId)
{
    const Ref ref = Ref::draft(draftId);
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
    const PortalProfile *portal = currentPortal();
    // Another portal cannot be chosen mid-call: a registration or new secret must not be dropped.
    m_picker->setEnabled(!m_picker->portals().isEmpty() && !busy);
    m_reload->setEnabled(portal && !busy);
    m_reloadAction->setEnabled(portal && !busy);
    m_cancelAction->setEnabled(m_operation->isCancellable());
    m_listPanel->setBusy(busy);
    m_listPanel->showMore(hasMoreApps(), int(m_registry.apps().size()));
    m_formPanel->refresh({shownApp(), shownDraft() != nullptr, currentPortalName(), busy});
    m_saveAction->setEnabled(m_formPanel->actionBar()->canSave());
    m_listPanel->deleteAction()->setEnabled(!busy && (shownApp() || shownDraft()));
}

// --- calls to the portal ---

void OAuthAppsPage::cancelOperation()
{
    m_operation->cancel();
}

void OAuthAppsPage::reload()
{
    const PortalProfile *portal = currentPortal();
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

void OAuthAppsPage::loadMore()
{
    if (currentPortal() && !isBusy() && hasMoreApps())
        m_operations->loadMore(*currentPortal(), false, [this] { onAppsLoaded(); });
}

void OAuthAppsPage::loadAll()
{
    if (currentPortal() && !isBusy() && hasMoreApps())
        m_operations->loadMore(*currentPortal(), true, [this] { onAppsLoaded(); });
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
    const PortalProfile *portal = currentPortal();
    if (!portal || isBusy() || !m_form->canRegister())
        return;
    m_operations->registerApp(*portal, m_form->app(), [this](const OAuth::RegisteredApp &created) {
        m_form->markClean(); // the draft's content went to the portal as it is
        showEntry(Ref::registered(created.app.clientId));
    });
}

void OAuthAppsPage::updateApp()
{
    const OAuthApp *registered = shownApp();
    if (!registered || !currentPortal() || isBusy() || !m_form->isDirty() || !m_form->canUpdate())
        return;
    const QString clientId = registered->clientId;
    m_operations->updateApp(*currentPortal(), *registered, m_form->app(),
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
    const OAuthApp *registered = shownApp();
    if (!registered || !currentPortal() || isBusy())
        return;
    const QString clientId = registered->clientId;
    m_operations->setEnabled(*currentPortal(), *registered, !registered->enabled,
                             [this, clientId] { onAppReadBack(clientId, false); });
}

void OAuthAppsPage::regenerateSecret()
{
    if (shownApp() && currentPortal() && !isBusy())
        m_operations->regenerateSecret(*currentPortal(), *shownApp());
}

void OAuthAppsPage::revealSecret()
{
    if (shownApp() && currentPortal() && !isBusy())
        m_operations->revealSecret(*currentPortal(), *shownApp());
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
    if (!shownApp() || !currentPortal())
        return;
    const QString clientId = shownApp()->clientId;
    m_operations->deleteApp(*currentPortal(), *shownApp(), [this, clientId] {
        if (m_shown == Ref::registered(clientId))
            showEntry({});
    });
}

void OAuthAppsPage::tryIt()
{
    if (shownApp() && currentPortal() && !isBusy())
        m_operations->tryIt(*currentPortal(), *shownApp(), m_openUrl);
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
