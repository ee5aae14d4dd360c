// Developer tool, not a test: renders the main window on every page, and the dialogs, into PNG files
// so they can be looked at without a display:  portalkeys_screenshots OUTDIR
#include "portals/CertificateDialog.h"
#include "portals/PortalDialog.h"
#include "portals/PortalsPage.h"
#include "portals/SignInDialog.h"
#include "portals/TwoFactorDialog.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QRadioButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

#include <QApplication>
#include <QDir>
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
    const QString saveError = ProfileStore().save({production, staging, lab, integrations});
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
    page->showTestResult(production.id, {}, ada);
    ConnectionReport uma;
    uma.displayName = QStringLiteral("Uma User");
    uma.email = QStringLiteral("ada@example.com");
    uma.roundTripMs = 118;
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
        ProfileStore(path).save({silent});
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
            ->setText(QStringLiteral("sk-0123456789abcdef"));
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

} // namespace

int main(int argc, char *argv[])
{
    // Keep the portal list and settings of these pictures away from the developer's own.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortalKeys-screenshots"));
    QApplication::setApplicationName(QStringLiteral("PortalKeys"));
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
    return 0;
}
