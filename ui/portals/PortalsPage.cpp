#include "portals/PortalsPage.h"

#include "portals/CertificateDialog.h"
#include "portals/ConnectionResultView.h"
#include "portals/PortalActionBar.h"
#include "portals/PortalDialog.h"
#include "portals/PortalEdits.h"
#include "portals/PortalEmptyState.h"
#include "portals/PortalList.h"
#include "portals/PortalSteps.h"
#include "portals/SignInDialog.h"
#include "shell/Resources.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/VerdictBanner.h"

#include "portal/PortalListModel.h"
#include "portal/PortalSession.h"

#include <QAction>
#include <QDesktopServices>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Portal::CredentialKind;
using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

PortalsPage::PortalsPage(SecretStore *secrets, const QString &profilesPath, QWidget *parent)
    : PortalsPage(secrets, new Portal::PortalListModel(profilesPath), parent)
{
    m_portals->setParent(this);
}

PortalsPage::PortalsPage(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_portals(portals)
{
    ensureResourcesLoaded();
    createWidgets();
    connectSteps();
    showProfiles();
    connect(m_portals, &Portal::PortalListModel::profilesChanged, this, &PortalsPage::showProfiles);
}

PortalsPage::~PortalsPage()
{
    // Stop a running step now: its answers must not arrive while the page's members are being destroyed.
    m_steps->abort();
}

void PortalsPage::createActions()
{
    // Window shortcuts of the page: they work wherever the focus is in the window (also in the sidebar) while
    // this page is shown, and not at all while another page is (actions of hidden widgets do not fire).
    m_addAction = new QAction(tr("Add a portal"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_addAction, &QAction::triggered, this, &PortalsPage::addPortal);
    m_testAction = new QAction(tr("Test connection"), this);
    m_testAction->setShortcut(QKeySequence::Refresh);
    m_testAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_testAction, &QAction::triggered, this, &PortalsPage::testConnection);
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &PortalsPage::cancelOperation);
    addActions({m_addAction, m_testAction, m_cancelAction});
}

void PortalsPage::createWidgets()
{
    auto *header = new PageHeader(tr("Portals"), tr("The portals PortalKeys connects to. Their keys, "
                                                    "passwords and tokens stay in the keychain."));
    createActions();
    m_actions = new PortalActionBar(m_addAction->shortcut(), m_testAction->shortcut());
    connect(m_actions, &PortalActionBar::addRequested, this, &PortalsPage::addPortal);
    connect(m_actions, &PortalActionBar::editRequested, this, &PortalsPage::editPortal);
    connect(m_actions, &PortalActionBar::removeRequested, this, &PortalsPage::removePortal);
    connect(m_actions, &PortalActionBar::signInRequested, this, &PortalsPage::signIn);
    connect(m_actions, &PortalActionBar::testRequested, this, &PortalsPage::testConnection);
    m_notice = new VerdictBanner;
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_emptyState = new PortalEmptyState(m_addAction->shortcut());
    connect(m_emptyState, &PortalEmptyState::addRequested, this, &PortalsPage::addPortal);

    m_list = new PortalList(m_portals);
    m_removeAction = new QAction(tr("Remove"), m_list);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &PortalsPage::removePortal);
    m_list->addAction(m_removeAction);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        showCurrentState();
        checkSecrets();
    });
    // Enter or a double click opens the portal, as in a file manager.
    connect(m_list, &QTreeWidget::itemActivated, this, &PortalsPage::editPortal);

    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_result = new ConnectionResultView;
    m_result->setObjectName(QStringLiteral("connectionResult"));
    connect(m_result, &ConnectionResultView::reviewCertificateRequested, this, [this] {
        const QString id = currentProfileId();
        offerCertificate(id, m_states.value(id).error.certificate(), [this, id] { runTest(id); });
    });

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 14, 16, 12);
    m_layout->setSpacing(10);
    m_layout->addWidget(header);
    m_layout->addSpacing(4);
    m_layout->addWidget(m_actions);
    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_emptyState, 1);
    m_layout->addWidget(m_list);
    m_layout->addWidget(m_busy);
    m_layout->addWidget(m_result);
    m_layout->addStretch(1);
    // The list comes after the buttons that act on it, as in a file dialog's toolbar and view.
    PageControls::chainTabOrder(m_actions->tabOrder() << m_list);
}

void PortalsPage::connectSteps()
{
    m_edits = new PortalEdits(m_portals, this);
    connect(m_edits, &PortalEdits::refused, this, &PortalsPage::showNotice);
    m_steps = new PortalSteps(
        m_secrets, m_busy, this, [this](const QString &id) { return profile(id); }, this);
    m_steps->setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    connect(m_steps, &PortalSteps::started, m_result, &ConnectionResultView::clear);
    connect(m_steps, &PortalSteps::busyChanged, this, [this](bool busy) {
        updateActions();
        if (busy)
            return;
        showCurrentState();
        emit operationFinished();
    });
    connect(m_steps, &PortalSteps::tested, this,
            [this](const QString &id, const Portal::ConnectionReport &report) {
                showTestResult(id, {}, report);
            });
    connect(m_steps, &PortalSteps::failed, this, &PortalsPage::showFailure);
    connect(m_steps, &PortalSteps::cancelled, this,
            [this] { m_result->showMessage(VerdictBanner::State::Neutral, tr("Cancelled.")); });
    connect(m_steps, &PortalSteps::signedIn, this, &PortalsPage::runTest);
    connect(m_steps, &PortalSteps::emailChanged, this, [this](const QString &id, const QString &email) {
        m_edits->change(id, [&email](PortalProfile &p) { p.user = email; });
        refreshList();
    });
    connect(m_steps, &PortalSteps::browserNotOpened, this, [this](const QUrl &url) {
        m_result->showMessage(
            VerdictBanner::State::Warning, tr("PortalKeys could not open a browser."),
            tr("Open this address in a browser yourself:\n%1").arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(m_steps, &PortalSteps::secretsRemoved, this, &PortalsPage::forgetProfile);
}

void PortalsPage::setUrlOpener(UrlOpener opener)
{
    m_steps->setUrlOpener(std::move(opener));
}

QString PortalsPage::currentProfileId() const
{
    return m_list->currentId();
}

void PortalsPage::selectProfile(const QString &profileId)
{
    m_list->selectId(profileId);
}

bool PortalsPage::isBusy() const
{
    return m_steps->isBusy();
}

const QList<PortalProfile> &PortalsPage::profiles() const
{
    return m_portals->profiles();
}

const PortalProfile *PortalsPage::profile(const QString &id) const
{
    return m_portals->profile(id);
}

void PortalsPage::showEvent(QShowEvent *event)
{
    // The command line may have changed the list meanwhile; take it up when the page is shown again.
    if (!event->spontaneous() && !isBusy() && !findChild<QDialog *>()) {
        m_portals->reload();
        showProfiles();
    }
    QWidget::showEvent(event);
}

void PortalsPage::showProfiles()
{
    // A dialog or a running step holds on to the portal as it was: an edit of one removed meanwhile is
    // refused when it is saved (PortalEdits).
    if (m_portals->loadError().isEmpty())
        m_notice->showVerdict(VerdictBanner::State::Neutral, QString());
    else
        showNotice(m_portals->loadError());
    refreshList();
}

void PortalsPage::showNotice(const QString &text)
{
    m_notice->showVerdict(VerdictBanner::State::Invalid, text);
}

void PortalsPage::refreshList()
{
    QHash<QString, PortalState> states;
    for (const PortalProfile &portal : profiles())
        states.insert(portal.id, stateOf(portal.id));
    m_list->refresh(states);
    updateActions();
    showCurrentState();
}

void PortalsPage::updateActions()
{
    const bool usable = m_portals->loadError().isEmpty();
    const bool empty = profiles().isEmpty();
    m_actions->setVisible(usable && !empty);
    m_emptyState->setVisible(usable && empty);
    m_list->setVisible(usable && !empty);
    // The empty state fills the page; otherwise the list keeps its height and the space goes below.
    m_layout->setStretch(m_layout->count() - 1, usable && empty ? 0 : 1);

    const bool busy = isBusy();
    const PortalProfile *current = profile(currentProfileId());
    m_actions->update(usable, busy, current);
    m_addAction->setEnabled(usable && !busy);
    m_emptyState->setEnabled(usable && !busy);
    m_removeAction->setEnabled(current && !busy);
    m_testAction->setEnabled(current && !busy);
    m_cancelAction->setEnabled(busy);
}

void PortalsPage::showCurrentState()
{
    const PortalProfile *current = profile(currentProfileId());
    if (!current) {
        m_result->clear();
        return;
    }
    m_result->showState(current->name, stateOf(current->id));
}

PortalState PortalsPage::stateOf(const QString &profileId) const
{
    if (m_states.contains(profileId))
        return m_states.value(profileId);
    const PortalProfile *portal = profile(profileId);
    return PortalState::remembered(portal ? portal->lastTest : Portal::TestRecord());
}

void PortalsPage::cancelOperation()
{
    m_steps->cancel();
}

void PortalsPage::showTestResult(const QString &profileId, const PortalError &error,
                                 const Portal::ConnectionReport &report)
{
    const PortalProfile *portal = profile(profileId);
    if (error.kind() == PortalError::Kind::Cancelled || !portal)
        return;
    setState(profileId, PortalState::from(error, report));
    // Kept for the next start; a portal removed or moved meanwhile keeps nothing, which needs no word.
    m_portals->update(
        Portal::TestRecord::keep(profileId, portal->baseUrl, Portal::TestRecord::of(error, report)));
}

void PortalsPage::setState(const QString &profileId, const PortalState &state)
{
    m_states.insert(profileId, state);
    m_list->setState(profileId, state);
    if (profileId == currentProfileId())
        showCurrentState();
}

void PortalsPage::checkSecrets()
{
    delete m_secretCheck; // the answer for the portal selected before is of no use now
    m_secretCheck = nullptr;
    const PortalProfile *current = profile(currentProfileId());
    if (!current || m_states.contains(current->id))
        return;
    m_secretCheck = new QObject(this);
    const QString id = current->id;
    Portal::PortalSession::checkSecrets(
        m_secrets, *current, m_secretCheck, [this, id](const PortalError &missing) {
            // A keychain failure is for a test to explain; a test that ran meanwhile knows better.
            if (missing.kind() == PortalError::Kind::Unauthorized && !m_states.contains(id) && profile(id))
                setState(id, PortalState::secretMissing(missing));
        });
}

void PortalsPage::addPortal()
{
    if (isBusy() || !m_portals->loadError().isEmpty())
        return;
    auto *dialog = new PortalDialog(m_secrets, profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PortalProfile added = dialog->profile();
        if (!m_edits->add(added)) {
            // Without its entry nothing would ever find these secrets again.
            Portal::PortalSession::removeSecrets(m_secrets, added, this, [](const PortalError &) {});
            return;
        }
        m_states.remove(added.id);
        refreshList();
        selectProfile(added.id);
        m_list->setFocus();
        // The next step is obvious, so take it: OAuth needs the browser sign-in, the others a first test.
        if (added.kind == CredentialKind::OAuth2)
            startBrowserSignIn(added.id);
        else
            runTest(added.id);
    });
    dialog->open();
}

void PortalsPage::editPortal()
{
    const PortalProfile *current = profile(currentProfileId());
    if (!current || isBusy())
        return;
    auto *dialog = new PortalDialog(m_secrets, profiles(), *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PortalProfile edited = dialog->profile();
        if (!m_edits->replace(edited))
            return;
        m_states.remove(edited.id);
        refreshList();
        selectProfile(edited.id);
        m_list->setFocus();
        runTest(edited.id);
    });
    dialog->open();
}

void PortalsPage::removePortal()
{
    const PortalProfile *current = profile(currentProfileId());
    if (current && !isBusy())
        m_steps->askToRemove(*current);
}

void PortalsPage::forgetProfile(const PortalProfile &removed, const PortalError &error)
{
    if (error.isError()) {
        showNotice(tr("“%1” was not removed, because its secrets could not be deleted from the keychain. %2")
                       .arg(removed.name, error.message()));
        return;
    }
    int row = 0;
    while (row < profiles().size() && profiles().at(row).id != removed.id)
        ++row;
    m_states.remove(removed.id);
    m_edits->remove(removed.id);
    refreshList();
    // Keep the selection where it was, as list views do after a deletion.
    if (!profiles().isEmpty()) {
        selectProfile(profiles().value(qMin(row, int(profiles().size()) - 1)).id);
        m_list->setFocus();
    }
}

void PortalsPage::testConnection()
{
    runTest(currentProfileId());
}

void PortalsPage::runTest(const QString &id)
{
    const PortalProfile *current = profile(id);
    if (current && !isBusy())
        m_steps->test(*current);
}

void PortalsPage::showFailure(const QString &id, const PortalError &error, std::function<void()> retry)
{
    showTestResult(id, error, {});
    if (error.kind() == PortalError::Kind::Tls && !error.certificate().isNull())
        offerCertificate(id, error.certificate(), [this, retry = std::move(retry)] {
            if (retry && !isBusy())
                retry();
        });
}

void PortalsPage::offerCertificate(const QString &id, const Portal::CertificateInfo &certificate,
                                   std::function<void()> retry)
{
    const PortalProfile *current = profile(id);
    if (!current || certificate.isNull())
        return;
    auto *dialog = new CertificateDialog(certificate, current->name, current->baseUrl.host(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id, sha256 = certificate.sha256, retry = std::move(retry)] {
                if (m_edits->change(id, [&sha256](PortalProfile &p) { p.pinnedSha256 = sha256; }) && retry)
                    retry();
            });
    dialog->open();
}

void PortalsPage::signIn()
{
    const PortalProfile *current = profile(currentProfileId());
    if (!current || isBusy())
        return;
    if (current->kind == CredentialKind::OAuth2)
        startBrowserSignIn(current->id);
    else if (current->kind == CredentialKind::Token && !current->user.isEmpty())
        askForPasswordSignIn(current->id);
}

void PortalsPage::startBrowserSignIn(const QString &id)
{
    const PortalProfile *current = profile(id);
    if (current && !isBusy())
        m_steps->browserSignIn(*current);
}

void PortalsPage::askForPasswordSignIn(const QString &id)
{
    const PortalProfile *current = profile(id);
    if (!current)
        return;
    auto *dialog = new SignInDialog(current->name, current->user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        const PortalProfile *portal = profile(id);
        if (portal && !isBusy())
            m_steps->passwordSignIn(*portal, dialog->email(), dialog->password());
    });
    dialog->open();
}

} // namespace PortalKeys::Ui
