// Drives the OAuth apps page offscreen as an admin would, against the portal simulator (tests/support): the
// scope matrix, checks as you type, the icon picker, drafts saved, exported and imported, and registered apps
// registered, updated, disabled, their secret shown again or renewed, deleted and tried in the browser.
// Secrets live in a MemorySecretStore; portals and drafts in temporary folders.
#include "jwt/JwtInspectorPage.h"
#include "oauthapps/AppForm.h"
#include "oauthapps/AppList.h"
#include "oauthapps/ClientSecretDialog.h"
#include "oauthapps/OAuthAppsPage.h"
#include "oauthapps/TryItDialog.h"
#include "shell/MainWindow.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretEdit.h"
#include "widgets/VerdictBanner.h"

#include "oauth/AppIcon.h"
#include "oauth/OAuthApp.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/NamedSecret.h"
#include "support/GuiTestFixture.h"
#include "support/PortalBrowser.h"
#include "support/WidgetLookup.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using OAuth::OAuthApp;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Portal::SecretSlot;
using Testing::child;
using Testing::networkTimeoutMs;
using Testing::PortalBrowser;
using Testing::PortalSimulator;
using Testing::visibleWindow;

namespace {

QByteArray pngOfSize(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestOAuthAppsPage : public QObject {
    Q_OBJECT

private:
    // The drafts folder of the page (OAuth app drafts are files in a folder).
    QString draftsFolder() const { return m_fixture.filePath(QStringLiteral("drafts")); }
    void createPage(bool withPortal = true);
    bool waitIdle() { return Testing::GuiTestFixture::waitIdle(m_page.get()); }
    template <typename T> T *find(const QString &name) const { return child<T>(m_page.get(), name); }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    FieldMessage *message(const QString &name) const { return find<FieldMessage>(name); }
    QString writeFile(const QString &name, const QByteArray &bytes);
    void fillValidForm(const QString &name);
    const OAuthApp *registered(const QString &name) const;
    void selectRegistered(const QString &name);

    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<OAuthAppsPage> m_page;
    QString m_nextFile; // what the "file dialog" answers next

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyPageOffersANewApp();
    void writeImpliesReadInTheScopeMatrix();
    void validationAsYouType();
    void iconIsScaledAfterAgreeing();
    void draftSaveExportImportRoundTrip();
    void registerShowsTheSecretAndStoresIt();
    void registryLimitIsNamed();
    void showSecretReadsItAgain();
    void updateChangesTheNameOnly();
    void disableAndEnable();
    void regenerateShowsTheNewSecret();
    void isPublicIsNoChoice();
    void deleteAsksNamingTheApp();
    void serverFieldErrorShowsUnderItsField();
    void tryItShowsTokensAndOpensThemInTheInspector();
};

void TestOAuthAppsPage::initTestCase()
{
    // The main window's pages read the default portal list and drafts: the fixture keeps them apart.
    m_fixture.start();
}

void TestOAuthAppsPage::init()
{
    m_fixture.init();
    m_nextFile.clear();
}

void TestOAuthAppsPage::cleanup()
{
    m_page.reset();
    m_fixture.cleanup();
}

void TestOAuthAppsPage::createPage(bool withPortal)
{
    if (withPortal)
        m_fixture.addSimulatorUser(QStringLiteral("simulated"), PortalSimulator::adminEmail(),
                                   PortalSimulator::adminPassword());
    m_page = std::make_unique<OAuthAppsPage>(m_fixture.store(), m_fixture.profilesPath(), draftsFolder());
    m_page->setFileChooser([this](FilePurpose, const QString &) { return m_nextFile; });
    QVERIFY(m_fixture.show(m_page.get(), QSize(1100, 760)));
}

QString TestOAuthAppsPage::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_fixture.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOAuthAppsPage::fillValidForm(const QString &name)
{
    QLineEdit *appName = find<QLineEdit>(QStringLiteral("appName"));
    appName->clear();
    QTest::keyClicks(appName, name);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("websiteUrl")),
                     QStringLiteral("https://app.example.com"));
    m_nextFile = writeFile(QStringLiteral("icon32.png"), pngOfSize(QSize(32, 32)));
    button(QStringLiteral("chooseIcon"))->click();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("redirectUris-entry-0")),
                     QStringLiteral("http://127.0.0.1/callback"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("allowedOrigins-entry-0")),
                     QStringLiteral("https://app.example.com"));
    find<QCheckBox>(QStringLiteral("scope-files:write"))->click();
    find<QCheckBox>(QStringLiteral("scope-accounts.self:read"))->click();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("policyUrl")),
                     QStringLiteral("https://app.example.com/privacy"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("termsUrl")),
                     QStringLiteral("https://app.example.com/terms"));
}

const OAuthApp *TestOAuthAppsPage::registered(const QString &name) const
{
    for (const OAuth::RegisteredApp &known : m_page->registry().apps()) {
        if (known.app.name == name)
            return &known.app;
    }
    return nullptr;
}

void TestOAuthAppsPage::selectRegistered(const QString &name)
{
    const OAuthApp *app = registered(name);
    if (!app)
        qFatal("no registered app named %s", qPrintable(name));
    if (!m_page->selectApp(app->clientId))
        qFatal("cannot select %s", qPrintable(name));
}

void TestOAuthAppsPage::emptyPageOffersANewApp()
{
    createPage(false);
    QCOMPARE(find<QLabel>(QStringLiteral("pageHeading"))->text(), QStringLiteral("OAuth apps"));
    QVERIFY(m_page->shown().isNone());
    QCOMPARE(find<QLabel>(QStringLiteral("appTitle"))->text(), QStringLiteral("New app"));
    QVERIFY(!button(QStringLiteral("registerApp"))->isEnabled());
    QVERIFY(!button(QStringLiteral("saveDraft"))->isEnabled());
    QVERIFY(!button(QStringLiteral("tryIt"))->isVisible());
    // Nothing typed, nothing red: what is missing is listed once, beside the buttons.
    QVERIFY(!message(QStringLiteral("appName-message"))->isVisible());
    const QString hint = find<QLabel>(QStringLiteral("actionHint"))->text();
    QVERIFY2(hint.contains(QStringLiteral("app name")) && hint.contains(QStringLiteral("icon")),
             qPrintable(hint));
    auto *list = find<AppList>(QStringLiteral("appList"));
    QVERIFY(list->appModel()->refs().isEmpty());
    QVERIFY(!find<QWidget>(QStringLiteral("portalPicker"))->isEnabled());
}

void TestOAuthAppsPage::writeImpliesReadInTheScopeMatrix()
{
    createPage(false);
    auto *read = find<QCheckBox>(QStringLiteral("scope-files:read"));
    auto *write = find<QCheckBox>(QStringLiteral("scope-files:write"));
    QVERIFY(!read->isChecked() && read->isEnabled());
    write->click();
    QVERIFY(write->isChecked());
    QVERIFY(read->isChecked());
    QVERIFY(!read->isEnabled()); // cannot be unchecked while write is on
    QCOMPARE(m_page->form()->app().scopes,
             QStringList({QStringLiteral("files:read"), QStringLiteral("files:write")}));

    write->click();
    QVERIFY(!write->isChecked());
    QVERIFY(read->isChecked()); // unchecking write keeps read
    QVERIFY(read->isEnabled());
    QCOMPARE(m_page->form()->app().scopes, QStringList{QStringLiteral("files:read")});
    read->click();
    QVERIFY(!read->isChecked());
    QVERIFY(m_page->form()->app().scopes.isEmpty());

    // OpenID is one scope of its own.
    find<QCheckBox>(QStringLiteral("scope-openid"))->click();
    QCOMPARE(m_page->form()->app().scopes, QStringList{QStringLiteral("openid")});
}

void TestOAuthAppsPage::validationAsYouType()
{
    createPage(false);
    auto *website = find<QLineEdit>(QStringLiteral("websiteUrl"));
    QTest::keyClicks(website, QStringLiteral("http://localhost:3000"));
    FieldMessage *websiteMessage = message(QStringLiteral("websiteUrl-message"));
    QVERIFY(websiteMessage->isVisible());
    QCOMPARE(websiteMessage->kind(), FieldMessage::Kind::Error);
    QVERIFY2(websiteMessage->text().contains(QStringLiteral("http://127.0.0.1:3000")),
             qPrintable(websiteMessage->text()));
    website->clear();
    QTest::keyClicks(website, QStringLiteral("https://app.example.com"));
    QVERIFY(!websiteMessage->isVisible());

    QTest::keyClicks(find<QLineEdit>(QStringLiteral("allowedOrigins-entry-0")),
                     QStringLiteral("https://app.example.com/login"));
    FieldMessage *originMessage = message(QStringLiteral("allowedOrigins-message-0"));
    QVERIFY(originMessage->isVisible());
    QCOMPARE(originMessage->kind(),
             FieldMessage::Kind::Warning); // the portal takes it; browsers never match it
    QVERIFY2(originMessage->text().contains(QStringLiteral("https://app.example.com;")) ||
                 originMessage->text().contains(QStringLiteral("use https://app.example.com")),
             qPrintable(originMessage->text()));

    QTest::keyClicks(find<QLineEdit>(QStringLiteral("redirectUris-entry-0")),
                     QStringLiteral("https://app.example.com/callback"));
    button(QStringLiteral("redirectUris-add"))->click();
    auto *second = find<QLineEdit>(QStringLiteral("redirectUris-entry-1"));
    QTest::keyClicks(second, QStringLiteral("https://APP.example.com/callback"));
    FieldMessage *duplicate = message(QStringLiteral("redirectUris-message-1"));
    QTRY_VERIFY(duplicate->isVisible()); // a line added to a shown form is shown from the event loop
    QVERIFY2(duplicate->text().contains(QStringLiteral("same address as")), qPrintable(duplicate->text()));
    QCOMPARE(duplicate->kind(), FieldMessage::Kind::Warning);
    QVERIFY(!message(QStringLiteral("redirectUris-message-0"))->isVisible());
    // Typed twice exactly: the portal merges them, and says so in amber.
    second->clear();
    QTest::keyClicks(second, QStringLiteral("https://app.example.com/callback"));
    QVERIFY2(duplicate->text().contains(QStringLiteral("keeps it once")), qPrintable(duplicate->text()));
    QCOMPARE(duplicate->kind(), FieldMessage::Kind::Warning);
    // A Claude connector's redirect is taken as it is.
    second->clear();
    QTest::keyClicks(second, QStringLiteral("claude://claude.ai/api/mcp/auth_callback"));
    QVERIFY2(!duplicate->isVisible(), qPrintable(duplicate->text()));

    // A plain-http redirect elsewhere than this computer is a warning, in amber.
    second->clear();
    QTest::keyClicks(second, QStringLiteral("http://app.example.com/callback"));
    QCOMPARE(duplicate->kind(), FieldMessage::Kind::Warning);
    QVERIFY2(duplicate->text().contains(QStringLiteral("plain http")), qPrintable(duplicate->text()));

    QVERIFY(!button(QStringLiteral("registerApp"))->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("actionHint"))->isVisible());
}

void TestOAuthAppsPage::iconIsScaledAfterAgreeing()
{
    createPage(false);
    m_nextFile = writeFile(QStringLiteral("wide.png"), pngOfSize(QSize(64, 48)));

    // Declining leaves the form without an icon.
    button(QStringLiteral("chooseIcon"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("scaleQuestion")));
    QMessageBox *question = visibleWindow<QMessageBox>(QStringLiteral("scaleQuestion"));
    QVERIFY2(question->informativeText().contains(QStringLiteral("64×48")),
             qPrintable(question->informativeText()));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleWindow<QMessageBox>(QStringLiteral("scaleQuestion")));
    QVERIFY(m_page->form()->app().logo.isEmpty());

    button(QStringLiteral("chooseIcon"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("scaleQuestion")));
    child<QPushButton>(visibleWindow<QMessageBox>(QStringLiteral("scaleQuestion")),
                       QStringLiteral("scaleIcon"))
        ->click();
    QTRY_VERIFY(!m_page->form()->app().logo.isEmpty());
    const OAuth::AppIcon icon = OAuth::AppIcon::fromDataUri(m_page->form()->app().logo);
    QVERIFY2(icon.isValid(), qPrintable(icon.error()));
    QCOMPARE(icon.format(), OAuth::AppIcon::Format::Png);
    QCOMPARE(icon.size(), QSize(32, 32));
    const QPixmap preview = find<QLabel>(QStringLiteral("iconPreview"))->pixmap();
    QCOMPARE(preview.deviceIndependentSize().toSize(), QSize(32, 32));
    QVERIFY(!message(QStringLiteral("logo-message"))->isVisible());

    // What core refuses is said under the icon, and the icon stays.
    m_nextFile = writeFile(QStringLiteral("not-an-image.png"), QByteArrayLiteral("GIF89a not really"));
    button(QStringLiteral("chooseIcon"))->click();
    FieldMessage *logoMessage = message(QStringLiteral("logo-message"));
    QTRY_VERIFY(logoMessage->isVisible());
    QCOMPARE(logoMessage->kind(), FieldMessage::Kind::Error);
    QVERIFY2(logoMessage->text().contains(QStringLiteral("GIF")), qPrintable(logoMessage->text()));
    QCOMPARE(OAuth::AppIcon::fromDataUri(m_page->form()->app().logo).size(), QSize(32, 32));
}

void TestOAuthAppsPage::draftSaveExportImportRoundTrip()
{
    createPage(false);
    fillValidForm(QStringLiteral("Sales reports"));
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("description")), QStringLiteral("Monthly figures"));
    find<QCheckBox>(QStringLiteral("allowPkce"))->click();
    const OAuthApp typed = m_page->form()->app();
    QVERIFY(button(QStringLiteral("saveDraft"))->isEnabled());

    QTest::keySequence(m_page.get(), QKeySequence::Save);
    QCOMPARE(m_page->drafts().size(), 1);
    const QString id = m_page->drafts().constFirst().id;
    QVERIFY(m_page->shown() == AppList::Ref::draft(id));
    QVERIFY(!button(QStringLiteral("saveDraft"))->isEnabled()); // nothing changed since
    QFile draftFile(QDir(draftsFolder()).filePath(id + QStringLiteral(".json")));
    QVERIFY(draftFile.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(draftFile.readAll()).object();
    QCOMPARE(stored, typed.toCreateJson()); // a draft is exactly the create body
    QVERIFY(!stored.contains(QStringLiteral("client_secret")));
    QVERIFY(find<AppList>(QStringLiteral("appList"))->appModel()->refs().contains(AppList::Ref::draft(id)));

    const QString exported = m_fixture.filePath(QStringLiteral("exported.json"));
    m_nextFile = exported;
    button(QStringLiteral("exportDraft"))->click();
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(exportFile.readAll()).object(), typed.toCreateJson());

    // Importing makes a second draft with the same content; what the file has besides is reported.
    QJsonObject withExtras = typed.toCreateJson();
    withExtras.insert(QStringLiteral("client_secret"), QStringLiteral("do-not-keep-me"));
    m_nextFile = writeFile(QStringLiteral("with-secret.json"), QJsonDocument(withExtras).toJson());
    button(QStringLiteral("importDraft"))->click();
    QCOMPARE(m_page->drafts().size(), 2);
    QVERIFY(m_page->shown() != AppList::Ref::draft(id));
    QCOMPARE(m_page->form()->app().toCreateJson(), typed.toCreateJson());
    auto *notice = find<VerdictBanner>(QStringLiteral("pageNotice"));
    QCOMPARE(notice->state(), VerdictBanner::State::Warning);
    QVERIFY2(notice->text().contains(QStringLiteral("client secret")), qPrintable(notice->text()));
    for (const QString &entry : QDir(draftsFolder()).entryList(QDir::Files)) {
        QFile file(QDir(draftsFolder()).filePath(entry));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("do-not-keep-me"));
    }

    // A file that is no JSON object is refused with a reason.
    m_nextFile = writeFile(QStringLiteral("broken.json"), QByteArrayLiteral("[1, 2"));
    button(QStringLiteral("importDraft"))->click();
    QCOMPARE(m_page->drafts().size(), 2);
    QCOMPARE(notice->state(), VerdictBanner::State::Invalid);

    // Deleting a draft asks first.
    button(QStringLiteral("deleteApp"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("deleteConfirmation")));
    child<QPushButton>(visibleWindow<QMessageBox>(QStringLiteral("deleteConfirmation")),
                       QStringLiteral("confirmAction"))
        ->click();
    QTRY_COMPARE(m_page->drafts().size(), 1);
}

void TestOAuthAppsPage::registerShowsTheSecretAndStoresIt()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    QCOMPARE(m_page->registry().apps().size(), 2); // the simulator's demo apps
    QVERIFY(registered(QStringLiteral("PortalKeys Demo")));

    fillValidForm(QStringLiteral("Reporting bot"));
    auto *registerButton = button(QStringLiteral("registerApp"));
    QVERIFY2(registerButton->isEnabled(), qPrintable(find<QLabel>(QStringLiteral("actionHint"))->text()));
    registerButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<ClientSecretDialog>(), networkTimeoutMs);
    ClientSecretDialog *dialog = visibleWindow<ClientSecretDialog>();
    QPointer<ClientSecretDialog> closing(dialog);

    const OAuthApp *app = registered(QStringLiteral("Reporting bot"));
    QVERIFY(app);
    const QString clientId = app->clientId;
    QVERIFY(m_page->shown() == AppList::Ref::registered(clientId));
    QVERIFY(find<AppList>(QStringLiteral("appList"))
                ->appModel()
                ->refs()
                .contains(AppList::Ref::registered(clientId)));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("clientIdValue"))->text(), clientId);
    auto *secretEdit = child<SecretEdit>(dialog, QStringLiteral("clientSecretValue"));
    const QString secret = secretEdit->text();
    QVERIFY(secret.size() >= 20);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    // No "shown once": the note says where to find the secret again.
    const QString note = child<VerdictBanner>(dialog, QStringLiteral("secretNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("Show secret")) && !note.contains(QStringLiteral("only time")),
             qPrintable(note));

    auto *name = child<QLineEdit>(dialog, QStringLiteral("keychainName"));
    QCOMPARE(name->text(), QStringLiteral("oauth-app/") + clientId);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("reporting-bot"));
    child<QPushButton>(dialog, QStringLiteral("storeInKeychain"))->click();
    QTRY_COMPARE(dialog->storedName(), QStringLiteral("reporting-bot"));
    QCOMPARE(m_fixture.readSecret(NamedSecret::keychainKey(QStringLiteral("reporting-bot"))),
             secret.toUtf8());

    // Kept, so closing asks nothing; afterwards the secret is nowhere on the page.
    child<QPushButton>(dialog, QStringLiteral("closeSecretDialog"))->click();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!visibleWindow<QMessageBox>());
    for (QLineEdit *edit : m_page->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(secret));
    QVERIFY(!QJsonDocument(m_page->form()->app().toCreateJson()).toJson().contains(secret.toUtf8()));
}

void TestOAuthAppsPage::registryLimitIsNamed()
{
    REQUIRE_SIMULATOR(m_fixture);
    // The cloud registry, over its limit already (set low here; DocSpace cloud's is 100 apps per portal).
    m_fixture.simulator().control(
        "POST", QStringLiteral("/__sim/config"),
        {{QStringLiteral("cloud_registry"), true}, {QStringLiteral("cloud_clients_per_tenant"), 1}});
    createPage();
    QVERIFY(waitIdle());
    fillValidForm(QStringLiteral("One too many"));
    button(QStringLiteral("registerApp"))->click();
    QVERIFY(waitIdle());
    auto *notice = find<VerdictBanner>(QStringLiteral("pageNotice"));
    QCOMPARE(notice->state(), VerdictBanner::State::Invalid);
    QVERIFY2(notice->text().contains(QStringLiteral("at most 100 OAuth apps")), qPrintable(notice->text()));
    QVERIFY(!visibleWindow<ClientSecretDialog>());
    QVERIFY(!registered(QStringLiteral("One too many")));
    QVERIFY(button(QStringLiteral("registerApp"))->isEnabled()); // the form is kept to try again
}

void TestOAuthAppsPage::showSecretReadsItAgain()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    selectRegistered(QStringLiteral("PortalKeys Demo"));
    auto *show = button(QStringLiteral("showSecret"));
    QVERIFY(show->isVisible() && show->isEnabled());
    const int before = m_fixture.simulator().requests().size();
    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<ClientSecretDialog>(), networkTimeoutMs);
    ClientSecretDialog *dialog = visibleWindow<ClientSecretDialog>();
    QPointer<ClientSecretDialog> closing(dialog);
    // Read from the app itself (GET /clients/{id}), never from the list, whose secrets are encrypted.
    bool readOne = false;
    const QJsonArray requests = m_fixture.simulator().requests();
    for (qsizetype i = before; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        readOne = readOne || (request.value(QLatin1String("method")).toString() == QLatin1String("GET") &&
                              request.value(QLatin1String("path")).toString() ==
                                  QStringLiteral("/api/2.0/clients/") + PortalSimulator::oauthClientId());
    }
    QVERIFY(readOne);

    // Masked unless asked for, and the portal's current secret.
    auto *secretEdit = child<SecretEdit>(dialog, QStringLiteral("clientSecretValue"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(secretEdit->text().toUtf8(), PortalSimulator::oauthClientSecret());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("PortalKeys Demo")));

    // Copied by the clipboard rule (cleared later), stored in the keychain through the secret store.
    child<QPushButton>(dialog, QStringLiteral("copyClientSecret"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), PortalSimulator::oauthClientSecret());
    auto *name = child<QLineEdit>(dialog, QStringLiteral("keychainName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("demo-secret"));
    child<QPushButton>(dialog, QStringLiteral("storeInKeychain"))->click();
    QTRY_COMPARE(dialog->storedName(), QStringLiteral("demo-secret"));
    QCOMPARE(m_fixture.readSecret(NamedSecret::keychainKey(QStringLiteral("demo-secret"))),
             PortalSimulator::oauthClientSecret());

    // Closing loses nothing, so it asks nothing.
    child<QPushButton>(dialog, QStringLiteral("closeSecretDialog"))->click();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!visibleWindow<QMessageBox>());
    QGuiApplication::clipboard()->clear();
}

void TestOAuthAppsPage::updateChangesTheNameOnly()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    selectRegistered(QStringLiteral("PortalKeys Demo"));
    QCOMPARE(find<QLabel>(QStringLiteral("appTitle"))->text(), QStringLiteral("PortalKeys Demo"));
    QVERIFY(button(QStringLiteral("updateApp"))->isVisible());
    QVERIFY(!button(QStringLiteral("registerApp"))->isVisible());
    QVERIFY(!button(QStringLiteral("updateApp"))->isEnabled()); // nothing changed yet

    // What an update cannot change is read-only, with the portal's reason under it.
    QVERIFY(!find<QLineEdit>(QStringLiteral("websiteUrl"))->isEnabled());
    QVERIFY(!find<QLineEdit>(QStringLiteral("policyUrl"))->isEnabled());
    QVERIFY(!find<QLineEdit>(QStringLiteral("termsUrl"))->isEnabled());
    QVERIFY(!find<QLineEdit>(QStringLiteral("redirectUris-entry-0"))->isEnabled());
    QVERIFY(!find<QCheckBox>(QStringLiteral("scope-files:read"))->isEnabled());
    QVERIFY(find<QLineEdit>(QStringLiteral("allowedOrigins-entry-0"))->isEnabled());
    QString websiteReason;
    for (const OAuthApp::ReadOnlyField &field : OAuthApp::readOnlyAfterRegistration()) {
        if (field.field == QStringLiteral("website_url"))
            websiteReason = field.reason;
    }
    QCOMPARE(message(QStringLiteral("websiteUrl-message"))->text(), websiteReason);
    QCOMPARE(message(QStringLiteral("websiteUrl-message"))->kind(), FieldMessage::Kind::Note);

    auto *name = find<QLineEdit>(QStringLiteral("appName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("PortalKeys Demo, renamed"));
    QVERIFY(button(QStringLiteral("updateApp"))->isEnabled());
    button(QStringLiteral("updateApp"))->click();
    QVERIFY(waitIdle());
    QVERIFY2(registered(QStringLiteral("PortalKeys Demo, renamed")),
             qPrintable(find<VerdictBanner>(QStringLiteral("pageNotice"))->text()));
    QVERIFY(!button(QStringLiteral("updateApp"))->isEnabled());

    // The portal has it too.
    m_page->reload();
    QVERIFY(waitIdle());
    QVERIFY(registered(QStringLiteral("PortalKeys Demo, renamed")));
    QVERIFY(!registered(QStringLiteral("PortalKeys Demo")));
    QCOMPARE(registered(QStringLiteral("PortalKeys Demo, renamed"))->websiteUrl,
             QStringLiteral("https://portalkeys.example.com"));
}

void TestOAuthAppsPage::disableAndEnable()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    selectRegistered(QStringLiteral("PortalKeys Demo"));
    auto *toggle = button(QStringLiteral("toggleEnabled"));
    QCOMPARE(toggle->text(), QStringLiteral("Disa&ble"));
    toggle->click();
    QVERIFY(waitIdle());
    QVERIFY(!registered(QStringLiteral("PortalKeys Demo"))->enabled);
    QCOMPARE(toggle->text(), QStringLiteral("Ena&ble"));
    QVERIFY(!button(QStringLiteral("tryIt"))->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("appState"))->text().contains(QStringLiteral("disabled")));
    const QModelIndex item = find<AppList>(QStringLiteral("appList"))
                                 ->appModel()
                                 ->indexOf(AppList::Ref::registered(PortalSimulator::oauthClientId()));
    QVERIFY(item.isValid());
    QVERIFY(item.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Disabled")));

    toggle->click();
    QVERIFY(waitIdle());
    QVERIFY(registered(QStringLiteral("PortalKeys Demo"))->enabled);
    QVERIFY(button(QStringLiteral("tryIt"))->isEnabled());
}

void TestOAuthAppsPage::regenerateShowsTheNewSecret()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    selectRegistered(QStringLiteral("PortalKeys Demo"));
    button(QStringLiteral("regenerateSecret"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("regenerateConfirmation")));
    QMessageBox *box = visibleWindow<QMessageBox>(QStringLiteral("regenerateConfirmation"));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    child<QPushButton>(box, QStringLiteral("confirmAction"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<ClientSecretDialog>(), networkTimeoutMs);
    ClientSecretDialog *dialog = visibleWindow<ClientSecretDialog>();
    QPointer<ClientSecretDialog> closing(dialog);
    const QString secret = child<SecretEdit>(dialog, QStringLiteral("clientSecretValue"))->text();
    QVERIFY(!secret.isEmpty());
    QVERIFY(secret != QString::fromLatin1(PortalSimulator::oauthClientSecret()));

    // Closing without copying or storing loses nothing: Show secret reads the new one again.
    child<QPushButton>(dialog, QStringLiteral("closeSecretDialog"))->click();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!visibleWindow<QMessageBox>());
    button(QStringLiteral("showSecret"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<ClientSecretDialog>(), networkTimeoutMs);
    QCOMPARE(
        child<SecretEdit>(visibleWindow<ClientSecretDialog>(), QStringLiteral("clientSecretValue"))->text(),
        secret);
    visibleWindow<ClientSecretDialog>()->reject();
}

void TestOAuthAppsPage::isPublicIsNoChoice()
{
    createPage(false);
    // Not offered; a short note says why.
    for (QCheckBox *box : m_page->findChildren<QCheckBox *>())
        QVERIFY2(!box->text().contains(QStringLiteral("is_public")), qPrintable(box->text()));
    FieldMessage *note = message(QStringLiteral("isPublicNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("is_public")) &&
                 note->text().contains(QStringLiteral("true")),
             qPrintable(note->text()));

    // An older draft that says false loads, with a warning rather than an error.
    fillValidForm(QStringLiteral("Older draft"));
    QJsonObject older = m_page->form()->app().toCreateJson();
    older.insert(QStringLiteral("is_public"), false);
    m_nextFile = writeFile(QStringLiteral("older.json"), QJsonDocument(older).toJson());
    QTest::keySequence(m_page.get(), QKeySequence::Save); // keep the typed form: no question about it
    button(QStringLiteral("importDraft"))->click();
    QCOMPARE(m_page->drafts().size(), 2);
    auto *notice = find<VerdictBanner>(QStringLiteral("pageNotice"));
    QCOMPARE(notice->state(), VerdictBanner::State::Warning);
    QVERIFY2(notice->text().contains(QStringLiteral("is_public")), qPrintable(notice->text()));
    QCOMPARE(m_page->form()->app().name, QStringLiteral("Older draft"));
    QVERIFY(button(QStringLiteral("saveDraft"))->isVisible());
    QCOMPARE(m_page->form()->app().toCreateJson().value(QLatin1String("is_public")), QJsonValue(true));
}

void TestOAuthAppsPage::deleteAsksNamingTheApp()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    selectRegistered(QStringLiteral("PortalKeys Public Demo"));
    button(QStringLiteral("deleteApp"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("deleteConfirmation")));
    QMessageBox *box = visibleWindow<QMessageBox>(QStringLiteral("deleteConfirmation"));
    QVERIFY2(box->text().contains(QStringLiteral("“PortalKeys Public Demo”")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QPointer<QMessageBox> closing(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(registered(QStringLiteral("PortalKeys Public Demo")));

    button(QStringLiteral("deleteApp"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("deleteConfirmation")));
    child<QPushButton>(visibleWindow<QMessageBox>(QStringLiteral("deleteConfirmation")),
                       QStringLiteral("confirmAction"))
        ->click();
    QVERIFY(waitIdle());
    QVERIFY(!registered(QStringLiteral("PortalKeys Public Demo")));
    QVERIFY(m_page->shown().isNone());
    m_page->reload();
    QVERIFY(waitIdle());
    QCOMPARE(m_page->registry().apps().size(), 1);
    QVERIFY(!registered(QStringLiteral("PortalKeys Public Demo")));
}

void TestOAuthAppsPage::serverFieldErrorShowsUnderItsField()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(waitIdle());
    const QString serverWords = QStringLiteral("This portal does not accept that website.");
    const QJsonObject problem{
        {QStringLiteral("type"), QStringLiteral("about:blank")},
        {QStringLiteral("title"), QStringLiteral("Bad Request")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("detail"), QStringLiteral("Validation failed")},
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("website_url")},
                                {QStringLiteral("code"), QStringLiteral("ErrorWrongURL")},
                                {QStringLiteral("message"), serverWords}}}}};
    m_fixture.simulator().addFault(
        {{QStringLiteral("path"), QStringLiteral("/api/2.0/clients")},
         {QStringLiteral("method"), QStringLiteral("POST")},
         {QStringLiteral("status"), 400},
         {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(problem).toJson())}});
    fillValidForm(QStringLiteral("Refused app"));
    button(QStringLiteral("registerApp"))->click();
    QVERIFY(waitIdle());
    QVERIFY(!visibleWindow<ClientSecretDialog>());
    FieldMessage *websiteMessage = message(QStringLiteral("websiteUrl-message"));
    QVERIFY(websiteMessage->isVisible());
    QCOMPARE(websiteMessage->text(), serverWords);
    QCOMPARE(websiteMessage->kind(), FieldMessage::Kind::Error);
    QCOMPARE(find<VerdictBanner>(QStringLiteral("pageNotice"))->state(), VerdictBanner::State::Invalid);
    QVERIFY(!registered(QStringLiteral("Refused app")));

    // Editing the field takes the portal's word back; the fault was for one request, so it registers now.
    auto *website = find<QLineEdit>(QStringLiteral("websiteUrl"));
    website->clear();
    QTest::keyClicks(website, QStringLiteral("https://other.example.com"));
    QVERIFY(!websiteMessage->isVisible());
    button(QStringLiteral("registerApp"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<ClientSecretDialog>(), networkTimeoutMs);
    QVERIFY(registered(QStringLiteral("Refused app")));
}

void TestOAuthAppsPage::tryItShowsTokensAndOpensThemInTheInspector()
{
    REQUIRE_SIMULATOR(m_fixture);
    // The whole window, so that "Open in JWT inspector" has somewhere to go. Its pages use the default
    // portal list and drafts folder, which test mode keeps apart.
    const PortalProfile portal =
        m_fixture.addSimulatorUser(QStringLiteral("simulated"), PortalSimulator::adminEmail(),
                                   PortalSimulator::adminPassword(), Portal::ProfileStore::defaultPath());
    auto store = std::make_unique<MemorySecretStore>();
    using Fixture = Testing::GuiTestFixture;
    Fixture::writeSecret(*store, portal.secretKey(SecretSlot::Password), PortalSimulator::adminPassword());
    // The demo app's secret, as if it had been stored when the app was registered.
    Fixture::writeSecret(
        *store, NamedSecret::keychainKey(QStringLiteral("oauth-app/") + PortalSimulator::oauthClientId()),
        PortalSimulator::oauthClientSecret());
    MainWindow window(std::move(store), PageId::OAuthApps);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<OAuthAppsPage *>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->registry().apps().size() == 2, networkTimeoutMs);

    // The test plays the admin's browser, signed in to the portal: it consents and is sent on to PortalKeys'
    // listener.
    PortalBrowser browser;
    QUrl opened;
    page->setUrlOpener([&](const QUrl &url) {
        opened = url;
        browser.open(url);
        return true;
    });
    QVERIFY(page->selectApp(PortalSimulator::oauthClientId()));
    child<QPushButton>(page, QStringLiteral("tryIt"))->click();
    QTRY_VERIFY(visibleWindow<TryItDialog>());
    TryItDialog *dialog = visibleWindow<TryItDialog>();
    QPointer<TryItDialog> closing(dialog);
    // The demo app allows PKCE; try it as a confidential client with the secret from the keychain.
    child<QRadioButton>(dialog, QStringLiteral("useKeychainSecret"))->click();
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("secretName"))->text(),
             QStringLiteral("oauth-app/") + PortalSimulator::oauthClientId());
    child<QPushButton>(dialog, QStringLiteral("startTryIt"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(dialog, QStringLiteral("tokens"))->isVisible(), networkTimeoutMs);
    QVERIFY(opened.toString().contains(PortalSimulator::oauthClientId()));
    auto *access = child<SecretEdit>(dialog, QStringLiteral("accessToken"));
    const QString token = access->text();
    QCOMPARE(token.count(QLatin1Char('.')), 2);
    QCOMPARE(access->echoMode(), QLineEdit::Password);
    QVERIFY(!child<SecretEdit>(dialog, QStringLiteral("refreshToken"))->text().isEmpty());
    QCOMPARE(child<VerdictBanner>(dialog, QStringLiteral("tryItResult"))->state(),
             VerdictBanner::State::Valid);

    child<QPushButton>(dialog, QStringLiteral("openInInspector"))->click();
    QTRY_VERIFY(closing.isNull());
    QCOMPARE(window.currentPage(), PageId::Jwt);
    auto *inspector = window.findChild<JwtInspectorPage *>();
    QCOMPARE(inspector->findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"))->toPlainText(), token);

    // A public client signs in with PKCE alone: no secret, no refresh token.
    window.showPage(PageId::OAuthApps);
    QVERIFY(page->selectApp(PortalSimulator::publicClientId()));
    child<QPushButton>(page, QStringLiteral("tryIt"))->click();
    QTRY_VERIFY(visibleWindow<TryItDialog>());
    dialog = visibleWindow<TryItDialog>();
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("usePkceOnly"))->isChecked());
    child<QPushButton>(dialog, QStringLiteral("startTryIt"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(dialog, QStringLiteral("tokens"))->isVisible(), networkTimeoutMs);
    QVERIFY(!child<SecretEdit>(dialog, QStringLiteral("refreshToken"))->isVisible());
    dialog->reject();
    QFile::remove(Portal::ProfileStore::defaultPath());
}

QTEST_MAIN(TestOAuthAppsPage)
#include "tst_oauthappspage.moc"
