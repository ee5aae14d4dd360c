// Developer tool, not a test: renders the main window on every page, and the dialogs, into PNG files
// so they can be looked at without a display:  portalkeys_screenshots OUTDIR
#include "apikeys/ApiKeyCreatedDialog.h"
#include "apikeys/ApiKeyDialog.h"
#include "apikeys/ApiKeysPage.h"
#include "history/HistoryDialog.h"
#include "oauthapps/AppForm.h"
#include "oauthapps/ClientSecretDialog.h"
#include "oauthapps/OAuthAppsPage.h"
#include "oauthapps/TryItDialog.h"
#include "portals/CertificateDialog.h"
#include "portals/PortalDialog.h"
#include "portals/PortalsPage.h"
#include "portals/SignInDialog.h"
#include "portals/TwoFactorDialog.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "thirdparty/ApplyDialog.h"
#include "thirdparty/ChangePreviewDialog.h"
#include "thirdparty/CompareDialog.h"
#include "thirdparty/ExportBundleDialog.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ThirdPartyPage.h"

#include "common/Translations.h"
#include "drafts/DraftStore.h"
#include "history/HistoryLog.h"
#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/PortalBrowser.h"
#include "support/PortalSimulator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>

using namespace PortalKeys::Ui;

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget &widget, const QString &path)
{
    widget.show();
    // A changed text re-lays out one nesting level per pass of the event loop.
    settle(50);
    widget.grab().save(path);
}

using namespace PortalKeys::Portal;

// Lists exactly `profiles` (through the locked update, the only way to change the list).
QString seedPortals(const ProfileStore &store, const QList<PortalProfile> &profiles)
{
    return store
        .update([&profiles](QList<PortalProfile> &list) {
            list = profiles;
            return QString();
        })
        .error;
}

PortalProfile screenshotProfile(const QString &name, const QString &url, CredentialKind kind)
{
    return PortalProfile::create(name, QUrl(url), kind);
}

CertificateInfo selfSignedCertificate()
{
    CertificateInfo info;
    info.subject = QStringLiteral("docspace.lab.internal, Example Lab, DE");
    info.issuer = info.subject;
    info.selfSigned = true;
    info.notBefore = QDateTime(QDate(2026, 1, 12), QTime(9, 30), Qt::UTC);
    info.notAfter = QDateTime(QDate(2027, 1, 12), QTime(9, 30), Qt::UTC);
    info.sha256 = QStringLiteral("3f1a9c0b7d2e4f6a8b9c0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c");
    info.problems = {
        QStringLiteral("The certificate is self-signed, and untrusted."),
        QStringLiteral("The host name did not match any of the valid hosts for this certificate.")};
    return info;
}

// The Portals page in the main window: empty, with tested portals, with errors, busy; and its dialogs.
void savePortalScreenshots(const QDir &out)
{
    {
        MainWindow window(PageId::Portals);
        window.resize(1000, 680);
        save(window, out.filePath(QStringLiteral("portals-empty.png")));
    }

    PortalProfile production = screenshotProfile(
        QStringLiteral("production"), QStringLiteral("https://docspace.example.com"), CredentialKind::ApiKey);
    PortalProfile staging = screenshotProfile(
        QStringLiteral("staging"), QStringLiteral("https://staging.example.com"), CredentialKind::Token);
    staging.user = QStringLiteral("ada@example.com");
    PortalProfile lab = screenshotProfile(
        QStringLiteral("lab"), QStringLiteral("https://docspace.lab.internal:8443"), CredentialKind::Basic);
    lab.user = QStringLiteral("admin@example.com");
    PortalProfile integrations =
        screenshotProfile(QStringLiteral("integrations"), QStringLiteral("https://docspace.example.com"),
                          CredentialKind::OAuth2);
    integrations.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const QString saveError = seedPortals(ProfileStore(), {production, staging, lab, integrations});
    if (!saveError.isEmpty())
        qFatal("%s", qPrintable(saveError));

    MainWindow window(PageId::Portals);
    window.resize(1000, 680);
    auto *page = window.findChild<PortalsPage *>();
    ConnectionReport ada;
    ada.displayName = QStringLiteral("Ada Admin");
    ada.email = QStringLiteral("admin@example.com");
    ada.isAdmin = true;
    ada.isOwner = true;
    ada.roundTripMs = 42;
    ada.portal.version = QStringLiteral("3.7.2");
    ada.portal.docSpace = true;
    ada.portal.standalone = true;
    page->showTestResult(production.id, {}, ada);
    ConnectionReport uma;
    uma.displayName = QStringLiteral("Uma User");
    uma.email = QStringLiteral("ada@example.com");
    uma.roundTripMs = 118;
    uma.portal.version = QStringLiteral("3.8.0");
    uma.portal.docSpace = true;
    page->showTestResult(staging.id, {}, uma);
    page->selectProfile(production.id);
    save(window, out.filePath(QStringLiteral("portals-tested.png")));
    page->selectProfile(staging.id);
    save(window, out.filePath(QStringLiteral("portals-not-admin.png")));

    PortalError tls(
        PortalError::Kind::Tls,
        QStringLiteral("The certificate of docspace.lab.internal is not trusted: it is self-signed. "
                       "Check it and trust it for this portal, or fix the server's certificate."));
    tls.setCertificate(selfSignedCertificate());
    page->showTestResult(lab.id, tls, {});
    PortalError unauthorized(
        PortalError::Kind::Unauthorized,
        QStringLiteral("The portal answered, but did not accept the credentials: they are "
                       "wrong, expired or revoked."));
    unauthorized.setHttpStatus(401);
    page->showTestResult(integrations.id, unauthorized, {});
    page->selectProfile(lab.id);
    save(window, out.filePath(QStringLiteral("portals-error.png")));
    page->selectProfile(integrations.id);
    save(window, out.filePath(QStringLiteral("portals-oauth-error.png")));
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("portals-minimum.png")));

    // Busy: a test against a local server that takes the connection and never answers.
    {
        QTcpServer silentServer;
        silentServer.listen(QHostAddress::LocalHost);
        PortalKeys::MemorySecretStore secrets;
        PortalProfile silent = screenshotProfile(
            QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:%1").arg(silentServer.serverPort()),
            CredentialKind::ApiKey);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        seedPortals(ProfileStore(path), {silent});
        bool written = false;
        secrets.write(silent.secretKey(SecretSlot::ApiKey), "sk-silent", qApp,
                      [&](const PortalKeys::SecretError &) { written = true; });
        while (!written)
            QApplication::processEvents();
        PortalsPage busy(&secrets, path);
        busy.resize(820, 420);
        busy.show();
        busy.testConnection();
        settle(300);
        save(busy, out.filePath(QStringLiteral("portals-busy.png")));
    }
    // A portal whose secret is gone from the keychain, selected: "Secret missing", not an error.
    {
        PortalKeys::MemorySecretStore secrets;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        seedPortals(ProfileStore(path), {production, staging});
        PortalsPage missing(&secrets, path);
        missing.resize(820, 420);
        missing.show();
        missing.selectProfile(staging.id);
        settle(300);
        save(missing, out.filePath(QStringLiteral("portals-secret-missing.png")));
    }

    PortalKeys::MemorySecretStore secrets;
    const QList<QPair<CredentialKind, QString>> kinds = {{CredentialKind::ApiKey, QStringLiteral("apikey")},
                                                         {CredentialKind::Basic, QStringLiteral("basic")},
                                                         {CredentialKind::Token, QStringLiteral("token")},
                                                         {CredentialKind::OAuth2, QStringLiteral("oauth2")}};
    for (const auto &kind : kinds) {
        PortalDialog dialog(&secrets, {});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("credentialKind"));
        combo->setCurrentIndex(combo->findData(int(kind.first)));
        dialog.findChild<QLineEdit *>(QStringLiteral("portalName"))->setText(QStringLiteral("production"));
        dialog.findChild<QLineEdit *>(QStringLiteral("portalUrl"))
            ->setText(QStringLiteral("docspace.example.com"));
        if (kind.first == CredentialKind::OAuth2) {
            dialog.findChild<QLineEdit *>(QStringLiteral("clientId"))
                ->setText(QStringLiteral("11111111-2222-3333-4444-555555555555"));
            dialog.findChild<QToolButton *>(QStringLiteral("advanced"))->click();
        }
        dialog.adjustSize();
        save(dialog, out.filePath(QStringLiteral("portal-dialog-%1.png").arg(kind.second)));
        if (kind.first == CredentialKind::Token) {
            dialog.findChild<QRadioButton *>(QStringLiteral("tokenPaste"))->setChecked(true);
            dialog.adjustSize();
            save(dialog, out.filePath(QStringLiteral("portal-dialog-token-paste.png")));
        }
    }
    {
        PortalDialog dialog(&secrets, {});
        dialog.findChild<QLineEdit *>(QStringLiteral("portalName"))->setText(QStringLiteral("production"));
        dialog.findChild<QLineEdit *>(QStringLiteral("portalUrl"))
            ->setText(QStringLiteral("http://portal.example.com"));
        dialog.adjustSize();
        save(dialog, out.filePath(QStringLiteral("portal-dialog-invalid-url.png")));
    }
    {
        PortalProfile pinned = lab;
        pinned.pinnedSha256 = selfSignedCertificate().sha256;
        PortalDialog dialog(&secrets, {production, staging, pinned}, pinned);
        dialog.adjustSize();
        save(dialog, out.filePath(QStringLiteral("portal-dialog-edit.png")));
    }
    CertificateDialog certificate(selfSignedCertificate(), QStringLiteral("lab"),
                                  QStringLiteral("docspace.lab.internal"));
    certificate.adjustSize();
    save(certificate, out.filePath(QStringLiteral("certificate-dialog.png")));
    TwoFactorDialog twoFactor(QStringLiteral("tfa@example.com"), QStringLiteral("staging"));
    save(twoFactor, out.filePath(QStringLiteral("two-factor-dialog.png")));
    SignInDialog signIn(QStringLiteral("staging"), QStringLiteral("ada@example.com"));
    save(signIn, out.filePath(QStringLiteral("sign-in-dialog.png")));

    // The keychain refuses: the dialog stays open with everything typed and says why.
    {
        PortalKeys::MemorySecretStore locked;
        locked.failWith(PortalKeys::SecretError::unavailable(QStringLiteral("no Secret Service on the bus")));
        PortalDialog dialog(&locked, {});
        dialog.findChild<QLineEdit *>(QStringLiteral("portalName"))->setText(QStringLiteral("production"));
        dialog.findChild<QLineEdit *>(QStringLiteral("portalUrl"))
            ->setText(QStringLiteral("docspace.example.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("apiKey"))
            ->setText(QStringLiteral("sk-") + QString(64, QLatin1Char('a')));
        dialog.show();
        dialog.accept();
        settle(200);
        save(dialog, out.filePath(QStringLiteral("portal-dialog-keychain-error.png")));
    }
}

void saveRemoveConfirmation(const QDir &out)
{
    MainWindow window(PageId::Portals);
    window.resize(1000, 680);
    window.show();
    auto *page = window.findChild<PortalsPage *>();
    page->selectProfile(page->profiles().constFirst().id);
    page->removePortal();
    settle(100);
    if (auto *box = window.findChild<QMessageBox *>())
        save(*box, out.filePath(QStringLiteral("portals-remove-confirmation.png")));
}

// The OAuth apps page against the portal simulator: the list, a registered app, a new app filled in and with
// errors, the secret dialog at registration and from Show secret, and Try it with its tokens. Skipped when
// the simulator cannot run.
void saveOAuthAppsScreenshots(const QDir &out)
{
    {
        // A first start: no portal, no draft.
        seedPortals(ProfileStore(), {});
        MainWindow window(PageId::OAuthApps);
        window.resize(1100, 760);
        save(window, out.filePath(QStringLiteral("oauth-apps-empty.png")));
    }
    PortalKeys::Testing::PortalSimulator simulator;
    const QString problem = simulator.start();
    if (!problem.isEmpty()) {
        qWarning("OAuth apps screenshots skipped: the portal simulator cannot run: %s", qPrintable(problem));
        return;
    }
    PortalProfile portal = screenshotProfile(QStringLiteral("production"), simulator.httpUrl().toString(),
                                             CredentialKind::Basic);
    portal.user = QStringLiteral("admin@example.com");
    seedPortals(ProfileStore(), {portal});
    auto secrets = std::make_unique<PortalKeys::MemorySecretStore>();
    bool written = false;
    secrets->write(portal.secretKey(SecretSlot::Password), "admin-password", qApp,
                   [&](const PortalKeys::SecretError &) { written = true; });
    while (!written)
        QApplication::processEvents();
    MainWindow window(std::move(secrets), PageId::OAuthApps);
    window.resize(1100, 760);
    window.show();
    auto *page = window.findChild<OAuthAppsPage *>();
    const auto waitIdle = [page] {
        QElapsedTimer timer;
        timer.start();
        while ((page->isBusy() || timer.elapsed() < 100) && timer.elapsed() < 15000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    waitIdle();
    page->selectApp(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    save(window, out.filePath(QStringLiteral("oauth-apps-registered.png")));

    // A new app, filled in; its icon from a file the "file dialog" names.
    QTemporaryDir dir;
    const QString iconPath = dir.filePath(QStringLiteral("icon.png"));
    {
        QImage icon(32, 32, QImage::Format_ARGB32);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x1e, 0x88, 0xe5));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(2, 2, 28, 28), 7, 7);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(10, 10, 12, 12));
        painter.end();
        icon.save(iconPath);
    }
    QString nextFile = iconPath;
    page->setFileChooser([&nextFile](FilePurpose, const QString &) { return nextFile; });
    page->newApp();
    const auto type = [&window](const QString &name, const QString &text) {
        auto *edit = window.findChild<QLineEdit *>(name);
        edit->setText(text);
    };
    type(QStringLiteral("appName"), QStringLiteral("Sales reports"));
    type(QStringLiteral("websiteUrl"), QStringLiteral("https://reports.example.com"));
    window.findChild<QPushButton *>(QStringLiteral("chooseIcon"))->click();
    window.findChild<QPlainTextEdit *>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("Monthly sales figures from the Reports room."));
    type(QStringLiteral("redirectUris-entry-0"),
         QStringLiteral("https://reports.example.com/oauth/callback"));
    window.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    type(QStringLiteral("redirectUris-entry-1"), QStringLiteral("http://127.0.0.1/callback"));
    type(QStringLiteral("allowedOrigins-entry-0"), QStringLiteral("https://reports.example.com"));
    window.findChild<QCheckBox *>(QStringLiteral("scope-files:write"))->click();
    window.findChild<QCheckBox *>(QStringLiteral("scope-rooms:read"))->click();
    window.findChild<QCheckBox *>(QStringLiteral("scope-openid"))->click();
    type(QStringLiteral("policyUrl"), QStringLiteral("https://reports.example.com/privacy"));
    type(QStringLiteral("termsUrl"), QStringLiteral("https://reports.example.com/terms"));
    save(window, out.filePath(QStringLiteral("oauth-apps-form-filled.png")));
    // The whole form: the scroll area gives it its full height.
    page->form()->grab().save(out.filePath(QStringLiteral("oauth-apps-form-full.png")));
    page->saveDraft();
    settle(50);

    // The same app with mistakes typed as people make them.
    page->newApp();
    type(QStringLiteral("appName"), QStringLiteral("QA"));
    type(QStringLiteral("websiteUrl"), QStringLiteral("http://localhost:3000"));
    type(QStringLiteral("redirectUris-entry-0"), QStringLiteral("https://qa.example.com/callback"));
    window.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    type(QStringLiteral("redirectUris-entry-1"), QStringLiteral("https://QA.example.com/callback"));
    window.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    type(QStringLiteral("redirectUris-entry-2"), QStringLiteral("http://qa.example.com/callback"));
    type(QStringLiteral("allowedOrigins-entry-0"), QStringLiteral("https://qa.example.com/app"));
    save(window, out.filePath(QStringLiteral("oauth-apps-form-errors.png")));
    window.findChild<QScrollArea *>(QStringLiteral("formScroll"))
        ->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("allowedOrigins")));
    save(window, out.filePath(QStringLiteral("oauth-apps-form-errors-lists.png")));
    page->form()->setApp(PortalKeys::OAuth::OAuthApp(), AppForm::Mode::Draft,
                         false); // drop the mistakes unasked

    // Register the saved draft: the secret is shown once.
    page->selectDraft(page->drafts().constFirst().id);
    page->registerApp();
    QElapsedTimer timer;
    timer.start();
    ClientSecretDialog *secretDialog = nullptr;
    while (!secretDialog && timer.elapsed() < 15000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        secretDialog = window.findChild<ClientSecretDialog *>();
    }
    if (secretDialog) {
        settle(100);
        secretDialog->adjustSize();
        save(*secretDialog, out.filePath(QStringLiteral("oauth-apps-secret-dialog.png")));
        secretDialog->findChild<QPushButton *>(QStringLiteral("storeInKeychain"))->click();
        settle(100);
        save(*secretDialog, out.filePath(QStringLiteral("oauth-apps-secret-stored.png")));
        secretDialog->reject();
        settle(50);
        save(window, out.filePath(QStringLiteral("oauth-apps-after-register.png")));

        // Show secret: the portal gives the secret again, masked until asked for.
        page->revealSecret();
        ClientSecretDialog *shown = nullptr;
        timer.restart();
        while (!shown && timer.elapsed() < 15000) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            for (ClientSecretDialog *dialog : window.findChildren<ClientSecretDialog *>())
                shown =
                    dialog->isVisible() && dialog->windowTitle().startsWith(QStringLiteral("Client secret"))
                        ? dialog
                        : shown;
        }
        if (shown) {
            settle(100);
            shown->adjustSize();
            save(*shown, out.filePath(QStringLiteral("oauth-apps-show-secret.png")));
            shown->reject();
            settle(50);
        }
    }

    // Try it, with the admin's browser: signed in to the portal, it consents and follows the redirects.
    PortalKeys::Testing::PortalBrowser browser;
    page->setUrlOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    page->tryIt();
    settle(50);
    if (auto *tryIt = window.findChild<TryItDialog *>()) {
        tryIt->findChild<QRadioButton *>(QStringLiteral("useKeychainSecret"))->setChecked(true);
        tryIt->adjustSize();
        save(*tryIt, out.filePath(QStringLiteral("oauth-apps-try-it.png")));
        tryIt->start();
        timer.restart();
        while (tryIt->isBusy() && timer.elapsed() < 15000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        settle(100);
        save(*tryIt, out.filePath(QStringLiteral("oauth-apps-try-it-result.png")));
        tryIt->reject();
    }
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("oauth-apps-minimum.png")));
}

// The Third-party authorization page: offline with a draft, Google's instructions and a value typed with a
// trailing space, the external database, a Workspace service, then against the portal simulator: the change
// preview, a save, switching off, a read-only service, Bad keys, and the dialogs of bundles and of applying.
void saveThirdPartyScreenshots(const QDir &out)
{
    PortalKeys::Testing::PortalSimulator simulator;
    const QString problem =
        simulator.start({{QStringLiteral("--readonly-consumer"), QStringLiteral("box")}, false});
    if (!problem.isEmpty())
        qWarning("online third-party screenshots skipped: the portal simulator cannot run: %s",
                 qPrintable(problem));
    auto secrets = std::make_unique<PortalKeys::MemorySecretStore>();
    PortalKeys::MemorySecretStore *store = secrets.get();
    const auto wait = [](const std::function<bool()> &done, int milliseconds = 15000) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < milliseconds)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        settle(50);
    };
    PortalProfile portal = screenshotProfile(QStringLiteral("production"), simulator.httpUrl().toString(),
                                             CredentialKind::ApiKey);
    PortalProfile unreachable = screenshotProfile(
        QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:1"), CredentialKind::ApiKey);
    seedPortals(ProfileStore(), problem.isEmpty() ? QList<PortalProfile>{portal, unreachable}
                                                  : QList<PortalProfile>{unreachable});
    int pending = 2;
    store->write(portal.secretKey(SecretSlot::ApiKey), PortalKeys::Testing::PortalSimulator::fullApiKey(),
                 qApp, [&](const PortalKeys::SecretError &) { --pending; });
    store->write(unreachable.secretKey(SecretSlot::ApiKey), "sk-unreachable", qApp,
                 [&](const PortalKeys::SecretError &) { --pending; });
    // Two drafts prepared earlier: Google for DocSpace, Twilio for Workspace.
    PortalKeys::Drafts::Draft google = PortalKeys::Drafts::Draft::create(
        PortalKeys::Catalog::Product::DocSpace, QStringLiteral("google"),
        {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
    google.title = QStringLiteral("Google (sales portals)");
    PortalKeys::Drafts::DraftStore().saveDraft(
        google,
        {{QStringLiteral("googleClientId"), "4711-sales.apps.googleusercontent.com"},
         {QStringLiteral("googleClientSecret"), "GOCSPX-3s7Lq0Zx9mB2vN4cR8tYw1kH"}},
        *store, qApp, [&](const QString &) { --pending; });
    ++pending;
    wait([&pending] { return pending == 0; });

    MainWindow window(std::move(secrets), PageId::ThirdParty);
    window.resize(1100, 760);
    window.show();
    auto *page = window.findChild<ThirdPartyPage *>();
    const auto idle = [&wait, page] {
        wait([page] { return !page->isBusy(); });
    };
    const auto type = [&window](const QString &key, const QString &text) {
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("key-") + key);
        edit->setText(text);
    };
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("editorScroll"));

    page->showOffline(PortalKeys::Catalog::Product::DocSpace);
    page->selectEntry(QStringLiteral("draft:") + google.id);
    wait([page] { return page->editor()->hasEntry(); });
    save(window, out.filePath(QStringLiteral("third-party-offline.png")));

    page->selectService(QStringLiteral("google"));
    type(QStringLiteral("googleClientId"), QStringLiteral("4711-sales.apps.googleusercontent.com "));
    type(QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-3s7Lq0Zx9mB2vN4cR8tYw1kH"));
    save(window, out.filePath(QStringLiteral("third-party-google.png")));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-googleClientSecret")));
    save(window, out.filePath(QStringLiteral("third-party-google-keys.png")));
    scroll->widget()->grab().save(out.filePath(QStringLiteral("third-party-google-editor-full.png")));

    page->selectService(QStringLiteral("externaldb"));
    settle(50);
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-dbSsl")));
    save(window, out.filePath(QStringLiteral("third-party-externaldb.png")));
    auto *databaseType = window.findChild<QComboBox *>(QStringLiteral("key-databaseType"));
    databaseType->setCurrentIndex(databaseType->findText(QStringLiteral("sqlite")));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-sqliteFilePath")));
    save(window, out.filePath(QStringLiteral("third-party-externaldb-sqlite.png")));

    page->selectService(QStringLiteral("appleID"));
    settle(50);
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-appleIdPrivateKey")));
    save(window, out.filePath(QStringLiteral("third-party-apple.png")));

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("fax"));
    save(window, out.filePath(QStringLiteral("third-party-no-match.png")));
    search->clear();

    page->showOffline(PortalKeys::Catalog::Product::Workspace);
    page->selectService(QStringLiteral("Twilio"));
    type(QStringLiteral("twilioAccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    type(QStringLiteral("twilioAuthToken"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    type(QStringLiteral("twiliosender"), QStringLiteral("+15551234567"));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("workspacePanel")));
    save(window, out.filePath(QStringLiteral("third-party-workspace.png")));

    {
        ExportBundleDialog exportDialog(PortalKeys::Drafts::DraftStore().load().drafts, {}, &window);
        exportDialog.findChild<QLineEdit *>(QStringLiteral("passphrase"))
            ->setText(QStringLiteral("sunflower"));
        exportDialog.adjustSize();
        save(exportDialog, out.filePath(QStringLiteral("third-party-export.png")));
    }

    page->showPortal(unreachable.id);
    idle();
    save(window, out.filePath(QStringLiteral("third-party-portal-error.png")));
    if (!problem.isEmpty())
        return;

    page->showPortal(portal.id);
    idle();
    save(window, out.filePath(QStringLiteral("third-party-online.png")));
    page->selectService(QStringLiteral("google"));
    type(QStringLiteral("googleClientId"), QStringLiteral("4711-sales.apps.googleusercontent.com"));
    type(QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-3s7Lq0Zx9mB2vN4cR8tYw1kH"));
    page->save();
    settle(100);
    if (auto *preview = window.findChild<ChangePreviewDialog *>()) {
        save(*preview, out.filePath(QStringLiteral("third-party-preview.png")));
        preview->findChild<QPushButton *>(QStringLiteral("confirmSave"))->click();
    }
    idle();
    save(window, out.filePath(QStringLiteral("third-party-saved.png")));
    page->toggleService();
    settle(100);
    if (auto *preview = window.findChild<ChangePreviewDialog *>()) {
        save(*preview, out.filePath(QStringLiteral("third-party-preview-off.png")));
        preview->reject();
    }
    settle(50);

    page->selectService(QStringLiteral("box"));
    save(window, out.filePath(QStringLiteral("third-party-readonly.png")));

    page->selectService(QStringLiteral("twilio"));
    type(QStringLiteral("twilioAccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    type(QStringLiteral("twilioAuthToken"), QStringLiteral("not-what-twilio-issues"));
    type(QStringLiteral("twiliosender"), QStringLiteral("+15551234567"));
    page->save();
    settle(100);
    if (auto *preview = window.findChild<ChangePreviewDialog *>())
        preview->findChild<QPushButton *>(QStringLiteral("confirmSave"))->click();
    idle();
    idle(); // the page reads the services again after Bad keys
    save(window, out.filePath(QStringLiteral("third-party-bad-keys.png")));

    page->showOffline(PortalKeys::Catalog::Product::DocSpace);
    page->selectEntry(QStringLiteral("draft:") + google.id);
    wait([page] { return page->editor()->hasEntry(); });
    page->applyToPortals();
    settle(100);
    if (auto *apply = window.findChild<ApplyDialog *>()) {
        apply->setChecked({google.id}, {portal.id});
        save(*apply, out.filePath(QStringLiteral("third-party-apply.png")));
        apply->checkChanges();
        wait([apply] { return !apply->isBusy(); });
        save(*apply, out.filePath(QStringLiteral("third-party-apply-check.png")));
        // A report over several portals, as an admin with a fleet sees it.
        using Row = PortalKeys::AuthService::KeyApplier::Row;
        using Outcome = PortalKeys::AuthService::KeyApplier::Outcome;
        PortalError forbidden(PortalError::Kind::Forbidden,
                              QStringLiteral("The portal refused: the account is not a portal admin."));
        apply->showReport(
            {Row{QStringLiteral("production"),
                 QStringLiteral("google"),
                 Outcome::Applied,
                 QStringLiteral("2 keys added"),
                 {}},
             Row{QStringLiteral("production"),
                 QStringLiteral("twilio"),
                 Outcome::Unchanged,
                 QStringLiteral("no change"),
                 {}},
             Row{QStringLiteral("eu-west"),
                 QStringLiteral("google"),
                 Outcome::Applied,
                 QStringLiteral("1 changed"),
                 {}},
             Row{QStringLiteral("eu-west"),
                 QStringLiteral("twilio"),
                 Outcome::Refused,
                 QStringLiteral(
                     "The portal tested the keys of “twilio” with the provider and they were refused "
                     "(“Bad keys”)."),
                 {}},
             Row{QStringLiteral("lab"), QStringLiteral("google"), Outcome::Refused, forbidden.message(),
                 forbidden},
             Row{QStringLiteral("lab"), QStringLiteral("twilio"), Outcome::Refused, forbidden.message(),
                 forbidden}},
            false);
        save(*apply, out.filePath(QStringLiteral("third-party-apply-report.png")));
        apply->reject();
    }
    // The drift check: the portal against the offline drafts.
    page->compareKeys();
    settle(100);
    if (auto *compare = window.findChild<CompareDialog *>()) {
        compare->setPortal(portal.id);
        save(*compare, out.filePath(QStringLiteral("third-party-compare.png")));
        compare->compare();
        wait([compare] { return !compare->isBusy(); });
        save(*compare, out.filePath(QStringLiteral("third-party-compare-result.png")));
        compare->reject();
    }
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("third-party-minimum.png")));
}

// The API keys page with keys of every state (one expires soon, one has expired, one is off), the Create…
// dialog, and the new key shown once.
void saveApiKeysScreenshots(const QDir &out)
{
    PortalKeys::Testing::PortalSimulator simulator;
    if (const QString problem = simulator.start(); !problem.isEmpty()) {
        qWarning("API keys screenshots skipped: the portal simulator cannot run: %s", qPrintable(problem));
        return;
    }
    PortalProfile portal = screenshotProfile(QStringLiteral("production"), simulator.httpUrl().toString(),
                                             CredentialKind::Basic);
    portal.user = QStringLiteral("admin@example.com");
    seedPortals(ProfileStore(), {portal});
    auto secrets = std::make_unique<PortalKeys::MemorySecretStore>();
    bool written = false;
    secrets->write(portal.secretKey(SecretSlot::Password), "admin-password", qApp,
                   [&](const PortalKeys::SecretError &) { written = true; });
    while (!written)
        QApplication::processEvents();
    // The portal's own answer, as it would list keys made over months.
    const auto when = [](qint64 days) {
        return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs);
    };
    const auto key = [&when](const char *id, const char *name, const char *postfix, const QStringList &scopes,
                             qint64 created, qint64 expires, qint64 used, bool active) {
        QJsonObject object{
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("key"), QString(QStringLiteral("sk-***") + QString::fromLatin1(postfix))},
            {QStringLiteral("keyPostfix"), QString::fromLatin1(postfix)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("createOn"), when(created)},
            {QStringLiteral("createBy"),
             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Ada Admin")}}},
            {QStringLiteral("isActive"), active}};
        if (expires != 0)
            object.insert(QStringLiteral("expiresAt"), when(expires));
        if (used != 0)
            object.insert(QStringLiteral("lastUsed"), when(used));
        return object;
    };
    const QJsonArray keys{
        key("3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b", "CI deploy", "9c1e", {QStringLiteral("*:read")}, -40, 50,
            -1, true),
        key("7d0c2a52-3b1e-4f55-9a63-0a1b2c3d4e5f", "Nightly export", "04b7",
            {QStringLiteral("files:read"), QStringLiteral("rooms:read")}, -86, 4, -1, true),
        key("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "CRM sync", "e2a0", {}, -200, 0, -3, true),
        key("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "Old import", "51fd", {QStringLiteral("files:write")},
            -400, -35, -60, false),
        key("c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f", "Backup (paused)", "aa31", {}, -120, 240, -30, false)};
    simulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                        {QStringLiteral("status"), 200},
                        {QStringLiteral("body"),
                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("response"), keys},
                                                                     {QStringLiteral("status"), 0},
                                                                     {QStringLiteral("statusCode"), 200}})
                                               .toJson())}});
    MainWindow window(std::move(secrets), PageId::ApiKeys);
    window.resize(1100, 620);
    window.show();
    auto *page = window.findChild<ApiKeysPage *>();
    const auto waitFor = [](const std::function<bool()> &ready) {
        QElapsedTimer timer;
        timer.start();
        while ((!ready() || timer.elapsed() < 100) && timer.elapsed() < 15000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    waitFor([page] { return !page->isBusy(); });
    page->selectKey(QStringLiteral("3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b"));
    save(window, out.filePath(QStringLiteral("api-keys-page.png")));

    page->createKey();
    settle(50);
    auto *dialog = window.findChild<ApiKeyDialog *>();
    dialog->findChild<QLineEdit *>(QStringLiteral("keyName"))->setText(QStringLiteral("Reports dashboard"));
    dialog->findChild<QRadioButton *>(QStringLiteral("permissionsChosen"))->click();
    dialog->findChild<QCheckBox *>(QStringLiteral("scope:files:read"))->click();
    dialog->findChild<QCheckBox *>(QStringLiteral("scope:rooms:read"))->click();
    dialog->findChild<QSpinBox *>(QStringLiteral("expiryDays"))->setValue(90);
    save(*dialog, out.filePath(QStringLiteral("api-keys-create.png")));
    dialog->findChild<QPushButton *>(QStringLiteral("acceptKey"))->click();
    waitFor([&window] { return window.findChild<ApiKeyCreatedDialog *>() != nullptr; });
    if (auto *created = window.findChild<ApiKeyCreatedDialog *>()) {
        save(*created, out.filePath(QStringLiteral("api-keys-created.png")));
        created->done(QDialog::Accepted);
    }
    save(window, out.filePath(QStringLiteral("api-keys-after-create.png")));
}

// The History dialog (View > History…) over a local history of a few weeks: keys saved, one refused, OAuth
// apps and API keys changed, a bundle applied.
void saveHistoryScreenshots(const QDir &out)
{
    using PortalKeys::History::HistoryEntry;
    seedPortals(ProfileStore(),
                {screenshotProfile(QStringLiteral("production"), QStringLiteral("https://docs.example.com"),
                                   CredentialKind::Basic),
                 screenshotProfile(QStringLiteral("lab"), QStringLiteral("https://docspace.lab.internal"),
                                   CredentialKind::ApiKey)});
    const auto entry = [](const char *portal, qint64 hoursAgo, HistoryEntry::Area area, const char *action,
                          const char *subject, const QStringList &keys) {
        HistoryEntry made;
        made.time = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
        made.portal = QString::fromLatin1(portal);
        made.host = made.portal == QLatin1String("lab") ? QStringLiteral("docspace.lab.internal")
                                                        : QStringLiteral("docs.example.com");
        made.user = made.portal == QLatin1String("lab") ? QStringLiteral("API key “CI deploy”")
                                                        : QStringLiteral("admin@example.com");
        made.area = area;
        made.action = QString::fromLatin1(action);
        made.subject = QString::fromUtf8(subject);
        made.keys = keys;
        return made;
    };
    using A = HistoryEntry::Area;
    const QStringList google{QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")};
    HistoryEntry refused = entry("lab", 30, A::Keys, "saved", "twilio",
                                 {QStringLiteral("twilioAccountSid"), QStringLiteral("twilioAuthToken")});
    refused.ok = false;
    refused.reason = QStringLiteral("The provider refused the keys.");
    const PortalKeys::History::HistoryLog log;
    for (const HistoryEntry &made :
         {entry("production", 400, A::Keys, "saved", "google", google),
          entry("production", 170, A::ApiKey, "created", "Nightly export", {}),
          entry("lab", 52, A::Bundle, "saved", "google", google), refused,
          entry("production", 26, A::OAuthApp, "secret regenerated", "Reports dashboard", {}),
          entry("production", 3, A::OAuthApp, "disabled", "Old CRM connector", {}),
          entry("lab", 1, A::Keys, "cleared", "dropbox",
                {QStringLiteral("dropboxClientId"), QStringLiteral("dropboxClientSecret")})})
        log.append(made);
    MainWindow window(std::make_unique<PortalKeys::MemorySecretStore>(), PageId::Portals);
    window.resize(1000, 680);
    window.show();
    if (QAction *show = window.findChild<QAction *>(QStringLiteral("showHistory")))
        show->trigger();
    settle(100);
    if (auto *history = window.findChild<HistoryDialog *>()) {
        history->resize(1200, 440);
        save(*history, out.filePath(QStringLiteral("history-dialog.png")));
        history->close();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Keep the portal list and settings of these pictures away from the developer's own.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    // ...and the drafts they save.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortalKeys-screenshots"));
    QApplication::setApplicationName(QStringLiteral("PortalKeys"));
    // Plural forms ("in 90 days") as the app shows them.
    PortalKeys::installTranslations(app);
    const QDir out(app.arguments().value(1, QStringLiteral(".")));
    for (PageId page : allPages()) {
        MainWindow window(page);
        window.resize(1000, 680);
        save(window, out.filePath(QStringLiteral("page-%1.png").arg(pageName(page))));
    }
    // The JWT inspector with a token and its secret, then its other tabs.
    const QJsonObject payload{
        {QStringLiteral("iss"), QStringLiteral("https://portal.example.com/oauth2")},
        {QStringLiteral("sub"), QStringLiteral("4f1c2a")},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3 * 3600},
        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 600},
        {QStringLiteral("cid"), QStringLiteral("7c0e9f3e-2b1d-4a5e-9c1f-0d3b5e6a7f80")}};
    const QByteArray secret = "screenshot-secret-that-is-long-enough!!";
    const QString token = PortalKeys::Jwt::Signer::sign(payload, PortalKeys::Jwt::Algorithm::HS256,
                                                        *PortalKeys::Jwt::Key::fromSecret(secret).key)
                              .token;
    MainWindow window(PageId::Jwt);
    window.resize(1100, 760);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("jwtTabs"));
    save(window, out.filePath(QStringLiteral("jwt-empty.png")));
    window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"))->setPlainText(token);
    save(window, out.filePath(QStringLiteral("jwt-no-key.png")));
    tabs->widget(0)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QString::fromUtf8(secret));
    save(window, out.filePath(QStringLiteral("jwt-valid.png")));
    tabs->widget(0)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QStringLiteral("secret"));
    save(window, out.filePath(QStringLiteral("jwt-invalid.png")));
    window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"))
        ->setPlainText(QStringLiteral("eyJhbGciOi.abc"));
    save(window, out.filePath(QStringLiteral("jwt-malformed.png")));
    tabs->setCurrentIndex(1);
    tabs->widget(1)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QString::fromUtf8(secret));
    tabs->widget(1)->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    save(window, out.filePath(QStringLiteral("jwt-sign.png")));
    tabs->setCurrentIndex(2);
    save(window, out.filePath(QStringLiteral("jwt-config.png")));
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("jwt-minimum.png")));

    AboutDialog about;
    save(about, out.filePath(QStringLiteral("about.png")));

    savePortalScreenshots(out);
    saveRemoveConfirmation(out);
    saveOAuthAppsScreenshots(out);
    saveThirdPartyScreenshots(out);
    saveApiKeysScreenshots(out);
    saveHistoryScreenshots(out);
    return 0;
}
