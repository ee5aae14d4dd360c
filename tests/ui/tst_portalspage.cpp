// Drives the Portals page offscreen as a user would, against the portal simulator (tests/support): add a
// portal through the dialog, test the connection, trust a self-signed certificate, remove, cancel a slow
// portal, sign in with a two-factor code and with the browser. Secrets live in a MemorySecretStore; the
// profile list in a temporary file.
#include "portals/CertificateDialog.h"
#include "portals/ConnectionResultView.h"
#include "portals/PortalDialog.h"
#include "portals/PortalList.h"
#include "portals/PortalsPage.h"
#include "portals/TwoFactorDialog.h"
#include "shell/MainWindow.h"
#include "widgets/BusyBar.h"
#include "widgets/SecretEdit.h"

#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/GuiTestFixture.h"
#include "support/PortalBrowser.h"
#include "support/WidgetLookup.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Portal::SecretSlot;
using Testing::child;
using Testing::networkTimeoutMs;
using Testing::PortalBrowser;
using Testing::PortalSimulator;
using Testing::visibleWindow;

class TestPortalsPage : public QObject {
    Q_OBJECT

private:
    void createPage();
    PortalProfile seed(const QString &name, const QUrl &url, CredentialKind kind,
                       const QList<QPair<SecretSlot, QByteArray>> &secrets = {},
                       const std::function<void(PortalProfile &)> &adjust = {});
    QByteArray profilesFile() const { return m_fixture.fileContent(m_profilesPath); }
    QString stateText(const QString &profileId) const;
    ConnectionResultView *result() const
    {
        return child<ConnectionResultView>(m_page.get(), QStringLiteral("connectionResult"));
    }
    QPushButton *button(const QString &name) const { return child<QPushButton>(m_page.get(), name); }
    PortalDialog *openAddDialog();
    void setKind(PortalDialog *dialog, CredentialKind kind);
    bool waitIdle() { return Testing::GuiTestFixture::waitIdle(m_page.get()); }

    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<PortalsPage> m_page;
    QString m_profilesPath; // the fixture's, unless a test says otherwise

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateInvitesToAddTheFirstPortal();
    void addDialogValidatesAndKeepsTheSecretOutOfTheFile();
    void testConnectionSaysWhoAndWhetherAdmin();
    void wrongApiKeyIsACredentialsError();
    void lostSecretIsShownAsMissing();
    void selfSignedCertificateCanBeTrusted();
    void removeAsksAndDeletesProfileAndSecrets();
    void slowPortalCanBeCancelled();
    void loginTokenWithTwoFactorStoresTheTokenOnly();
    void signInRefusalIsExplainedAndKeepsTheForm();
    void browserSignInStoresOAuthTokens();
    void editKeepsSecretsUnlessRetyped();
    void keychainFailureKeepsTheDialogOpen();
    void shortcutsWorkOnlyOnThePortalsPage();
    void portalAddedOnTheCommandLineAppearsWithoutRestart();
};

void TestPortalsPage::initTestCase()
{
    // The main window's page reads the default portal list: the fixture keeps it apart.
    m_fixture.start();
}

void TestPortalsPage::init()
{
    m_fixture.init();
    m_profilesPath = m_fixture.profilesPath();
}

void TestPortalsPage::cleanup()
{
    // Dialogs opened with open() are children of the page and go with it.
    m_page.reset();
    m_fixture.cleanup();
}

void TestPortalsPage::createPage()
{
    m_page = std::make_unique<PortalsPage>(m_fixture.store(), m_profilesPath);
    QVERIFY(m_fixture.show(m_page.get(), QSize(1000, 640)));
}

PortalProfile TestPortalsPage::seed(const QString &name, const QUrl &url, CredentialKind kind,
                                    const QList<QPair<SecretSlot, QByteArray>> &secrets,
                                    const std::function<void(PortalProfile &)> &adjust)
{
    PortalProfile profile = PortalProfile::create(name, url, kind);
    if (adjust)
        adjust(profile);
    return m_fixture.addPortal(profile, secrets, m_profilesPath);
}

QString TestPortalsPage::stateText(const QString &profileId) const
{
    QTreeWidgetItem *item = child<PortalList>(m_page.get(), QStringLiteral("portalList"))->itemFor(profileId);
    return item ? item->text(PortalList::StateColumn) : QString();
}

PortalDialog *TestPortalsPage::openAddDialog()
{
    QPushButton *add = m_page->profiles().isEmpty() ? button(QStringLiteral("addFirstPortal"))
                                                    : button(QStringLiteral("addPortal"));
    add->click();
    if (!QTest::qWaitFor([] { return visibleWindow<PortalDialog>() != nullptr; }))
        qWarning("the portal dialog did not open");
    return visibleWindow<PortalDialog>();
}

void TestPortalsPage::setKind(PortalDialog *dialog, CredentialKind kind)
{
    auto *combo = child<QComboBox>(dialog, QStringLiteral("credentialKind"));
    combo->setCurrentIndex(combo->findData(int(kind)));
}

void TestPortalsPage::emptyStateInvitesToAddTheFirstPortal()
{
    createPage();
    QVERIFY(child<QWidget>(m_page.get(), QStringLiteral("emptyState"))->isVisible());
    QVERIFY(!child<PortalList>(m_page.get(), QStringLiteral("portalList"))->isVisible());
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No portals yet"));
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("pageHeading"))->text(), QStringLiteral("Portals"));
    QVERIFY(!button(QStringLiteral("testConnection"))->isVisible());

    PortalDialog *dialog = openAddDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add a portal"));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("okButton"))->isEnabled());
    QPointer<PortalDialog> closing(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(closing.isNull());
    QVERIFY(m_page->profiles().isEmpty());
    QVERIFY(!QFile::exists(m_profilesPath)); // nothing written for a cancelled dialog
}

void TestPortalsPage::addDialogValidatesAndKeepsTheSecretOutOfTheFile()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QPointer<PortalDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    auto *url = child<QLineEdit>(dialog, QStringLiteral("portalUrl"));
    auto *feedback = child<QLabel>(dialog, QStringLiteral("urlFeedback"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalName")), QStringLiteral("production"));

    QTest::keyClicks(url, QStringLiteral("http://portal.example.com"));
    QVERIFY(feedback->isVisible());
    QVERIFY2(feedback->text().contains(QStringLiteral("https://portal.example.com")),
             qPrintable(feedback->text()));
    QVERIFY(!ok->isEnabled());

    url->clear();
    QTest::keyClicks(url, m_fixture.simulator().httpUrl().toString() + QStringLiteral("/rooms/shared"));
    QVERIFY2(feedback->text().contains(QStringLiteral("connects to ") +
                                       m_fixture.simulator().httpUrl().toString()),
             qPrintable(feedback->text())); // a pasted page address becomes the portal root
    QVERIFY(!ok->isEnabled());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("formHint"))->text(), QStringLiteral("Paste the API key."));

    auto *apiKey = child<SecretEdit>(dialog, QStringLiteral("apiKey"));
    QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
    // A key cut short while copying is refused, as `portalkeys-cli portal add` warns of it (the same core
    // rule).
    QTest::keyClicks(apiKey, QString::fromLatin1(PortalSimulator::fullApiKey().left(40)));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(
        child<QLabel>(dialog, QStringLiteral("formHint"))->text().contains(QStringLiteral("DocSpace key")),
        qPrintable(child<QLabel>(dialog, QStringLiteral("formHint"))->text()));
    apiKey->clear();
    QTest::keyClicks(apiKey, QString::fromLatin1(PortalSimulator::fullApiKey()));
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(m_page->profiles().size(), 1);
    const PortalProfile added = m_page->profiles().constFirst();
    QCOMPARE(added.name, QStringLiteral("production"));
    QCOMPARE(added.baseUrl, m_fixture.simulator().httpUrl());
    QCOMPARE(m_fixture.readSecret(added.secretKey(SecretSlot::ApiKey)), PortalSimulator::fullApiKey());
    const QByteArray file = profilesFile();
    QVERIFY(file.contains("production"));
    QVERIFY(!file.contains(PortalSimulator::fullApiKey()));
    QVERIFY(!file.contains("sk-"));

    // Adding tests the connection straight away.
    QTRY_COMPARE_WITH_TIMEOUT(stateText(added.id), QStringLiteral("Connected as Ada Admin (portal owner)"),
                              networkTimeoutMs);
}

void TestPortalsPage::testConnectionSaysWhoAndWhetherAdmin()
{
    REQUIRE_SIMULATOR(m_fixture);
    const PortalProfile admin =
        seed(QStringLiteral("admin"), m_fixture.simulator().httpUrl(), CredentialKind::ApiKey,
             {{SecretSlot::ApiKey, PortalSimulator::fullApiKey()}});
    const PortalProfile user =
        seed(QStringLiteral("user"), m_fixture.simulator().httpUrl(), CredentialKind::Basic,
             {{SecretSlot::Password, PortalSimulator::userPassword()}}, [](PortalProfile &profile) {
                 profile.user = QString::fromLatin1(PortalSimulator::userEmail());
             });
    createPage();
    QCOMPARE(stateText(admin.id), QStringLiteral("Not tested"));

    m_page->selectProfile(admin.id);
    QSignalSpy finished(m_page.get(), &PortalsPage::operationFinished);
    button(QStringLiteral("testConnection"))->click();
    QVERIFY(m_page->isBusy());
    QVERIFY(child<BusyBar>(m_page.get(), QStringLiteral("busyBar"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, networkTimeoutMs);
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Valid);
    QVERIFY2(result()->verdictText().contains(QStringLiteral("Ada Admin")),
             qPrintable(result()->verdictText()));
    QVERIFY(result()->verdictText().contains(QStringLiteral("admin@example.com")));
    QVERIFY2(result()->detailsText().contains(QStringLiteral("authorization keys")),
             qPrintable(result()->detailsText()));
    QVERIFY(result()->detailsText().contains(QStringLiteral(" ms")));
    // What the portal is, from GET /api/2.0/settings.
    QVERIFY2(result()->detailsText().contains(QStringLiteral("DocSpace 3.7.2.1800, self-hosted")),
             qPrintable(result()->detailsText()));
    QCOMPARE(stateText(admin.id), QStringLiteral("Connected as Ada Admin (portal owner)"));

    m_page->selectProfile(user.id);
    QVERIFY(!result()->isVisible()); // not tested yet: nothing to say
    QTest::keyClick(child<PortalList>(m_page.get(), QStringLiteral("portalList")), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, networkTimeoutMs);
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Warning);
    QVERIFY2(result()->verdictText().contains(QStringLiteral("not a portal admin")),
             qPrintable(result()->verdictText()));
    QVERIFY(result()->detailsText().contains(QStringLiteral("portal admin")));
    QVERIFY(stateText(user.id).startsWith(QStringLiteral("Connected as Uma User")));

    // Each portal keeps its own result.
    m_page->selectProfile(admin.id);
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Valid);

    // After a restart the list still says how the last tests went, kept with the profiles (no secret).
    m_page.reset();
    createPage();
    QCOMPARE(stateText(admin.id), QStringLiteral("Tested just now: OK"));
    QCOMPARE(stateText(user.id), QStringLiteral("Tested just now: OK, not a portal admin"));
    m_page->selectProfile(admin.id);
    QVERIFY(result()->isVisible());
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Neutral);
    QCOMPARE(result()->verdictText(), QStringLiteral("Tested just now: OK"));
    QVERIFY2(result()->detailsText().contains(QStringLiteral("Ada Admin (portal owner)")),
             qPrintable(result()->detailsText()));
    QVERIFY(!profilesFile().contains(PortalSimulator::fullApiKey()));
    QVERIFY(!profilesFile().contains(PortalSimulator::userPassword()));
}

void TestPortalsPage::wrongApiKeyIsACredentialsError()
{
    REQUIRE_SIMULATOR(m_fixture);
    const QByteArray wrongKey = "sk-" + QByteArray(64, 'e');
    const PortalProfile portal = seed(QStringLiteral("wrong key"), m_fixture.simulator().httpUrl(),
                                      CredentialKind::ApiKey, {{SecretSlot::ApiKey, wrongKey}});
    createPage();
    button(QStringLiteral("testConnection"))->click();
    QVERIFY(waitIdle());
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Invalid);
    const QString text = result()->verdictText();
    QVERIFY2(text.contains(QStringLiteral("credentials")), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(wrongKey)));
    QVERIFY(!stateText(portal.id).startsWith(QStringLiteral("Connected")));
    QVERIFY(!stateText(portal.id).isEmpty());
}

void TestPortalsPage::lostSecretIsShownAsMissing()
{
    const PortalProfile kept = seed(QStringLiteral("kept"), QUrl(QStringLiteral("https://kept.example.com")),
                                    CredentialKind::ApiKey, {{SecretSlot::ApiKey, "sk-kept"}});
    const PortalProfile lost = seed(QStringLiteral("lost"), QUrl(QStringLiteral("https://lost.example.com")),
                                    CredentialKind::ApiKey, {{SecretSlot::ApiKey, "sk-lost"}});
    createPage();
    // The keychain lost the entry (another program deleted it, or the keyring was replaced).
    bool removed = false;
    m_fixture.store()->remove(lost.secretKey(SecretSlot::ApiKey), this,
                              [&removed](const SecretError &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&removed] { return removed; }));

    m_page->selectProfile(kept.id);
    QTest::qWait(50);
    QCOMPARE(stateText(kept.id), QStringLiteral("Not tested"));
    m_page->selectProfile(lost.id);
    QTRY_COMPARE(stateText(lost.id), QStringLiteral("Secret missing — Edit to enter it again"));
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Warning);
    QVERIFY2(result()->detailsText().contains(QStringLiteral("No API key is stored")),
             qPrintable(result()->detailsText()));
    // A state, not an error that blocks the page: everything can still be done with the portal.
    for (const QString &name : {QStringLiteral("editPortal"), QStringLiteral("removePortal"),
                                QStringLiteral("testConnection"), QStringLiteral("addPortal")})
        QVERIFY2(button(name)->isEnabled(), qPrintable(name));
    QCOMPARE(stateText(kept.id), QStringLiteral("Not tested"));

    button(QStringLiteral("testConnection"))->click();
    QVERIFY(waitIdle());
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Invalid);
    QVERIFY2(result()->verdictText().contains(QStringLiteral("No API key is stored for the portal “lost”")),
             qPrintable(result()->verdictText()));
}

void TestPortalsPage::selfSignedCertificateCanBeTrusted()
{
    REQUIRE_SIMULATOR(m_fixture);
    const PortalProfile portal =
        seed(QStringLiteral("tls"), m_fixture.simulator().httpsUrl(), CredentialKind::ApiKey,
             {{SecretSlot::ApiKey, PortalSimulator::fullApiKey()}});
    createPage();
    button(QStringLiteral("testConnection"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<CertificateDialog>(), networkTimeoutMs);
    CertificateDialog *dialog = visibleWindow<CertificateDialog>();
    QCOMPARE(dialog->certificate().sha256, m_fixture.simulator().certificateSha256());
    const QString fingerprint = child<QLabel>(dialog, QStringLiteral("fingerprint"))->text();
    QVERIFY2(fingerprint.startsWith(m_fixture.simulator().certificateSha256().left(2).toUpper() +
                                    QLatin1Char(':')),
             qPrintable(fingerprint));
    // Trusting must be deliberate: Cancel is the default button.
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("trustCertificate"))->isDefault() == false);
    QCOMPARE(result()->verdictState(), VerdictBanner::State::Invalid);

    child<QPushButton>(dialog, QStringLiteral("trustCertificate"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(stateText(portal.id), QStringLiteral("Connected as Ada Admin (portal owner)"),
                              networkTimeoutMs);
    QCOMPARE(m_page->profiles().constFirst().pinnedSha256, m_fixture.simulator().certificateSha256());
    QVERIFY(profilesFile().contains(m_fixture.simulator().certificateSha256().toLatin1()));
}

void TestPortalsPage::removeAsksAndDeletesProfileAndSecrets()
{
    const PortalProfile first =
        seed(QStringLiteral("first"), QUrl(QStringLiteral("https://first.example.com")),
             CredentialKind::ApiKey, {{SecretSlot::ApiKey, "sk-first"}});
    const PortalProfile second =
        seed(QStringLiteral("second"), QUrl(QStringLiteral("https://second.example.com")),
             CredentialKind::ApiKey, {{SecretSlot::ApiKey, "sk-second"}});
    createPage();
    m_page->selectProfile(first.id);

    button(QStringLiteral("removePortal"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>());
    QMessageBox *box = visibleWindow<QMessageBox>();
    QVERIFY(box->text().contains(QStringLiteral("“first”")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QPointer<QMessageBox> closing(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(closing.isNull());
    QCOMPARE(m_page->profiles().size(), 2);
    QVERIFY(m_fixture.store()->contains(first.secretKey(SecretSlot::ApiKey)));

    // The Delete key in the list asks too; this time the user confirms.
    auto *list = child<PortalList>(m_page.get(), QStringLiteral("portalList"));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    list->setFocus();
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY(visibleWindow<QMessageBox>());
    child<QPushButton>(visibleWindow<QMessageBox>(), QStringLiteral("confirmRemove"))->click();
    QTRY_COMPARE(m_page->profiles().size(), 1);
    QVERIFY(waitIdle());
    QVERIFY(!m_fixture.store()->contains(first.secretKey(SecretSlot::ApiKey)));
    QVERIFY(m_fixture.store()->contains(second.secretKey(SecretSlot::ApiKey)));
    QCOMPARE(m_page->currentProfileId(), second.id);
    const QByteArray file = profilesFile();
    QVERIFY(!file.contains("first"));
    QVERIFY(file.contains("second"));
}

void TestPortalsPage::slowPortalCanBeCancelled()
{
    REQUIRE_SIMULATOR(m_fixture);
    const PortalProfile slow =
        seed(QStringLiteral("slow"), m_fixture.simulator().httpUrl(), CredentialKind::ApiKey,
             {{SecretSlot::ApiKey, PortalSimulator::fullApiKey()}});
    const PortalProfile other =
        seed(QStringLiteral("other"), QUrl(QStringLiteral("https://other.example.com")),
             CredentialKind::ApiKey, {{SecretSlot::ApiKey, "sk-other"}});
    m_fixture.simulator().addFault(
        {{QStringLiteral("path"), QStringLiteral("/api/2.0/authentication")}, {QStringLiteral("delay"), 5}});
    createPage();
    m_page->selectProfile(slow.id);
    button(QStringLiteral("testConnection"))->click();
    auto *busy = child<BusyBar>(m_page.get(), QStringLiteral("busyBar"));
    QVERIFY(busy->isVisible());
    QVERIFY(busy->text().contains(QStringLiteral("slow")));
    QVERIFY(!button(QStringLiteral("testConnection"))->isEnabled());

    // The window answers meanwhile: the selection moves, and events are handled at once.
    QTest::qWait(300);
    m_page->selectProfile(other.id);
    QCOMPARE(m_page->currentProfileId(), other.id);
    QVERIFY(m_page->isBusy());

    QElapsedTimer clock;
    clock.start();
    child<QPushButton>(busy, QStringLiteral("cancelOperation"))->click();
    QVERIFY(!m_page->isBusy());
    QVERIFY(!busy->isVisible());
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(result()->verdictText(), QStringLiteral("Cancelled."));
    QCOMPARE(stateText(slow.id), QStringLiteral("Not tested"));

    // Usable again at once; the fault was for one request only.
    m_page->selectProfile(slow.id);
    QVERIFY(button(QStringLiteral("testConnection"))->isEnabled());
    button(QStringLiteral("testConnection"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(stateText(slow.id), QStringLiteral("Connected as Ada Admin (portal owner)"),
                              networkTimeoutMs);
}

void TestPortalsPage::loginTokenWithTwoFactorStoresTheTokenOnly()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QPointer<PortalDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalName")), QStringLiteral("two-factor"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalUrl")),
                     m_fixture.simulator().httpUrl().toString());
    setKind(dialog, CredentialKind::Token);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("tokenSignIn"))->isChecked());
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("apiKey"))->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("email")),
                     QString::fromLatin1(PortalSimulator::tfaEmail()));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("password")),
                     QString::fromLatin1(PortalSimulator::tfaPassword()));
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QCOMPARE(ok->text(), QStringLiteral("Sign in and add"));
    ok->click();

    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<TwoFactorDialog>(), networkTimeoutMs);
    QVERIFY(dialog->isBusy());
    TwoFactorDialog *codeDialog = visibleWindow<TwoFactorDialog>();
    QTest::keyClicks(child<QLineEdit>(codeDialog, QStringLiteral("twoFactorCode")),
                     QString::fromLatin1(PortalSimulator::tfaCode()));
    QTest::keyClick(child<QLineEdit>(codeDialog, QStringLiteral("twoFactorCode")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), networkTimeoutMs);

    QCOMPARE(m_page->profiles().size(), 1);
    const PortalProfile added = m_page->profiles().constFirst();
    QCOMPARE(added.kind, CredentialKind::Token);
    QCOMPARE(added.user, QString::fromLatin1(PortalSimulator::tfaEmail()));
    const QByteArray token = m_fixture.readSecret(added.secretKey(SecretSlot::LoginToken));
    QVERIFY(!token.isEmpty());
    QVERIFY(token != PortalSimulator::tfaPassword());
    QVERIFY(!m_fixture.store()->contains(added.secretKey(SecretSlot::Password)));
    QCOMPARE(m_fixture.store()->size(), 1);
    QVERIFY(!profilesFile().contains(PortalSimulator::tfaPassword()));
    QVERIFY(!profilesFile().contains(token));
    QTRY_VERIFY_WITH_TIMEOUT(stateText(added.id).startsWith(QStringLiteral("Connected as Tess Twofactor")),
                             networkTimeoutMs);
    // A login-token profile with an e-mail offers a new password sign-in.
    QVERIFY(button(QStringLiteral("signIn"))->isVisible());
    QCOMPARE(button(QStringLiteral("signIn"))->text(), QStringLiteral("Sign &in…"));
}

void TestPortalsPage::signInRefusalIsExplainedAndKeepsTheForm()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QPointer<PortalDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalName")), QStringLiteral("disabled"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalUrl")),
                     m_fixture.simulator().httpUrl().toString());
    setKind(dialog, CredentialKind::Token);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("email")),
                     QStringLiteral("disabled@example.com"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("password")),
                     QStringLiteral("disabled-password"));
    child<QPushButton>(dialog, QStringLiteral("okButton"))->click();
    auto *error = child<QLabel>(dialog, QStringLiteral("dialogError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !dialog->isBusy(), networkTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("disabled@example.com is disabled")),
             qPrintable(error->text()));
    // Nothing typed is lost, nothing is saved.
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("email"))->text(),
             QStringLiteral("disabled@example.com"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("password"))->text(),
             QStringLiteral("disabled-password"));
    QVERIFY(m_page->profiles().isEmpty());
    dialog->reject();
}

void TestPortalsPage::browserSignInStoresOAuthTokens()
{
    REQUIRE_SIMULATOR(m_fixture);
    const PortalProfile seeded =
        seed(QStringLiteral("oauth"), m_fixture.simulator().httpUrl(), CredentialKind::OAuth2,
             {{SecretSlot::ClientSecret, PortalSimulator::oauthClientSecret()}},
             [](PortalProfile &profile) { profile.clientId = PortalSimulator::oauthClientId(); });
    createPage();
    // The "browser" is the admin's, signed in to the portal: it consents and follows the redirect to
    // PortalKeys' listener.
    PortalBrowser browser;
    QUrl opened;
    m_page->setUrlOpener([&](const QUrl &url) {
        opened = url;
        browser.open(url);
        return true;
    });
    auto *signIn = button(QStringLiteral("signIn"));
    QVERIFY(signIn->isVisible());
    QCOMPARE(signIn->text(), QStringLiteral("Sign in with &browser"));
    signIn->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), networkTimeoutMs);
    QVERIFY(opened.toString().contains(PortalSimulator::oauthClientId()));
    QTRY_COMPARE_WITH_TIMEOUT(stateText(seeded.id), QStringLiteral("Connected as Ada Admin (portal owner)"),
                              networkTimeoutMs);
    QVERIFY(!m_fixture.readSecret(seeded.secretKey(SecretSlot::AccessToken)).isEmpty());
    QVERIFY(!m_fixture.readSecret(seeded.secretKey(SecretSlot::RefreshToken)).isEmpty());
    QVERIFY(!profilesFile().contains(PortalSimulator::oauthClientSecret()));
}

void TestPortalsPage::editKeepsSecretsUnlessRetyped()
{
    const PortalProfile portal = seed(QStringLiteral("keep"), QUrl(QStringLiteral("http://127.0.0.1:1")),
                                      CredentialKind::ApiKey, {{SecretSlot::ApiKey, "sk-original"}});
    createPage();
    button(QStringLiteral("editPortal"))->click();
    QTRY_VERIFY(visibleWindow<PortalDialog>());
    QPointer<PortalDialog> dialog = visibleWindow<PortalDialog>();
    QVERIFY(dialog->isEditing());
    auto *apiKey = child<SecretEdit>(dialog, QStringLiteral("apiKey"));
    QVERIFY(apiKey->text().isEmpty());
    QCOMPARE(apiKey->placeholderText(), QStringLiteral("Unchanged — type to replace"));
    auto *name = child<QLineEdit>(dialog, QStringLiteral("portalName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed"));
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), QStringLiteral("Save"));

    // Another kind needs its own secret.
    setKind(dialog, CredentialKind::Basic);
    QVERIFY(!ok->isEnabled());
    setKind(dialog, CredentialKind::ApiKey);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_page->profiles().constFirst().name, QStringLiteral("renamed"));
    QCOMPARE(m_page->profiles().constFirst().id, portal.id);
    QCOMPARE(m_fixture.readSecret(portal.secretKey(SecretSlot::ApiKey)), QByteArray("sk-original"));
    QVERIFY(waitIdle()); // the test that follows an edit fails at once: nothing listens on port 1
}

void TestPortalsPage::keychainFailureKeepsTheDialogOpen()
{
    createPage();
    m_fixture.store()->failWith(SecretError::unavailable(QStringLiteral("no Secret Service")));
    QPointer<PortalDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalName")), QStringLiteral("locked"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("portalUrl")),
                     QStringLiteral("portal.example.com"));
    const QString typedKey = QStringLiteral("sk-") + QString(64, QLatin1Char('7'));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("apiKey")), typedKey);
    child<QPushButton>(dialog, QStringLiteral("okButton"))->click();
    auto *error = child<VerdictBanner>(dialog, QStringLiteral("dialogError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("keychain")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(typedKey));
    QVERIFY(!dialog.isNull() && dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("apiKey"))->text(), typedKey);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("portalName"))->text(), QStringLiteral("locked"));
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("okButton"))->isEnabled());
    QVERIFY(m_page->profiles().isEmpty());
    QVERIFY(!QFile::exists(m_profilesPath));
}

void TestPortalsPage::shortcutsWorkOnlyOnThePortalsPage()
{
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId::Portals);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar->hasFocus());
    // Ctrl+N adds a portal also while the focus is in the sidebar...
    QTest::keySequence(&window, QKeySequence::New);
    QTRY_VERIFY(visibleWindow<PortalDialog>());
    QPointer<PortalDialog> dialog = visibleWindow<PortalDialog>();
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    window.activateWindow(); // a window manager would do that when the dialog closes
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // ...and does nothing on another page.
    window.showPage(PageId::Jwt);
    QTest::keySequence(&window, QKeySequence::New);
    QTest::qWait(100);
    QVERIFY(!visibleWindow<PortalDialog>());
    window.showPage(PageId::Portals);
    QTest::keySequence(&window, QKeySequence::New);
    QTRY_VERIFY(visibleWindow<PortalDialog>());
    visibleWindow<PortalDialog>()->reject();
}

void TestPortalsPage::portalAddedOnTheCommandLineAppearsWithoutRestart()
{
    // The command line writes its own default list (under XDG_CONFIG_HOME); the page shows that file.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_fixture.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_fixture.filePath(QStringLiteral("data")));
    m_profilesPath = m_fixture.filePath(QStringLiteral("config/PortalKeys/PortalKeys/portals.json"));
    createPage();
    QVERIFY(m_page->profiles().isEmpty());

    QProcess cli;
    cli.setProcessEnvironment(environment);
    // OAuth 2.0 without a client secret: nothing for the keychain, which this test does not have.
    cli.start(QStringLiteral(PORTALKEYS_CLI_PATH),
              {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("from the command line"),
               QStringLiteral("--url"), QStringLiteral("https://cli.example.com"), QStringLiteral("--auth"),
               QStringLiteral("oauth2"), QStringLiteral("--client-id"),
               QStringLiteral("11111111-2222-3333-4444-555555555555")});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->profiles().size(), 1, 5000);
    QCOMPARE(m_page->profiles().constFirst().name, QStringLiteral("from the command line"));
    QVERIFY(child<PortalList>(m_page.get(), QStringLiteral("portalList"))->isVisible());
    QVERIFY(!child<QWidget>(m_page.get(), QStringLiteral("emptyState"))->isVisible());
}

QTEST_MAIN(TestPortalsPage)
#include "tst_portalspage.moc"
