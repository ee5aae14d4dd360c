#include "oauthapps/OAuthAppsPage.h"

#include "oauthapps/AppForm.h"
#include "oauthapps/AppList.h"
#include "oauthapps/AppSecretNames.h"
#include "oauthapps/TryItDialog.h"
#include "portals/PortalCalls.h"
#include "shell/Resources.h"
#include "widgets/BusyBar.h"
#include "widgets/SecureClipboard.h"

#include "common/ListFileWatcher.h"
#include "oauth/OAuthAppIssue.h"
#include "oauth/OAuthAppValidator.h"
#include "oauth/OAuthAppsApi.h"
#include "portal/PortalClient.h"
#include "portal/PortalSession.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;
using OAuth::OAuthAppIssue;
using Portal::PortalError;
using Portal::PortalProfile;

namespace {

const QString lastPortalKey = QStringLiteral("oauthApps/portal");
const QString appPrefix = QStringLiteral("app:");
const QString draftPrefix = QStringLiteral("draft:");

QString withShortcut(const QString &tip, const QKeySequence &shortcut)
{
    return shortcut.isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText));
}

// The portal's field errors in the shape core reads them (the "errors" member of its problem details).
// A file name for an exported draft: the app's name without characters file systems refuse.
QString fileNameFor(const QString &appName)
{
    QString name = appName.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    return (name.isEmpty() ? QStringLiteral("oauth-app") : name) + QStringLiteral(".json");
}

QPushButton *pushButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

} // namespace

OAuthAppsPage::OAuthAppsPage(SecretStore *secrets, const QString &profilesPath, const QString &draftsPath,
                             QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_profileStore(profilesPath)
    , m_draftFolder(draftsPath)
    , m_scopes(OAuth::ScopeModel::builtIn())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseFile(nativeFileChooser(this))
{
    ensureResourcesLoaded();
    m_clipboard = new SecureClipboard(this);
    createWidgets();
    // "Load all" shows each page as it arrives.
    connect(&m_registry, &OAuth::AppRegistry::progress, this, [this](int count) {
        refreshList();
        m_busy->setText(tr("Loading all apps… %n so far", nullptr, count));
    });
    loadPortals();
    loadDrafts();
    refreshList();
    showKey(QString());
    // Portals added or removed on the command line show at once; a hidden page reads them when shown.
    connect(new ListFileWatcher(m_profileStore.path(), this), &ListFileWatcher::changed, this, [this] {
        if (isVisible() && !isBusy() && !findChild<QDialog *>())
            loadPortals();
    });
}

OAuthAppsPage::~OAuthAppsPage()
{
    // Stop a running call now: its answer must not arrive while the page's members are being destroyed.
    QObject *operation = m_operation;
    m_operation = nullptr;
    cancelPortalCalls(operation);
    delete operation;
}

void OAuthAppsPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void OAuthAppsPage::setFileChooser(FileChooser chooser)
{
    m_chooseFile = chooser;
    m_form->setFileChooser(std::move(chooser));
}

void OAuthAppsPage::setPageSize(int size)
{
    m_registry.setPageSize(size);
}

QList<OAuthApp> OAuthAppsPage::registeredApps() const
{
    QList<OAuthApp> apps;
    for (const OAuth::RegisteredApp &registered : m_registry.apps())
        apps.append(registered.app);
    return apps;
}

void OAuthAppsPage::createWidgets()
{
    auto *heading = new QLabel(tr("OAuth apps"));
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *clipboardStatus = new QLabel;
    clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    clipboardStatus->setForegroundRole(QPalette::PlaceholderText);
    connect(m_clipboard, &SecureClipboard::copied, clipboardStatus, [clipboardStatus](const QString &status) {
        clipboardStatus->setText(status);
        QTimer::singleShot(5000, clipboardStatus, &QLabel::clear);
    });
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch();
    headingRow->addWidget(clipboardStatus);
    auto *intro = new QLabel(tr("The OAuth 2.0 apps registered on a portal, and drafts prepared on this "
                                "computer. Show secret reads an app's client secret again at any time (for "
                                "portal admins and the app's creator)."));
    intro->setObjectName(QStringLiteral("pageIntro"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

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
    m_newAction = action(tr("New app"), QKeySequence::New, &OAuthAppsPage::newApp);
    m_saveAction = action(tr("Save"), QKeySequence::Save, &OAuthAppsPage::save);
    m_importAction = action(tr("Import draft"), QKeySequence::Open, &OAuthAppsPage::importDraft);
    m_reloadAction = action(tr("Reload"), QKeySequence::Refresh, &OAuthAppsPage::reload);
    m_cancelAction = action(tr("Cancel"), QKeySequence::Cancel, &OAuthAppsPage::cancelOperation);

    m_portal = new QComboBox;
    m_portal->setObjectName(QStringLiteral("portalPicker"));
    m_portal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_portal->setMinimumContentsLength(18);
    auto *portalLabel = new QLabel(tr("&Portal:"));
    portalLabel->setBuddy(m_portal);
    connect(m_portal, &QComboBox::currentIndexChanged, this, &OAuthAppsPage::onPortalChosen);
    m_reload = pushButton(tr("Re&load"), QStringLiteral("reloadApps"));
    m_reload->setToolTip(withShortcut(tr("Load the portal's apps again"), m_reloadAction->shortcut()));
    connect(m_reload, &QPushButton::clicked, this, &OAuthAppsPage::reload);
    auto *portalRow = new QHBoxLayout;
    portalRow->addWidget(portalLabel);
    portalRow->addWidget(m_portal);
    portalRow->addWidget(m_reload);
    portalRow->addStretch();

    m_notice = new VerdictBanner;
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("busyBar"));
    connect(m_busy, &BusyBar::cancelRequested, this, &OAuthAppsPage::cancelOperation);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("oauthAppsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPanel());
    splitter->addWidget(createFormPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 620});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(headingRow);
    layout->addWidget(intro);
    layout->addSpacing(2);
    layout->addLayout(portalRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    // Reading order: where the apps come from, the list, what can be done with the chosen one.
    setTabOrder(m_portal, m_reload);
    setTabOrder(m_reload, m_new);
    setTabOrder(m_new, m_import);
    setTabOrder(m_import, m_list);
    setTabOrder(m_list, m_loadMore);
    setTabOrder(m_loadMore, m_loadAll);
    setTabOrder(m_loadAll, m_tryIt);
    setTabOrder(m_tryIt, m_toggle);
    setTabOrder(m_toggle, m_showSecret);
    setTabOrder(m_showSecret, m_regenerate);
    setTabOrder(m_regenerate, m_copyId);
}

QWidget *OAuthAppsPage::createListPanel()
{
    m_new = pushButton(tr("Ne&w app"), QStringLiteral("newApp"));
    m_new->setToolTip(withShortcut(tr("Start a new app on an empty form"), m_newAction->shortcut()));
    connect(m_new, &QPushButton::clicked, this, &OAuthAppsPage::newApp);
    m_import = pushButton(tr("&Import draft…"), QStringLiteral("importDraft"));
    m_import->setToolTip(withShortcut(tr("Read a draft from a JSON file and keep it with the drafts"),
                                      m_importAction->shortcut()));
    connect(m_import, &QPushButton::clicked, this, &OAuthAppsPage::importDraft);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addStretch();

    m_list = new AppList;
    connect(m_list, &QListWidget::currentItemChanged, this, &OAuthAppsPage::onListSelection);
    m_deleteAction = new QAction(tr("Delete"), m_list);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &OAuthAppsPage::deleteCurrent);
    m_list->addAction(m_deleteAction);

    m_moreLabel = new QLabel;
    m_moreLabel->setObjectName(QStringLiteral("moreAppsLabel"));
    m_moreLabel->setForegroundRole(QPalette::PlaceholderText);
    m_moreLabel->setWordWrap(true);
    m_loadMore = pushButton(tr("Load &more"), QStringLiteral("loadMore"));
    connect(m_loadMore, &QPushButton::clicked, this, &OAuthAppsPage::loadMore);
    m_loadAll = pushButton(tr("Load all"), QStringLiteral("loadAll"));
    connect(m_loadAll, &QPushButton::clicked, this, &OAuthAppsPage::loadAll);
    m_moreRow = new QWidget;
    auto *moreLayout = new QVBoxLayout(m_moreRow);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    moreLayout->setSpacing(4);
    auto *moreButtons = new QHBoxLayout;
    moreButtons->addWidget(m_loadMore);
    moreButtons->addWidget(m_loadAll);
    moreButtons->addStretch();
    moreLayout->addWidget(m_moreLabel);
    moreLayout->addLayout(moreButtons);

    auto *panel = new QWidget;
    panel->setMinimumWidth(210);
    panel->setMaximumWidth(360);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_moreRow);
    return panel;
}

QWidget *OAuthAppsPage::createFormPanel()
{
    m_icon = new QLabel;
    m_icon->setObjectName(QStringLiteral("appIcon"));
    m_icon->setFixedSize(32, 32);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("appTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("appState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_state);

    m_tryIt = pushButton(tr("&Try it…"), QStringLiteral("tryIt"));
    m_tryIt->setToolTip(tr("Sign in as this app in the browser and see the tokens the portal issues"));
    connect(m_tryIt, &QPushButton::clicked, this, &OAuthAppsPage::tryIt);
    m_toggle = pushButton(QString(), QStringLiteral("toggleEnabled"));
    connect(m_toggle, &QPushButton::clicked, this, &OAuthAppsPage::toggleEnabled);
    m_showSecret = pushButton(tr("Sh&ow secret…"), QStringLiteral("showSecret"));
    m_showSecret->setToolTip(tr("Read the app's client secret from the portal, to copy it or keep it in the "
                                "keychain"));
    connect(m_showSecret, &QPushButton::clicked, this, &OAuthAppsPage::revealSecret);
    m_regenerate = pushButton(tr("Re&generate secret…"), QStringLiteral("regenerateSecret"));
    m_regenerate->setToolTip(tr("Make a new client secret; the current one stops working"));
    connect(m_regenerate, &QPushButton::clicked, this, &OAuthAppsPage::regenerateSecret);
    m_copyId = pushButton(tr("Copy client &ID"), QStringLiteral("copyClientId"));
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (const OAuthApp *app = shownApp())
            m_clipboard->copyPlain(app->clientId);
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    // What can be done with a registered app as a whole, apart from the form's fields.
    m_appActions = new QWidget;
    m_appActions->setObjectName(QStringLiteral("appActions"));
    auto *actions = new QHBoxLayout(m_appActions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_tryIt);
    actions->addWidget(m_toggle);
    actions->addWidget(m_showSecret);
    actions->addWidget(m_regenerate);
    actions->addWidget(m_copyId);
    actions->addStretch();

    m_form = new AppForm;
    m_form->setFileChooser(m_chooseFile);
    connect(m_form, &AppForm::changed, this, [this] {
        updateActions();
        updateHeader();
    });
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the area follows the focus
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *formHolder = new QWidget;
    auto *holderLayout = new QVBoxLayout(formHolder);
    holderLayout->setContentsMargins(0, 0, 10, 0); // room between the fields and the scroll bar
    holderLayout->addWidget(m_form);
    m_scroll->setWidget(formHolder);

    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("actionHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_delete = pushButton(tr("&Delete…"), QStringLiteral("deleteApp"));
    connect(m_delete, &QPushButton::clicked, this, &OAuthAppsPage::deleteCurrent);
    m_export = pushButton(tr("E&xport draft…"), QStringLiteral("exportDraft"));
    m_export->setToolTip(tr("Save the form as a JSON draft file, to register the app on another portal or "
                            "keep it elsewhere; it never holds a secret"));
    connect(m_export, &QPushButton::clicked, this, &OAuthAppsPage::exportDraft);
    m_saveDraft = pushButton(tr("&Save draft"), QStringLiteral("saveDraft"));
    m_saveDraft->setToolTip(
        withShortcut(tr("Keep the app as a draft on this computer"), m_saveAction->shortcut()));
    connect(m_saveDraft, &QPushButton::clicked, this, &OAuthAppsPage::saveDraft);
    m_register = pushButton(tr("&Register"), QStringLiteral("registerApp"));
    connect(m_register, &QPushButton::clicked, this, &OAuthAppsPage::registerApp);
    m_update = pushButton(tr("&Update"), QStringLiteral("updateApp"));
    m_update->setToolTip(withShortcut(tr("Send the changed fields to the portal"), m_saveAction->shortcut()));
    connect(m_update, &QPushButton::clicked, this, &OAuthAppsPage::updateApp);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_register);
    buttons->addWidget(m_update);

    auto *panel = new QWidget;
    panel->setMinimumWidth(400);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_appActions);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    setTabOrder(m_delete, m_export);
    setTabOrder(m_export, m_saveDraft);
    setTabOrder(m_saveDraft, m_register);
    setTabOrder(m_register, m_update);
    return panel;
}

// --- portals and drafts ---

void OAuthAppsPage::loadPortals()
{
    const Portal::ProfileStore::LoadResult loaded = m_profileStore.load();
    m_portals = loaded.profiles;
    const QString previous =
        m_portal->count() > 0 ? currentPortalId() : QSettings().value(lastPortalKey).toString();
    {
        const QSignalBlocker blocker(m_portal);
        m_portal->clear();
        for (const PortalProfile &profile : std::as_const(m_portals))
            m_portal->addItem(QStringLiteral("%1 — %2").arg(profile.name, profile.baseUrl.host()),
                              profile.id);
        if (m_portals.isEmpty())
            m_portal->addItem(tr("No portals — add one on the Portals page"));
        const int index = m_portal->findData(previous);
        m_portal->setCurrentIndex(qMax(0, index));
    }
    m_portal->setEnabled(!m_portals.isEmpty() && !isBusy());
    if (!loaded.ok())
        showNotice(VerdictBanner::State::Invalid, loaded.error);
    if (currentPortalId() != m_loadedPortalId)
        onPortalChosen();
    else
        refreshList(); // a renamed portal
}

QString OAuthAppsPage::currentPortalId() const
{
    return m_portal->currentData().toString();
}

void OAuthAppsPage::selectPortal(const QString &profileId)
{
    const int index = m_portal->findData(profileId);
    if (index >= 0)
        m_portal->setCurrentIndex(index);
}

const PortalProfile *OAuthAppsPage::currentPortal() const
{
    const QString id = currentPortalId();
    for (const PortalProfile &profile : m_portals) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

void OAuthAppsPage::onPortalChosen()
{
    const QString id = currentPortalId();
    if (id == m_loadedPortalId)
        return;
    // A registered app's unsaved edits belong to the portal being left.
    if (m_shownKey.startsWith(appPrefix) && m_form->isDirty()) {
        const QString previous = m_loadedPortalId;
        {
            const QSignalBlocker blocker(m_portal);
            m_portal->setCurrentIndex(qMax(0, m_portal->findData(previous)));
        }
        whenChangesHandled([this, id] {
            m_form->markClean();
            selectPortal(id);
        });
        return;
    }
    if (isBusy())
        cancelOperation();
    if (!id.isEmpty())
        QSettings().setValue(lastPortalKey, id);
    m_loadedPortalId = id;
    m_registry.clear();
    // Each portal has its own scopes; until it answered, the built-in ones.
    m_scopes = OAuth::ScopeModel::builtIn();
    m_form->setScopeModel(m_scopes);
    m_notice->showVerdict(VerdictBanner::State::Neutral, QString());
    if (m_shownKey.startsWith(appPrefix))
        showKey(QString());
    refreshList();
    if (isVisible() && currentPortal())
        reload();
}

void OAuthAppsPage::loadDrafts()
{
    const AppDraftFolder::LoadResult loaded = m_draftFolder.load();
    m_drafts = loaded.drafts;
    if (!loaded.errors.isEmpty())
        showNotice(VerdictBanner::State::Warning, tr("Some draft files cannot be read and were left alone:") +
                                                      QLatin1Char('\n') +
                                                      loaded.errors.join(QLatin1Char('\n')));
}

void OAuthAppsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Portals may have been added or removed on the Portals page meanwhile.
    if (!isBusy() && !findChild<QDialog *>())
        loadPortals();
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (currentPortal() && m_registry.state() == OAuth::AppRegistry::State::NotLoaded && !isBusy())
            reload();
    }
}

// --- list and selection ---

void OAuthAppsPage::refreshList()
{
    const PortalProfile *portal = currentPortal();
    AppList::Section registered;
    registered.heading = portal ? tr("On %1").arg(portal->name) : tr("On a portal");
    for (const OAuth::RegisteredApp &entry : m_registry.apps()) {
        const OAuthApp &app = entry.app;
        registered.entries.append(
            {appPrefix + app.clientId, app.name, app.clientId, app.enabled ? QString() : tr("Disabled"),
             app.logo,
             tr("%1\nClient ID: %2\n%3")
                 .arg(app.name, app.clientId, app.enabled ? tr("Enabled") : tr("Disabled"))});
    }
    if (!portal)
        registered.emptyNote = tr("No portal yet.");
    else if (m_registry.state() == OAuth::AppRegistry::State::Loaded)
        registered.emptyNote = tr("No apps registered yet.");
    else if (m_registry.state() == OAuth::AppRegistry::State::Failed)
        registered.emptyNote = tr("Not loaded: see the message above.");
    else
        registered.emptyNote = tr("Not loaded yet.");

    AppList::Section drafts;
    drafts.heading = tr("Drafts on this computer");
    drafts.emptyNote = tr("No drafts yet.");
    for (const AppDraftFolder::Draft &draft : std::as_const(m_drafts)) {
        const QString name = draft.app.name.isEmpty() ? tr("(no name)") : draft.app.name;
        drafts.entries.append(
            {draftPrefix + draft.id, name, tr("Draft, not registered"), QString(), draft.app.logo,
             tr("%1\nDraft, saved %2")
                 .arg(name, QLocale().toString(draft.modified.toLocalTime(), QLocale::ShortFormat))});
    }
    m_list->setSections({registered, drafts});
    {
        const QSignalBlocker blocker(m_list);
        if (!m_list->selectKey(m_shownKey))
            m_list->setCurrentItem(nullptr);
    }

    m_moreRow->setVisible(hasMoreApps());
    m_moreLabel->setText(tr("%n apps shown; the portal has more.", nullptr, int(m_registry.apps().size())));
    updateActions();
}

bool OAuthAppsPage::selectApp(const QString &clientId)
{
    return m_list->selectKey(appPrefix + clientId) && m_shownKey == appPrefix + clientId;
}

bool OAuthAppsPage::selectDraft(const QString &draftId)
{
    return m_list->selectKey(draftPrefix + draftId) && m_shownKey == draftPrefix + draftId;
}

void OAuthAppsPage::onListSelection()
{
    const QString key = m_list->currentKey();
    if (key.isEmpty() || key == m_shownKey)
        return;
    if (!m_form->isDirty())
        return showKey(key);
    // Keep the edited app selected until the user decided what becomes of the changes.
    {
        const QSignalBlocker blocker(m_list);
        if (!m_list->selectKey(m_shownKey))
            m_list->setCurrentItem(nullptr);
    }
    whenChangesHandled([this, key] {
        m_form->markClean();
        m_list->selectKey(key);
    });
}

const OAuthApp *OAuthAppsPage::shownApp() const
{
    if (!m_shownKey.startsWith(appPrefix))
        return nullptr;
    const OAuth::RegisteredApp *registered = m_registry.find(m_shownKey.mid(appPrefix.size()));
    return registered ? &registered->app : nullptr;
}

const AppDraftFolder::Draft *OAuthAppsPage::shownDraft() const
{
    if (!m_shownKey.startsWith(draftPrefix))
        return nullptr;
    const QString id = m_shownKey.mid(draftPrefix.size());
    for (const AppDraftFolder::Draft &draft : m_drafts) {
        if (draft.id == id)
            return &draft;
    }
    return nullptr;
}

void OAuthAppsPage::showKey(const QString &key)
{
    m_shownKey = key;
    if (const OAuthApp *app = shownApp()) {
        m_form->setApp(*app, AppForm::Mode::Registered, true);
    } else if (const AppDraftFolder::Draft *draft = shownDraft()) {
        m_form->setApp(draft->app, AppForm::Mode::Draft, true);
    } else {
        m_shownKey.clear();
        m_form->setApp(OAuthApp(), AppForm::Mode::Draft, false);
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
    }
    m_scroll->ensureVisible(0, 0);
    updateHeader();
    updateActions();
}

void OAuthAppsPage::newApp()
{
    whenChangesHandled([this] {
        showKey(QString());
        m_form->findChild<QWidget *>(QStringLiteral("appName"))->setFocus();
    });
}

void OAuthAppsPage::whenChangesHandled(std::function<void()> proceed)
{
    if (!m_form->isDirty()) {
        proceed();
        return;
    }
    const QString name = m_form->app().name.isEmpty() ? tr("the new app") : m_form->app().name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("Discard the changes to “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setInformativeText(m_form->mode() == AppForm::Mode::Registered
                                ? tr("They have not been sent to the portal.")
                                : tr("They have not been saved as a draft."));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChanges"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [discard, proceed](QAbstractButton *clicked) {
        if (clicked == discard)
            proceed();
    });
    box->open();
}

void OAuthAppsPage::updateHeader()
{
    const OAuthApp app = m_form->app();
    const PortalProfile *portal = currentPortal();
    m_icon->setPixmap(AppList::iconFor(app.logo).pixmap(32, 32));
    if (const OAuthApp *registered = shownApp()) {
        m_title->setText(registered->name);
        const QString state =
            registered->enabled ? tr("Registered on %1, enabled") : tr("Registered on %1, disabled");
        m_state->setText(state.arg(portal ? portal->name : QString()) + QLatin1Char('\n') +
                         tr("Client ID: %1").arg(registered->clientId));
    } else if (shownDraft()) {
        m_title->setText(app.name.isEmpty() ? tr("(no name)") : app.name);
        m_state->setText(m_form->isDirty() ? tr("Draft, changed") : tr("Draft, not registered"));
    } else {
        m_title->setText(app.name.isEmpty() ? tr("New app") : app.name);
        m_state->setText(tr("Not saved yet"));
    }
}

void OAuthAppsPage::updateActions()
{
    const bool busy = isBusy();
    const PortalProfile *portal = currentPortal();
    const OAuthApp *registered = shownApp();
    const bool draftMode = m_form->mode() == AppForm::Mode::Draft;
    const bool dirty = m_form->isDirty();
    const bool named = !m_form->app().name.isEmpty();

    // Another portal cannot be chosen mid-call: a registration or new secret must not be dropped.
    m_portal->setEnabled(!m_portals.isEmpty() && !busy);
    m_reload->setEnabled(portal && !busy);
    m_reloadAction->setEnabled(portal && !busy);
    m_cancelAction->setEnabled(busy);
    m_loadMore->setEnabled(!busy);
    m_loadAll->setEnabled(!busy);

    m_appActions->setVisible(registered != nullptr);
    if (registered) {
        m_toggle->setText(registered->enabled ? tr("Disa&ble") : tr("Ena&ble"));
        m_toggle->setToolTip(registered->enabled ? tr("Stop the app's sign-ins; it can be enabled again")
                                                 : tr("Let the app sign in again"));
        m_tryIt->setEnabled(!busy && registered->enabled);
        m_tryIt->setToolTip(
            registered->enabled
                ? tr("Sign in as this app in the browser and see the tokens the portal issues")
                : tr("Enable the app to try it"));
        m_toggle->setEnabled(!busy);
        m_showSecret->setEnabled(!busy);
        m_regenerate->setEnabled(!busy);
        m_copyId->setToolTip(registered->clientId);
    }

    m_saveDraft->setVisible(draftMode);
    m_register->setVisible(draftMode);
    m_update->setVisible(!draftMode);
    // A draft may be unfinished, but it needs a name to be listed by.
    const bool canSaveDraft = draftMode && named && (dirty || !shownDraft());
    m_saveDraft->setEnabled(canSaveDraft);
    m_register->setEnabled(draftMode && portal && !busy && m_form->canRegister());
    m_register->setToolTip(portal ? tr("Register the app on %1").arg(portal->name)
                                  : tr("Add a portal on the Portals page to register the app"));
    m_update->setEnabled(!draftMode && !busy && dirty && m_form->canUpdate());
    m_saveAction->setEnabled(draftMode ? canSaveDraft : m_update->isEnabled());
    m_delete->setVisible(registered || shownDraft());
    m_delete->setEnabled(!busy);
    m_deleteAction->setEnabled(!busy && (registered || shownDraft()));
    m_delete->setToolTip(registered ? tr("Delete the app on the portal") : tr("Delete the draft file"));
    m_export->setEnabled(named);
    m_new->setEnabled(true);

    QString hint;
    const QStringList pending = m_form->pendingFields();
    if (draftMode && !pending.isEmpty())
        hint = tr("To register, fill in: %1.").arg(pending.join(QStringLiteral(", ")));
    else if (draftMode && m_form->canRegister() && !portal)
        hint = tr("Add a portal on the Portals page to register the app.");
    else if (!draftMode && dirty && !m_form->canUpdate())
        hint = tr("Correct the marked fields to update the app.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void OAuthAppsPage::showNotice(VerdictBanner::State state, const QString &text)
{
    m_notice->showVerdict(state, text);
}

void OAuthAppsPage::confirm(const QString &title, const QString &question, const QString &details,
                            const QString &action, const QString &objectName, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    QPushButton *accept = box->addButton(action, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmAction"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // These cannot be undone: Enter must not do them.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox sizes itself to the short question and wraps the explanation into a narrow column.
    box->setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    connect(box, &QMessageBox::buttonClicked, this, [accept, confirmed](QAbstractButton *clicked) {
        if (clicked == accept)
            confirmed();
    });
    box->open();
}

// --- operations ---

QObject *OAuthAppsPage::beginOperation(const QString &text, bool cancellable)
{
    auto *operation = new QObject(this);
    m_operation = operation;
    m_busy->start(text, cancellable);
    m_notice->showVerdict(VerdictBanner::State::Neutral, QString());
    updateActions();
    return operation;
}

void OAuthAppsPage::endOperation()
{
    if (m_operation)
        m_operation->deleteLater(); // its objects may still be on the stack
    m_operation = nullptr;
    m_busy->stop();
    updateActions();
    emit operationFinished();
}

void OAuthAppsPage::cancelOperation()
{
    if (!m_operation || !m_busy->isBusy())
        return;
    // Forget the call before stopping it: whatever it reports while stopping is then ignored.
    QObject *operation = m_operation;
    m_operation = nullptr;
    cancelPortalCalls(operation);
    operation->deleteLater();
    m_busy->stop();
    m_registry.noteFailure();
    refreshList();
    showNotice(VerdictBanner::State::Neutral, tr("Cancelled."));
    emit operationFinished();
}

void OAuthAppsPage::withApi(QObject *operation, std::function<void(OAuth::OAuthAppsApi *)> then)
{
    const PortalProfile *portal = currentPortal();
    if (!portal)
        return endOperation();
    auto *session = new Portal::PortalSession(*portal, m_secrets, operation);
    session->open([this, operation, then](const PortalError &error, Portal::PortalClient *client) {
        if (!isCurrent(operation))
            return;
        if (error.isError())
            return finishWithError(error, QString());
        then(new OAuth::OAuthAppsApi(client, operation));
    });
}

void OAuthAppsPage::finishWithError(const PortalError &error, const QString &what)
{
    endOperation();
    if (error.kind() == PortalError::Kind::Cancelled) {
        showNotice(VerdictBanner::State::Neutral, tr("Cancelled."));
        return;
    }
    QString text = what.isEmpty() ? error.message() : tr("%1 %2").arg(what, error.message());
    if (error.kind() == PortalError::Kind::Tls)
        text += QLatin1Char(' ') + tr("Check the certificate with Test connection on the Portals page.");
    showNotice(VerdictBanner::State::Invalid, text);
}

void OAuthAppsPage::reload()
{
    const PortalProfile *portal = currentPortal();
    if (!portal || isBusy())
        return;
    QObject *operation = beginOperation(tr("Loading the OAuth apps of %1…").arg(portal->name));
    withApi(operation, [this, operation](OAuth::OAuthAppsApi *api) {
        api->scopes([this, operation, api](const PortalError &error, const QJsonArray &scopes) {
            if (!isCurrent(operation))
                return;
            // An answer that makes no sense leaves the built-in scopes; a refused login ends here.
            const bool usable = error.kind() == PortalError::Kind::None ||
                                error.kind() == PortalError::Kind::Malformed ||
                                error.kind() == PortalError::Kind::NotFound;
            if (!usable) {
                m_registry.noteFailure();
                refreshList();
                return finishWithError(error, tr("The apps were not loaded."));
            }
            if (!error.isError()) {
                const OAuth::ScopeModel model = OAuth::ScopeModel::fromServerJson(scopes);
                if (!model.isEmpty()) {
                    m_scopes = model;
                    m_form->setScopeModel(model);
                }
            }
            m_registry.reload(
                api, [this, operation](const PortalError &error) { onPagesLoaded(operation, error); });
        });
    });
}

void OAuthAppsPage::loadMore()
{
    if (!currentPortal() || isBusy() || !hasMoreApps())
        return;
    QObject *operation = beginOperation(tr("Loading more apps…"));
    withApi(operation, [this, operation](OAuth::OAuthAppsApi *api) {
        m_registry.fetchMore(
            api, [this, operation](const PortalError &error) { onPagesLoaded(operation, error); });
    });
}

void OAuthAppsPage::loadAll()
{
    if (!currentPortal() || isBusy() || !hasMoreApps())
        return;
    QObject *operation = beginOperation(tr("Loading all apps…"));
    withApi(operation, [this, operation](OAuth::OAuthAppsApi *api) {
        m_registry.fetchAll(api,
                            [this, operation](const PortalError &error) { onPagesLoaded(operation, error); });
    });
}

void OAuthAppsPage::onPagesLoaded(QObject *operation, const PortalError &error)
{
    if (!isCurrent(operation))
        return;
    refreshList();
    if (error.isError())
        return finishWithError(error, tr("The apps were not loaded."));
    // The shown app may have changed on the portal meanwhile; an edited one stays as edited.
    if (shownApp() && !m_form->isDirty())
        showKey(m_shownKey);
    else if (m_shownKey.startsWith(appPrefix) && !shownApp())
        showKey(QString());
    endOperation();
}

void OAuthAppsPage::refreshApp(QObject *operation, OAuth::OAuthAppsApi *api, const QString &clientId,
                               bool reloadForm)
{
    api->get(clientId, [this, operation, clientId, reloadForm](const PortalError &error,
                                                               const OAuth::RegisteredApp &registered) {
        if (!isCurrent(operation))
            return;
        if (error.isError())
            return finishWithError(error, tr("The change was made, but the app could not be read back."));
        m_registry.put(registered);
        refreshList();
        if (m_shownKey == appPrefix + clientId && (reloadForm || !m_form->isDirty()))
            showKey(m_shownKey);
        updateHeader();
        endOperation();
    });
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
    const OAuthApp app = m_form->app();
    QString id = shownDraft() ? shownDraft()->id : QString();
    const QString error = m_draftFolder.save(id, app);
    if (!error.isEmpty()) {
        showNotice(VerdictBanner::State::Invalid, tr("The draft was not saved. %1").arg(error));
        return;
    }
    m_form->markClean();
    loadDrafts();
    m_shownKey = draftPrefix + id;
    refreshList();
    updateHeader();
    updateActions();
    showNotice(VerdictBanner::State::Neutral, QString());
}

void OAuthAppsPage::exportDraft()
{
    const OAuthApp app = m_form->app();
    if (app.name.isEmpty())
        return;
    const QString path =
        m_chooseFile ? m_chooseFile(FilePurpose::ExportDraft, fileNameFor(app.name)) : QString();
    if (path.isEmpty())
        return;
    const QString error = AppDraftFolder::writeJson(path, app.toCreateJson());
    if (!error.isEmpty()) {
        showNotice(VerdictBanner::State::Invalid, tr("The draft was not exported. %1").arg(error));
        return;
    }
    showNotice(VerdictBanner::State::Valid,
               tr("“%1” exported to %2.").arg(app.name, QDir::toNativeSeparators(path)));
}

void OAuthAppsPage::importDraft()
{
    whenChangesHandled([this] {
        const QString path = m_chooseFile ? m_chooseFile(FilePurpose::ImportDraft, QString()) : QString();
        if (path.isEmpty())
            return;
        QString error;
        const QJsonObject body = AppDraftFolder::readJson(path, &error);
        if (!error.isEmpty()) {
            showNotice(VerdictBanner::State::Invalid, tr("Nothing was imported. %1").arg(error));
            return;
        }
        // Through the create body: what the portal assigned (a client ID, dates) is no part of a draft.
        const OAuthApp app = OAuthApp::fromJson(OAuthApp::fromJson(body).toCreateJson());
        QString id;
        const QString saveError = m_draftFolder.save(id, app);
        if (!saveError.isEmpty()) {
            showNotice(VerdictBanner::State::Invalid, tr("Nothing was imported. %1").arg(saveError));
            return;
        }
        loadDrafts();
        m_shownKey = draftPrefix + id;
        refreshList();
        showKey(draftPrefix + id);

        // What the file has that the form cannot show: wrong JSON types, fields the portal ignores, a secret.
        const OAuth::OAuthAppValidator validator(m_scopes);
        QStringList fileOnly;
        bool errors = false;
        const QList<OAuthAppIssue> formIssues = validator.validate(app);
        for (const OAuthAppIssue &issue : validator.validateJson(body)) {
            const bool shownInForm =
                std::any_of(formIssues.cbegin(), formIssues.cend(), [&issue](const OAuthAppIssue &f) {
                    return f.field == issue.field && f.index == issue.index && f.message == issue.message;
                });
            if (shownInForm)
                continue;
            fileOnly.append(issue.message);
            errors = errors || issue.isError();
        }
        const QString imported =
            tr("“%1” imported from %2 as a draft.")
                .arg(app.name.isEmpty() ? tr("(no name)") : app.name, QFileInfo(path).fileName());
        if (fileOnly.isEmpty())
            showNotice(VerdictBanner::State::Valid, imported);
        else
            showNotice(errors ? VerdictBanner::State::Invalid : VerdictBanner::State::Warning,
                       imported + QLatin1Char('\n') + fileOnly.join(QLatin1Char('\n')));
    });
}

// --- registered apps ---

void OAuthAppsPage::registerApp()
{
    const PortalProfile *portal = currentPortal();
    if (!portal || isBusy() || !m_form->canRegister())
        return;
    const OAuthApp app = m_form->app();
    const QString portalName = portal->name;
    // Not cancellable: the portal may register the app even when the answer is dropped, and then its secret
    // would be lost.
    QObject *operation = beginOperation(tr("Registering “%1” on %2…").arg(app.name, portalName), false);
    withApi(operation, [this, operation, app, portalName](OAuth::OAuthAppsApi *api) {
        api->create(app.toCreateJson(), [this, operation, app, portalName](
                                            const PortalError &error, const OAuth::RegisteredApp &created) {
            if (!isCurrent(operation))
                return;
            if (error.isError()) {
                if (!error.fieldErrors().isEmpty())
                    m_form->setServerIssues(OAuthAppIssue::fromServerErrors(error.fieldErrors()));
                updateActions();
                return finishWithError(error, tr("%1 did not register the app.").arg(portalName));
            }
            const OAuthApp &registered = created.app;
            endOperation();
            if (!registered.isRegistered()) {
                showNotice(VerdictBanner::State::Invalid,
                           tr("%1 answered without a client ID; reload the list to see whether the app was "
                              "registered.")
                               .arg(portalName));
                return;
            }
            m_registry.put(created);
            m_form->markClean(); // the draft's content went to the portal as it is
            m_shownKey = appPrefix + registered.clientId;
            refreshList();
            showKey(m_shownKey);
            showNotice(VerdictBanner::State::Valid,
                       tr("“%1” is registered on %2.").arg(registered.name, portalName));
            showSecret(ClientSecretDialog::Occasion::Registered, registered, created.clientSecret);
        });
    });
}

void OAuthAppsPage::showSecret(ClientSecretDialog::Occasion occasion, const OAuthApp &app,
                               const QByteArray &secret)
{
    if (secret.isEmpty()) {
        showNotice(
            VerdictBanner::State::Warning,
            tr("The portal sent no client secret for “%1”; Show secret asks for it again.").arg(app.name));
        return;
    }
    auto *dialog =
        new ClientSecretDialog(occasion, app.name, app.clientId, secret, m_secrets, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OAuthAppsPage::updateApp()
{
    const OAuthApp *registered = shownApp();
    if (!registered || isBusy() || !m_form->isDirty() || !m_form->canUpdate())
        return;
    const OAuthApp app = m_form->app();
    const PortalProfile *portal = currentPortal();
    const QString portalName = portal ? portal->name : QString();
    QObject *operation = beginOperation(tr("Updating “%1” on %2…").arg(registered->name, portalName));
    withApi(operation, [this, operation, app, portalName](OAuth::OAuthAppsApi *api) {
        api->update(app.clientId, app.toUpdateJson(),
                    [this, operation, api, app, portalName](const PortalError &error) {
                        if (!isCurrent(operation))
                            return;
                        if (error.isError()) {
                            if (!error.fieldErrors().isEmpty())
                                m_form->setServerIssues(OAuthAppIssue::fromServerErrors(error.fieldErrors()));
                            return finishWithError(error, tr("%1 did not update the app.").arg(portalName));
                        }
                        m_busy->setText(tr("Reading the app back…"));
                        refreshApp(operation, api, app.clientId, true);
                    });
    });
}

void OAuthAppsPage::toggleEnabled()
{
    const OAuthApp *registered = shownApp();
    if (!registered || isBusy())
        return;
    const QString clientId = registered->clientId;
    const bool enable = !registered->enabled;
    QObject *operation = beginOperation(enable ? tr("Enabling “%1”…").arg(registered->name)
                                               : tr("Disabling “%1”…").arg(registered->name));
    withApi(operation, [this, operation, clientId, enable](OAuth::OAuthAppsApi *api) {
        api->setEnabled(clientId, enable, [this, operation, api, clientId](const PortalError &error) {
            if (!isCurrent(operation))
                return;
            if (error.isError())
                return finishWithError(error, QString());
            refreshApp(operation, api, clientId, false);
        });
    });
}

void OAuthAppsPage::regenerateSecret()
{
    const OAuthApp *registered = shownApp();
    if (!registered || isBusy())
        return;
    const OAuthApp app = *registered;
    confirm(tr("Regenerate the client secret"), tr("Make a new client secret for “%1”?").arg(app.name),
            tr("The current secret stops working at once: every integration that uses it must get the new "
               "one. If the current secret is only misplaced, Show secret reads it again instead."),
            tr("Re&generate"), QStringLiteral("regenerateConfirmation"), [this, app] {
                if (isBusy())
                    return;
                // Not cancellable: the portal may make the new secret even when the answer is dropped.
                QObject *operation =
                    beginOperation(tr("Making a new client secret for “%1”…").arg(app.name), false);
                withApi(operation, [this, operation, app](OAuth::OAuthAppsApi *api) {
                    api->regenerateSecret(app.clientId, [this, operation, app](const PortalError &error,
                                                                               const QByteArray &secret) {
                        if (!isCurrent(operation))
                            return;
                        if (error.isError())
                            return finishWithError(error, tr("No new secret was made."));
                        endOperation();
                        showSecret(ClientSecretDialog::Occasion::Regenerated, app, secret);
                    });
                });
            });
}

void OAuthAppsPage::revealSecret()
{
    const OAuthApp *registered = shownApp();
    if (!registered || isBusy())
        return;
    const OAuthApp app = *registered;
    QObject *operation = beginOperation(tr("Reading the client secret of “%1”…").arg(app.name));
    withApi(operation, [this, operation, app](OAuth::OAuthAppsApi *api) {
        // One app as GET /clients/{id} returns it, the only answer with the secret in clear; the list's is
        // encrypted and never used.
        api->get(app.clientId, [this, operation, app](const PortalError &error,
                                                      const OAuth::RegisteredApp &answer) {
            if (!isCurrent(operation))
                return;
            if (error.kind() == PortalError::Kind::NotFound) {
                PortalError explained = error;
                explained.setMessage(tr("The portal gives the client secret only to its admins and the app's "
                                        "creator, and did not find “%1” for this account.")
                                         .arg(app.name));
                return finishWithError(explained, QString());
            }
            if (error.isError())
                return finishWithError(error, tr("The client secret was not read."));
            endOperation();
            showSecret(ClientSecretDialog::Occasion::Shown, app, answer.clientSecret);
        });
    });
}

void OAuthAppsPage::deleteCurrent()
{
    if (isBusy())
        return;
    if (const AppDraftFolder::Draft *draft = shownDraft()) {
        const QString id = draft->id;
        const QString name = draft->app.name.isEmpty() ? tr("(no name)") : draft->app.name;
        confirm(tr("Delete draft"), tr("Delete the draft “%1”?").arg(name),
                tr("Its file is deleted from this computer. Apps registered from it stay on their portals."),
                tr("&Delete"), QStringLiteral("deleteConfirmation"), [this, id] {
                    const QString error = m_draftFolder.remove(id);
                    if (!error.isEmpty()) {
                        showNotice(VerdictBanner::State::Invalid, error);
                        return;
                    }
                    loadDrafts();
                    if (m_shownKey == draftPrefix + id)
                        showKey(QString());
                    refreshList();
                });
        return;
    }
    const OAuthApp *registered = shownApp();
    if (!registered)
        return;
    const OAuthApp app = *registered;
    const PortalProfile *portal = currentPortal();
    const QString portalName = portal ? portal->name : QString();
    confirm(tr("Delete app"), tr("Delete the app “%1” on %2?").arg(app.name, portalName),
            tr("Every integration that uses it stops working at once: its sign-ins and tokens are refused. "
               "This cannot be undone."),
            tr("&Delete"), QStringLiteral("deleteConfirmation"), [this, app] {
                if (isBusy())
                    return;
                QObject *operation = beginOperation(tr("Deleting “%1”…").arg(app.name), false);
                withApi(operation, [this, operation, app](OAuth::OAuthAppsApi *api) {
                    api->remove(app.clientId, [this, operation, app](const PortalError &error) {
                        if (!isCurrent(operation))
                            return;
                        if (error.isError())
                            return finishWithError(error, tr("The app was not deleted."));
                        m_registry.remove(app.clientId);
                        // The secret kept in the keychain stays (the user named it); which name it had is
                        // of no use any more.
                        AppSecretNames::forget(app.clientId);
                        endOperation();
                        if (m_shownKey == appPrefix + app.clientId)
                            showKey(QString());
                        refreshList();
                        showNotice(VerdictBanner::State::Valid, tr("“%1” is deleted.").arg(app.name));
                    });
                });
            });
}

void OAuthAppsPage::tryIt()
{
    const OAuthApp *registered = shownApp();
    const PortalProfile *portal = currentPortal();
    if (!registered || !portal || isBusy())
        return;
    auto *dialog = new TryItDialog(*portal, *registered, m_secrets, m_clipboard, m_openUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TryItDialog::inspectRequested, this, &OAuthAppsPage::inspectTokenRequested);
    dialog->open();
}

} // namespace PortalKeys::Ui
