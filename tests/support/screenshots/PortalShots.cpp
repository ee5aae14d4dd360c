// The Portals page in the main window: empty, with tested portals, with errors, the last tests after a
// restart, busy, a lost secret; its dialogs (each kind of credential, an invalid address, editing, a
// certificate to trust, two-factor, sign-in, a keychain that refuses) and the question before removing a
// portal.
#include "support/screenshots/Shots.h"

#include "portals/CertificateDialog.h"
#include "portals/PortalDialog.h"
#include "portals/PortalsPage.h"
#include "portals/SignInDialog.h"
#include "portals/TwoFactorDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>

namespace PortalKeys::Screenshots {

using namespace PortalKeys::Portal;
using namespace PortalKeys::Ui;

namespace {

struct SamplePortals {
    PortalProfile production;
    PortalProfile staging;
    PortalProfile lab;
    PortalProfile integrations;
};

SamplePortals samplePortals()
{
    SamplePortals portals{profile(QStringLiteral("production"),
                                  QStringLiteral("https://docspace.example.com"), CredentialKind::ApiKey),
                          profile(QStringLiteral("staging"), QStringLiteral("https://staging.example.com"),
                                  CredentialKind::Token),
                          profile(QStringLiteral("lab"), QStringLiteral("https://docspace.lab.internal:8443"),
                                  CredentialKind::Basic),
                          profile(QStringLiteral("integrations"),
                                  QStringLiteral("https://docspace.example.com"), CredentialKind::OAuth2)};
    portals.staging.user = QStringLiteral("ada@example.com");
    portals.lab.user = QStringLiteral("admin@example.com");
    portals.integrations.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    return portals;
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

// Connection tests that went well (an owner, a user who is no admin) and wrong (certificate, credentials).
void saveTestResults(const QDir &out, const SamplePortals &portals)
{
    const auto &[production, staging, lab, integrations] = portals;
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
}

// The next start: each portal says how its last test went, kept with the profile (the tests made older).
void saveRemembered(const QDir &out, const SamplePortals &portals)
{
    ProfileStore().update([](QList<PortalProfile> &profiles) {
        qint64 age = 2 * 3600 + 60;
        for (PortalProfile &portal : profiles) {
            portal.lastTest.at = portal.lastTest.at.addSecs(-age);
            age *= 13;
        }
        return QString();
    });
    MainWindow window(PageId::Portals);
    window.resize(1000, 680);
    window.findChild<PortalsPage *>()->selectProfile(portals.production.id);
    save(window, out.filePath(QStringLiteral("portals-remembered.png")));
}

// Busy: a test against a local server that takes the connection and never answers; and a portal whose secret
// is gone from the keychain, selected: "Secret missing", not an error.
void saveBusyAndMissing(const QDir &out, const SamplePortals &portals)
{
    {
        QTcpServer silentServer;
        silentServer.listen(QHostAddress::LocalHost);
        MemorySecretStore secrets;
        PortalProfile silent = profile(QStringLiteral("staging"),
                                       QStringLiteral("http://127.0.0.1:%1").arg(silentServer.serverPort()),
                                       CredentialKind::ApiKey);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        seedPortals(ProfileStore(path), {silent});
        storeSecret(secrets, silent.secretKey(SecretSlot::ApiKey), "sk-silent");
        PortalsPage busy(&secrets, path);
        busy.resize(820, 420);
        busy.show();
        busy.testConnection();
        settle(300);
        save(busy, out.filePath(QStringLiteral("portals-busy.png")));
    }
    {
        MemorySecretStore secrets;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        seedPortals(ProfileStore(path), {portals.production, portals.staging});
        PortalsPage missing(&secrets, path);
        missing.resize(820, 420);
        missing.show();
        missing.selectProfile(portals.staging.id);
        settle(300);
        save(missing, out.filePath(QStringLiteral("portals-secret-missing.png")));
    }
}

// The dialog for each kind of credential, with an address that is refused, and editing a portal.
void savePortalDialogs(const QDir &out, const SamplePortals &portals)
{
    MemorySecretStore secrets;
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
        PortalProfile pinned = portals.lab;
        pinned.pinnedSha256 = selfSignedCertificate().sha256;
        PortalDialog dialog(&secrets, {portals.production, portals.staging, pinned}, pinned);
        dialog.adjustSize();
        save(dialog, out.filePath(QStringLiteral("portal-dialog-edit.png")));
    }
}

// The certificate to trust, a two-factor code, a password sign-in, and a keychain that refuses.
void saveSmallDialogs(const QDir &out)
{
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
        MemorySecretStore locked;
        locked.failWith(SecretError::unavailable(QStringLiteral("no Secret Service on the bus")));
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

} // namespace

void savePortalScreenshots(const QDir &out)
{
    {
        MainWindow window(PageId::Portals);
        window.resize(1000, 680);
        save(window, out.filePath(QStringLiteral("portals-empty.png")));
    }
    const SamplePortals portals = samplePortals();
    const QString saveError =
        seedPortals(ProfileStore(), {portals.production, portals.staging, portals.lab, portals.integrations});
    if (!saveError.isEmpty())
        qFatal("%s", qPrintable(saveError));
    saveTestResults(out, portals);
    saveRemembered(out, portals);
    saveBusyAndMissing(out, portals);
    savePortalDialogs(out, portals);
    saveSmallDialogs(out);
    saveRemoveConfirmation(out);
}

} // namespace PortalKeys::Screenshots
