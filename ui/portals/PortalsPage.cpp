#include "portals/PortalsPage.h"

#include "portals/CertificateDialog.h"
#include "portals/ConnectionResultView.h"
#include "portals/PasswordSignIn.h"
#include "portals/PortalCalls.h"
#include "portals/PortalDialog.h"
#include "portals/PortalList.h"
#include "portals/SignInDialog.h"
#include "shell/Resources.h"
#include "widgets/BusyBar.h"
#include "widgets/VerdictBanner.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "portal/ConnectionTest.h"
#include "portal/PortalClient.h"
#include "portal/PortalListModel.h"
#include "portal/PortalSession.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Portal::CredentialKind;
using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

namespace {

QString withShortcut(const QString &tip, const QKeySequence &shortcut)
{
    return shortcut.isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText));
}

// Edits the portal with `id` in the list as it is in the file; refuses when it is gone meanwhile.
Portal::ProfileStore::Change changeProfile(const QString &id, const QString &name,
                                           std::function<void(PortalProfile &)> edit)
{
    return [id, name, edit = std::move(edit)](QList<PortalProfile> &profiles) {
        for (PortalProfile &profile : profiles) {
            if (profile.id == id) {
                edit(profile);
                return QString();
            }
        }
        return PortalsPage::tr("“%1” was removed meanwhile (on the command line or in another window); "
                               "nothing was changed.")
            .arg(name);
    };
}

} // namespace

PortalsPage::PortalsPage(SecretStore *secrets, const QString &profilesPath, QWidget *parent)
    : PortalsPage(secrets, new Portal::PortalListModel(profilesPath), parent)
{
    m_portals->setParent(this);
}

PortalsPage::PortalsPage(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_portals(portals)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    ensureResourcesLoaded();
    createWidgets();
    showProfiles();
    connect(m_portals, &Portal::PortalListModel::profilesChanged, this, &PortalsPage::showProfiles);
}

PortalsPage::~PortalsPage()
{
    // Stop a running step now: its answers must not arrive while the page's members are being destroyed.
    QObject *operation = m_operation;
    m_operation = nullptr;
    const std::function<void()> cancel = std::move(m_cancelStep);
    if (cancel)
        cancel();
    cancelPortalCalls(operation);
    delete operation;
}

void PortalsPage::createWidgets()
{
    auto *heading = new QLabel(tr("Portals"));
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro =
        new QLabel(tr("The portals PortalKeys connects to. Their keys, passwords and tokens stay in "
                      "the keychain."));
    intro->setObjectName(QStringLiteral("pageIntro"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

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

    m_addButton = new QPushButton(tr("&Add…"));
    m_addButton->setObjectName(QStringLiteral("addPortal"));
    m_addButton->setToolTip(withShortcut(tr("Add a portal"), m_addAction->shortcut()));
    connect(m_addButton, &QPushButton::clicked, this, &PortalsPage::addPortal);
    m_editButton = new QPushButton(tr("&Edit…"));
    m_editButton->setObjectName(QStringLiteral("editPortal"));
    m_editButton->setToolTip(tr("Change the name, address or credentials of the selected portal"));
    connect(m_editButton, &QPushButton::clicked, this, &PortalsPage::editPortal);
    m_removeButton = new QPushButton(tr("&Remove…"));
    m_removeButton->setObjectName(QStringLiteral("removePortal"));
    m_removeButton->setToolTip(
        withShortcut(tr("Remove the selected portal and its secrets"), QKeySequence(QKeySequence::Delete)));
    connect(m_removeButton, &QPushButton::clicked, this, &PortalsPage::removePortal);
    m_signInButton = new QPushButton;
    m_signInButton->setObjectName(QStringLiteral("signIn"));
    connect(m_signInButton, &QPushButton::clicked, this, &PortalsPage::signIn);
    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setToolTip(withShortcut(tr("Check the address and the credentials: who PortalKeys is "
                                             "signed in as, and whether that account is a portal admin"),
                                          m_testAction->shortcut()));
    connect(m_testButton, &QPushButton::clicked, this, &PortalsPage::testConnection);

    m_toolbar = new QWidget;
    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    toolbarLayout->addWidget(m_addButton);
    toolbarLayout->addWidget(m_editButton);
    toolbarLayout->addWidget(m_removeButton);
    toolbarLayout->addStretch();
    toolbarLayout->addWidget(m_signInButton);
    toolbarLayout->addWidget(m_testButton);

    m_notice = new VerdictBanner;
    m_notice->setObjectName(QStringLiteral("pageNotice"));

    // What a first start shows: one clear thing to do.
    m_emptyState = new QWidget;
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *emptyIcon = new QLabel;
    emptyIcon->setPixmap(QIcon(QStringLiteral(":/icons/page-portals.svg")).pixmap(56, 56));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyTitle = new QLabel(tr("No portals yet"));
    emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    emptyTitle->setAlignment(Qt::AlignCenter);
    QFont emptyTitleFont = emptyTitle->font();
    emptyTitleFont.setPointSizeF(emptyTitleFont.pointSizeF() * 1.25);
    emptyTitleFont.setBold(true);
    emptyTitle->setFont(emptyTitleFont);
    auto *emptyText =
        new QLabel(tr("Add the first portal you administer: its address, and how PortalKeys signs "
                      "in — with an API key, your e-mail and password, a token, or OAuth 2.0."));
    emptyText->setObjectName(QStringLiteral("emptyText"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    // A fixed width keeps a short, centred paragraph; a wrapped label in a centred layout cell would be cut.
    emptyText->setFixedWidth(440);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyAdd = new QPushButton(tr("&Add a portal…"));
    emptyAdd->setObjectName(QStringLiteral("addFirstPortal"));
    emptyAdd->setToolTip(withShortcut(tr("Add a portal"), m_addAction->shortcut()));
    connect(emptyAdd, &QPushButton::clicked, this, &PortalsPage::addPortal);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->setSpacing(10);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(6);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    m_list = new PortalList(m_portals);
    m_removeAction = new QAction(tr("Remove"), m_list);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &PortalsPage::removePortal);
    m_list->addAction(m_removeAction);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        showCurrentState();
    });
    // Enter or a double click opens the portal, as in a file manager.
    connect(m_list, &QTreeWidget::itemActivated, this, &PortalsPage::editPortal);

    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("busyBar"));
    connect(m_busy, &BusyBar::cancelRequested, this, &PortalsPage::cancelOperation);
    m_result = new ConnectionResultView;
    m_result->setObjectName(QStringLiteral("connectionResult"));
    connect(m_result, &ConnectionResultView::reviewCertificateRequested, this, [this] {
        const QString id = currentProfileId();
        const PortalState state = m_states.value(id);
        offerCertificate(id, state.error.certificate(), [this, id] { runTest(id); });
    });

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 14, 16, 12);
    m_layout->setSpacing(10);
    m_layout->addWidget(heading);
    m_layout->addWidget(intro);
    m_layout->addSpacing(4);
    m_layout->addWidget(m_toolbar);
    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_emptyState, 1);
    m_layout->addWidget(m_list);
    m_layout->addWidget(m_busy);
    m_layout->addWidget(m_result);
    m_layout->addStretch(1);
    // The list comes after the buttons that act on it, as in a file dialog's toolbar and view.
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
    setTabOrder(m_removeButton, m_signInButton);
    setTabOrder(m_signInButton, m_testButton);
    setTabOrder(m_testButton, m_list);
}

void PortalsPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
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
    return m_operation != nullptr;
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
    // refused when it is saved (updateProfiles).
    if (m_portals->loadError().isEmpty())
        m_notice->showVerdict(VerdictBanner::State::Neutral, QString());
    else
        showNotice(m_portals->loadError());
    refreshList();
}

bool PortalsPage::updateProfiles(const Portal::ProfileStore::Change &change)
{
    const Portal::ProfileStore::LoadResult written = m_portals->update(change);
    if (!written.ok()) {
        showNotice(written.error);
        return false;
    }
    return true;
}

void PortalsPage::showNotice(const QString &text)
{
    m_notice->showVerdict(VerdictBanner::State::Invalid, text);
}

void PortalsPage::refreshList()
{
    m_list->refresh(m_states);
    updateActions();
    showCurrentState();
}

void PortalsPage::updateActions()
{
    const bool usable = m_portals->loadError().isEmpty();
    const bool empty = profiles().isEmpty();
    m_toolbar->setVisible(usable && !empty);
    m_emptyState->setVisible(usable && empty);
    m_list->setVisible(usable && !empty);
    // The empty state fills the page; otherwise the list keeps its height and the space goes below.
    m_layout->setStretch(m_layout->count() - 1, usable && empty ? 0 : 1);

    const bool busy = isBusy();
    const PortalProfile *current = profile(currentProfileId());
    m_addButton->setEnabled(usable && !busy);
    m_addAction->setEnabled(usable && !busy);
    m_emptyState->setEnabled(usable && !busy);
    for (QPushButton *button : {m_editButton, m_removeButton, m_testButton})
        button->setEnabled(current && !busy);
    m_removeAction->setEnabled(current && !busy);
    m_testAction->setEnabled(current && !busy);
    m_cancelAction->setEnabled(busy);

    const bool oauth = current && current->kind == CredentialKind::OAuth2;
    const bool passwordLogin = current && current->kind == CredentialKind::Token && !current->user.isEmpty();
    m_signInButton->setVisible(oauth || passwordLogin);
    m_signInButton->setEnabled(!busy);
    if (oauth) {
        m_signInButton->setText(tr("Sign in with &browser"));
        m_signInButton->setToolTip(
            tr("Sign in on the portal's page in your browser and allow PortalKeys access"));
    } else if (passwordLogin) {
        m_signInButton->setText(tr("Sign &in…"));
        m_signInButton->setToolTip(tr("Get a new login token with your e-mail and password"));
    }
}

void PortalsPage::showCurrentState()
{
    const PortalProfile *current = profile(currentProfileId());
    if (!current) {
        m_result->clear();
        return;
    }
    m_result->showState(current->name, m_states.value(current->id));
}

QObject *PortalsPage::beginOperation(const QString &text, bool cancellable)
{
    auto *operation = new QObject(this);
    m_operation = operation;
    m_cancelStep = {};
    m_busy->start(text, cancellable);
    m_result->clear();
    updateActions();
    return operation;
}

bool PortalsPage::isCurrent(const QObject *operation) const
{
    return operation && operation == m_operation;
}

void PortalsPage::endOperation()
{
    if (m_operation)
        m_operation->deleteLater(); // its objects may still be on the stack
    m_operation = nullptr;
    m_cancelStep = {};
    m_busy->stop();
    updateActions();
    showCurrentState();
    emit operationFinished();
}

void PortalsPage::cancelOperation()
{
    if (!m_operation || !m_busy->isBusy())
        return;
    // Forget the step before stopping it: whatever it reports while stopping is then ignored.
    QObject *operation = m_operation;
    const std::function<void()> cancel = std::move(m_cancelStep);
    m_operation = nullptr;
    m_cancelStep = {};
    if (cancel)
        cancel();
    cancelPortalCalls(operation); // also requests the step has no cancel for, e.g. renewing an OAuth token
    operation->deleteLater();
    m_busy->stop();
    updateActions();
    m_result->showMessage(VerdictBanner::State::Neutral, tr("Cancelled."));
    emit operationFinished();
}

void PortalsPage::showTestResult(const QString &profileId, const PortalError &error,
                                 const Portal::ConnectionReport &report)
{
    if (error.kind() == PortalError::Kind::Cancelled || !profile(profileId))
        return;
    const PortalState state = PortalState::from(error, report);
    m_states.insert(profileId, state);
    m_list->setState(profileId, state);
    if (profileId == currentProfileId())
        showCurrentState();
}

void PortalsPage::addPortal()
{
    if (isBusy() || !m_portals->loadError().isEmpty())
        return;
    auto *dialog = new PortalDialog(m_secrets, profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PortalProfile added = dialog->profile();
        const bool saved = updateProfiles([&added](QList<PortalProfile> &profiles) {
            if (Portal::ProfileStore::nameClash(profiles, added))
                return tr("A portal named “%1” was added meanwhile (on the command line or in another "
                          "window); nothing was changed.")
                    .arg(added.name);
            profiles.append(added);
            return QString();
        });
        if (!saved) {
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
        if (!updateProfiles(
                changeProfile(edited.id, edited.name, [&edited](PortalProfile &p) { p = edited; })))
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
    if (!current || isBusy())
        return;
    const QString id = current->id;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Remove portal"),
                        tr("Remove the portal “%1”?").arg(current->name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("PortalKeys forgets this portal and deletes its secrets from the keychain. "
                               "Nothing changes on the portal itself: an API key or OAuth app stays valid "
                               "there until you revoke it."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Removing deletes secrets that may exist nowhere else: Enter must not do it.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox sizes itself to the short question and wraps the explanation into a narrow column.
    box->setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton *clicked) {
        if (clicked == remove)
            removeProfile(id);
    });
    box->open();
}

void PortalsPage::removeProfile(const QString &id)
{
    const PortalProfile *current = profile(id);
    if (!current || isBusy())
        return;
    const PortalProfile removed = *current;
    // Not cancellable: a half-emptied keychain entry is worse than a short wait.
    QObject *operation = beginOperation(tr("Removing %1 and its secrets…").arg(removed.name), false);
    Portal::PortalSession::removeSecrets(
        m_secrets, removed, operation, [this, operation, removed](const PortalError &error) {
            if (!isCurrent(operation))
                return;
            endOperation();
            if (error.isError()) {
                showNotice(tr("“%1” was not removed, because its secrets could not be deleted from the "
                              "keychain. %2")
                               .arg(removed.name, error.message()));
                return;
            }
            int row = 0;
            while (row < profiles().size() && profiles().at(row).id != removed.id)
                ++row;
            m_states.remove(removed.id);
            updateProfiles([&removed](QList<PortalProfile> &profiles) {
                profiles.removeIf([&removed](const PortalProfile &p) { return p.id == removed.id; });
                return QString();
            });
            refreshList();
            // Keep the selection where it was, as list views do after a deletion.
            if (!profiles().isEmpty()) {
                selectProfile(profiles().value(qMin(row, int(profiles().size()) - 1)).id);
                m_list->setFocus();
            }
        });
}

void PortalsPage::testConnection()
{
    runTest(currentProfileId());
}

void PortalsPage::runTest(const QString &id)
{
    const PortalProfile *current = profile(id);
    if (!current || isBusy())
        return;
    const PortalProfile tested = *current;
    QObject *operation = beginOperation(tr("Testing the connection to %1…").arg(tested.name));
    auto *session = new Portal::PortalSession(tested, m_secrets, operation);
    session->open([this, operation, id](const PortalError &error, Portal::PortalClient *client) {
        if (!isCurrent(operation))
            return;
        if (error.isError())
            return finishWithError(id, error, [this, id] { runTest(id); });
        auto *test = new Portal::ConnectionTest(client, operation);
        m_cancelStep = [test] {
            test->cancel();
        };
        test->start(
            [this, operation, id](const PortalError &testError, const Portal::ConnectionReport &report) {
                if (!isCurrent(operation))
                    return;
                if (testError.isError())
                    return finishWithError(id, testError, [this, id] { runTest(id); });
                endOperation();
                showTestResult(id, testError, report);
            });
    });
}

void PortalsPage::finishWithError(const QString &id, const PortalError &error, std::function<void()> retry)
{
    endOperation();
    if (error.kind() == PortalError::Kind::Cancelled) {
        m_result->showMessage(VerdictBanner::State::Neutral, tr("Cancelled."));
        return;
    }
    showTestResult(id, error, {});
    if (error.kind() == PortalError::Kind::Tls && !error.certificate().isNull())
        offerCertificate(id, error.certificate(), std::move(retry));
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
                const PortalProfile *trusted = profile(id);
                if (!trusted)
                    return;
                if (!updateProfiles(changeProfile(id, trusted->name,
                                                  [sha256](PortalProfile &p) { p.pinnedSha256 = sha256; })))
                    return;
                if (retry)
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
    if (!current || isBusy())
        return;
    const PortalProfile portal = *current;
    QObject *operation = beginOperation(tr("Preparing the sign-in to %1…").arg(portal.name));
    auto *session = new Portal::PortalSession(portal, m_secrets, operation);
    const auto retry = [this, id] {
        startBrowserSignIn(id);
    };
    m_secrets->read(
        portal.secretKey(SecretSlot::ClientSecret), operation,
        [this, operation, id, portal, session, retry](const SecretError &readError,
                                                      const QByteArray &clientSecret) {
            if (!isCurrent(operation))
                return;
            // No stored secret is normal: a public client signs in with PKCE alone.
            if (readError.isError() && readError.kind() != SecretError::Kind::NotFound)
                return finishWithError(id, PortalError::keychain(readError.message()), {});
            OAuth::AuthorizationCodeFlow::Settings settings;
            settings.serverRoot = portal.oauthServer.isEmpty() ? portal.baseUrl : portal.oauthServer;
            settings.clientId = portal.clientId;
            settings.clientSecret = clientSecret;
            settings.scopes = portal.scopes;
            auto *flow = new OAuth::AuthorizationCodeFlow(session->client(), settings, operation);
            m_cancelStep = [flow] {
                flow->cancel();
            };
            connect(flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, operation,
                    [this, operation, portal](const QUrl &url) {
                        if (!isCurrent(operation))
                            return;
                        m_busy->setText(tr("Waiting for the browser… Sign in to %1 there and allow access.")
                                            .arg(portal.name));
                        if (!m_openUrl(url))
                            m_result->showMessage(VerdictBanner::State::Warning,
                                                  tr("PortalKeys could not open a browser."),
                                                  tr("Open this address in a browser yourself:\n%1")
                                                      .arg(url.toString(QUrl::FullyEncoded)));
                    });
            connect(flow, &OAuth::AuthorizationCodeFlow::exchangingCode, operation, [this, operation] {
                if (isCurrent(operation))
                    m_busy->setText(tr("Finishing the sign-in…"));
            });
            connect(
                flow, &OAuth::AuthorizationCodeFlow::succeeded, operation,
                [this, operation, id, portal](const OAuth::OAuthTokens &tokens, const OAuth::OAuthServer &) {
                    if (!isCurrent(operation))
                        return;
                    m_cancelStep = {};
                    m_busy->start(tr("Saving the tokens in the keychain…"), false);
                    QList<QPair<SecretSlot, QByteArray>> values{
                        {SecretSlot::AccessToken, tokens.accessToken}};
                    if (!tokens.refreshToken.isEmpty())
                        values.append({SecretSlot::RefreshToken, tokens.refreshToken});
                    Portal::PortalSession::storeSecrets(m_secrets, portal, values, operation,
                                                        [this, operation, id](const PortalError &error) {
                                                            if (!isCurrent(operation))
                                                                return;
                                                            if (error.isError())
                                                                return finishWithError(id, error, {});
                                                            endOperation();
                                                            runTest(id);
                                                        });
                });
            connect(flow, &OAuth::AuthorizationCodeFlow::failed, operation,
                    [this, operation, id, retry](const PortalError &error) {
                        if (isCurrent(operation))
                            finishWithError(id, error, retry);
                    });
            flow->start();
        });
}

void PortalsPage::askForPasswordSignIn(const QString &id)
{
    const PortalProfile *current = profile(id);
    if (!current)
        return;
    auto *dialog = new SignInDialog(current->name, current->user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id, dialog] { runPasswordSignIn(id, dialog->email(), dialog->password()); });
    dialog->open();
}

void PortalsPage::runPasswordSignIn(const QString &id, const QString &email, const QByteArray &password)
{
    const PortalProfile *current = profile(id);
    if (!current || isBusy())
        return;
    const PortalProfile portal = *current;
    QObject *operation = beginOperation(tr("Signing in to %1…").arg(portal.name));
    auto *client = new Portal::PortalClient(Portal::PortalSession::clientSettings(portal), operation);
    auto *signIn = new PasswordSignIn(client, email, password, portal.name, this, operation);
    m_cancelStep = [signIn] {
        signIn->cancel();
    };
    connect(signIn, &PasswordSignIn::waitingForCode, this,
            [this] { m_busy->setText(tr("Waiting for the two-factor code…")); });
    connect(signIn, &PasswordSignIn::checkingCode, this,
            [this] { m_busy->setText(tr("Checking the code…")); });
    connect(signIn, &PasswordSignIn::succeeded, this, [this, operation, id, email](const QByteArray &token) {
        if (!isCurrent(operation))
            return;
        m_cancelStep = {};
        m_busy->start(tr("Saving the token in the keychain…"), false);
        const PortalProfile *signedIn = profile(id);
        if (!signedIn)
            return endOperation();
        if (signedIn->user != email) {
            updateProfiles(changeProfile(id, signedIn->name, [email](PortalProfile &p) { p.user = email; }));
            refreshList();
            // The list was read again: the old entry is gone.
            signedIn = profile(id);
            if (!signedIn)
                return endOperation();
        }
        Portal::PortalSession::storeSecrets(m_secrets, *signedIn, {{SecretSlot::LoginToken, token}},
                                            operation, [this, operation, id](const PortalError &error) {
                                                if (!isCurrent(operation))
                                                    return;
                                                if (error.isError())
                                                    return finishWithError(id, error, {});
                                                endOperation();
                                                runTest(id);
                                            });
    });
    connect(signIn, &PasswordSignIn::failed, this,
            [this, operation, id, email, password](const PortalError &error) {
                if (isCurrent(operation))
                    finishWithError(id, error,
                                    [this, id, email, password] { runPasswordSignIn(id, email, password); });
            });
    signIn->start();
}

} // namespace PortalKeys::Ui
