// Drives the API keys page offscreen as a portal admin would, against the portal simulator: the table with
// keys that expire soon highlighted and expired ones marked, Create… with the key shown once (copy, keychain,
// add as a portal), closing without keeping it, Edit…, switching off and on, Delete… with its question, the
// portal's refusals in words, false from PUT, and Cancel. Secrets live in a MemorySecretStore; the portal
// list in a temporary folder. Afterwards no new key is in any file of the test's HOME or that folder.
#include "apikeys/ApiKeyCreatedDialog.h"
#include "apikeys/ApiKeyDialog.h"
#include "apikeys/ApiKeyRowDelegate.h"
#include "apikeys/ApiKeysPage.h"
#include "widgets/PortalPicker.h"
#include "widgets/SecretEdit.h"
#include "widgets/VerdictBanner.h"

#include "apikeys/ApiKeyTableModel.h"
#include "common/Translations.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/NamedSecret.h"
#include "support/CliRunner.h"
#include "support/GuiTestFixture.h"
#include "support/WidgetLookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using ApiKeys::ApiKey;
using ApiKeys::ApiKeyTableModel;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Portal::SecretSlot;
using Testing::child;
using Testing::networkTimeoutMs;
using Testing::PortalSimulator;
using Testing::visibleWindow;

class TestApiKeysPage : public QObject {
    Q_OBJECT

private:
    void createPage(const QByteArray &email = PortalSimulator::adminEmail(),
                    const QByteArray &password = PortalSimulator::adminPassword());
    bool waitIdle() { return Testing::GuiTestFixture::waitIdle(m_page.get()); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(m_page.get(), name); }
    QString notice() const
    {
        return child<VerdictBanner>(m_page.get(), QStringLiteral("pageNotice"))->text();
    }
    int rowNamed(const QString &name) const;
    QString cell(const QString &name, int column) const;
    // Create… through the dialog; returns the dialog that shows the new key (or nullptr).
    ApiKeyCreatedDialog *createThroughDialog(const QString &name, const QStringList &scopes, int days);
    void configure(const QJsonObject &config)
    {
        m_fixture.simulator().control("POST", QStringLiteral("/__sim/config"), config);
    }

    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<ApiKeysPage> m_page;
    QList<QByteArray> m_keys; // every key the page showed

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableListsTheKeysMasked();
    void createShowsTheKeyOnceToCopyStoreOrAddAsAPortal();
    void closingWithoutKeepingTheKeyAsks();
    void expiringKeysAreHighlightedFromThePalette();
    void expiredKeysAreMarkedAndOnlyDeletable();
    void editRenamesAndChangesPermissions();
    void switchOffAndOn();
    void deleteAsksFirst();
    void refusalsAreShownInWords();
    void falseFromThePortalIsShown();
    void slowPortalCanBeCancelled();
    void newKeysNeverReachAFile();
};

void TestApiKeysPage::initTestCase()
{
    m_fixture.start();
    // Plural forms ("in 3 days") come from the English translation, as in the app.
    installTranslations(*QCoreApplication::instance());
}

void TestApiKeysPage::init()
{
    m_fixture.init();
}

void TestApiKeysPage::cleanup()
{
    m_page.reset();
    // Scanned in newKeysNeverReachAFile; the folder goes with the test function, so look now.
    {
        QDirIterator it(m_fixture.folder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &key : std::as_const(m_keys))
                QVERIFY2(!content.contains(key),
                         qPrintable(QStringLiteral("a key is in ") + file.fileName()));
        }
    }
    m_fixture.cleanup();
    QGuiApplication::clipboard()->clear();
}

void TestApiKeysPage::createPage(const QByteArray &email, const QByteArray &password)
{
    QFile::remove(m_fixture.profilesPath()); // one portal, also when a test opens the page again
    m_fixture.addSimulatorUser(QStringLiteral("simulated"), email, password);
    m_page = std::make_unique<ApiKeysPage>(m_fixture.store(), m_fixture.profilesPath());
    QVERIFY(m_fixture.show(m_page.get(), QSize(1100, 640)));
    // Shown for the first time, the page loads the chosen portal's keys.
    QVERIFY(m_page->isBusy());
    QVERIFY(waitIdle());
}

int TestApiKeysPage::rowNamed(const QString &name) const
{
    const ApiKeyTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->keyAt(row)->name == name)
            return row;
    }
    return -1;
}

QString TestApiKeysPage::cell(const QString &name, int column) const
{
    return m_page->model()->index(rowNamed(name), column).data().toString();
}

ApiKeyCreatedDialog *TestApiKeysPage::createThroughDialog(const QString &name, const QStringList &scopes,
                                                          int days)
{
    button(QStringLiteral("createKey"))->click();
    auto *dialog = visibleWindow<ApiKeyDialog>();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("keyName")), name);
    if (!scopes.isEmpty()) {
        child<QRadioButton>(dialog, QStringLiteral("permissionsChosen"))->click();
        for (const QString &scope : scopes)
            child<QCheckBox>(dialog, QStringLiteral("scope:") + scope)->click();
    }
    if (days > 0)
        child<QSpinBox>(dialog, QStringLiteral("expiryDays"))->setValue(days);
    else
        child<QRadioButton>(dialog, QStringLiteral("neverExpires"))->click();
    QPushButton *accept = child<QPushButton>(dialog, QStringLiteral("acceptKey"));
    if (!accept->isEnabled())
        return nullptr;
    accept->click();
    // Either the key is shown, or the portal refused and the page is idle again.
    (void)QTest::qWaitFor([this] { return visibleWindow<ApiKeyCreatedDialog>() || !m_page->isBusy(); },
                          networkTimeoutMs);
    if (!visibleWindow<ApiKeyCreatedDialog>())
        return nullptr;
    auto *created = visibleWindow<ApiKeyCreatedDialog>();
    m_keys.append(child<SecretEdit>(created, QStringLiteral("apiKeyValue"))->text().toLatin1());
    return created;
}

// ---------------------------------------------------------------------------------------------------------

void TestApiKeysPage::tableListsTheKeysMasked()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QCOMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(cell(QStringLiteral("Demo read only"), ApiKeyTableModel::Key), QStringLiteral("sk-***bbbb"));
    QCOMPARE(cell(QStringLiteral("Demo read only"), ApiKeyTableModel::Permissions),
             QStringLiteral("Read only"));
    QCOMPARE(cell(QStringLiteral("Demo user key"), ApiKeyTableModel::CreatedBy), QStringLiteral("Uma User"));
    QCOMPARE(cell(QStringLiteral("Demo user key"), ApiKeyTableModel::Expires), QStringLiteral("never"));
    QCOMPARE(m_page->model()->headerData(ApiKeyTableModel::LastUsed, Qt::Horizontal).toString(),
             QStringLiteral("Last used"));
    QVERIFY(m_page->offeredPermissions().contains(QStringLiteral("rooms:write")));
    // Nothing selected: only Create… can be used.
    QVERIFY(button(QStringLiteral("createKey"))->isEnabled());
    QVERIFY(!button(QStringLiteral("editKey"))->isEnabled());
    QVERIFY(!button(QStringLiteral("deleteKey"))->isEnabled());
}

void TestApiKeysPage::createShowsTheKeyOnceToCopyStoreOrAddAsAPortal()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    ApiKeyCreatedDialog *dialog =
        createThroughDialog(QStringLiteral("Nightly export"), {QStringLiteral("files:read")}, 30);
    QVERIFY(dialog);
    QPointer<ApiKeyCreatedDialog> closing(dialog);
    auto *value = child<SecretEdit>(dialog, QStringLiteral("apiKeyValue"));
    const QByteArray key = value->text().toLatin1();
    QVERIFY2(QRegularExpression(QStringLiteral("^sk-[0-9a-f]{64}$")).match(value->text()).hasMatch(),
             key.left(6).constData());
    QCOMPARE(value->echoMode(), QLineEdit::Password); // masked unless asked for
    // The table has the key, masked, with its permissions.
    QCOMPARE(cell(QStringLiteral("Nightly export"), ApiKeyTableModel::Key),
             QStringLiteral("sk-***") + QString::fromLatin1(key.right(4)));
    QCOMPARE(cell(QStringLiteral("Nightly export"), ApiKeyTableModel::Permissions),
             QStringLiteral("files:read"));

    child<QPushButton>(dialog, QStringLiteral("copyApiKey"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), key);

    auto *secretName = child<QLineEdit>(dialog, QStringLiteral("keychainName"));
    secretName->clear();
    QTest::keyClicks(secretName, QStringLiteral("nightly-export"));
    child<QPushButton>(dialog, QStringLiteral("storeInKeychain"))->click();
    QTRY_COMPARE(dialog->storedName(), QStringLiteral("nightly-export"));
    QCOMPARE(m_fixture.readSecret(NamedSecret::keychainKey(QStringLiteral("nightly-export"))), key);

    auto *portalName = child<QLineEdit>(dialog, QStringLiteral("newPortalName"));
    portalName->clear();
    QTest::keyClicks(portalName, QStringLiteral("simulated"));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("addAsPortal"))->isEnabled()); // the name is taken
    portalName->clear();
    QTest::keyClicks(portalName, QStringLiteral("export job"));
    child<QPushButton>(dialog, QStringLiteral("addAsPortal"))->click();
    QTRY_VERIFY(!dialog->addedPortalId().isEmpty());
    const Portal::ProfileStore::LoadResult loaded = Portal::ProfileStore(m_fixture.profilesPath()).load();
    const PortalProfile *added =
        Portal::ProfileStore::findByName(loaded.profiles, QStringLiteral("export job"));
    QVERIFY(added);
    QCOMPARE(added->kind, CredentialKind::ApiKey);
    QCOMPARE(added->baseUrl, m_fixture.simulator().httpUrl());
    QCOMPARE(m_fixture.readSecret(added->secretKey(SecretSlot::ApiKey)), key);
    QCOMPARE(m_page->portalPicker()->portals().size(), 2); // listed at once
    QCOMPARE(m_page->portalPicker()->currentName(), QStringLiteral("simulated"));

    // Kept: closing asks nothing.
    child<QPushButton>(dialog, QStringLiteral("closeApiKeyDialog"))->click();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!visibleWindow<QMessageBox>());
}

void TestApiKeysPage::closingWithoutKeepingTheKeyAsks()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    ApiKeyCreatedDialog *dialog = createThroughDialog(QStringLiteral("Forgotten"), {}, 0);
    QVERIFY(dialog);
    QPointer<ApiKeyCreatedDialog> closing(dialog);
    QCOMPARE(cell(QStringLiteral("Forgotten"), ApiKeyTableModel::Expires), QStringLiteral("never"));
    dialog->reject();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("discardKeyConfirmation")));
    QMessageBox *box = visibleWindow<QMessageBox>(QStringLiteral("discardKeyConfirmation"));
    QVERIFY(box->defaultButton() != child<QPushButton>(box, QStringLiteral("closeAnyway")));
    box->defaultButton()->click(); // keep it first
    QTRY_VERIFY(!visibleWindow<QMessageBox>());
    QVERIFY(!closing.isNull() && closing->isVisible());
    dialog->reject();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("discardKeyConfirmation")));
    child<QPushButton>(visibleWindow<QMessageBox>(QStringLiteral("discardKeyConfirmation")),
                       QStringLiteral("closeAnyway"))
        ->click();
    QTRY_VERIFY(closing.isNull());
}

void TestApiKeysPage::expiringKeysAreHighlightedFromThePalette()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    ApiKeyCreatedDialog *dialog = createThroughDialog(QStringLiteral("Short-lived"), {}, 3);
    QVERIFY(dialog);
    dialog->done(QDialog::Accepted);
    const QModelIndex index = m_page->model()->index(rowNamed(QStringLiteral("Short-lived")), 0);
    QCOMPARE(ApiKey::Expiry(index.data(ApiKeyTableModel::ExpiryRole).toInt()), ApiKey::Expiry::Soon);
    QVERIFY(
        cell(QStringLiteral("Short-lived"), ApiKeyTableModel::Expires).contains(QStringLiteral("in 3 days")));
    QVERIFY2(
        child<QLabel>(m_page.get(), QStringLiteral("expiryLegend"))->text().contains(QStringLiteral("1 key")),
        qPrintable(child<QLabel>(m_page.get(), QStringLiteral("expiryLegend"))->text()));
    // The colours come from the palette, whatever it is.
    QPalette palette;
    palette.setColor(QPalette::ToolTipBase, QColor(0x12, 0x34, 0x56));
    palette.setColor(QPalette::ToolTipText, QColor(0xfe, 0xdc, 0xba));
    const ApiKeyRowDelegate::RowStyle soon = ApiKeyRowDelegate::styleFor(palette, ApiKey::Expiry::Soon, true);
    QCOMPARE(soon.background.color(), QColor(0x12, 0x34, 0x56));
    QCOMPARE(soon.text, QColor(0xfe, 0xdc, 0xba));
    const ApiKeyRowDelegate::RowStyle later =
        ApiKeyRowDelegate::styleFor(palette, ApiKey::Expiry::Never, true);
    QCOMPARE(later.background.style(), Qt::NoBrush);
    QVERIFY(!later.text.isValid());
}

void TestApiKeysPage::expiredKeysAreMarkedAndOnlyDeletable()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    const QString expired = QStringLiteral(R"({"response": [{"id": "7d0c2a52-3b1e-4f55-9a63-0a1b2c3d4e5f",
        "name": "Old import", "key": "sk-***0f0f", "keyPostfix": "0f0f", "permissions": [],
        "createOn": "2025-01-01T00:00:00.0000000+00:00", "expiresAt": "2025-02-01T00:00:00.0000000+00:00",
        "isActive": false}], "count": 1, "links": [], "status": 0, "statusCode": 200})");
    m_fixture.simulator().addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                                    {QStringLiteral("status"), 200},
                                    {QStringLiteral("body"), expired}});
    m_page->reload();
    QVERIFY(waitIdle());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(
        cell(QStringLiteral("Old import"), ApiKeyTableModel::Expires).startsWith(QStringLiteral("Expired")));
    QCOMPARE(cell(QStringLiteral("Old import"), ApiKeyTableModel::Active), QStringLiteral("Off (expired)"));
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("expiryLegend"))
                ->text()
                .contains(QStringLiteral("expired")));
    const ApiKeyRowDelegate::RowStyle style =
        ApiKeyRowDelegate::styleFor(QPalette(), ApiKey::Expiry::Expired, false);
    QVERIFY(style.italic);
    QVERIFY(m_page->selectKey(QStringLiteral("7d0c2a52-3b1e-4f55-9a63-0a1b2c3d4e5f")));
    QVERIFY(!button(QStringLiteral("editKey"))->isEnabled());
    QVERIFY(!button(QStringLiteral("toggleKey"))->isEnabled());
    QVERIFY(button(QStringLiteral("deleteKey"))->isEnabled());
}

void TestApiKeysPage::editRenamesAndChangesPermissions()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(m_page->selectKey(m_page->model()->keyAt(rowNamed(QStringLiteral("Demo files only")))->id));
    button(QStringLiteral("editKey"))->click();
    auto *dialog = visibleWindow<ApiKeyDialog>();
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("permissionsChosen"))->isChecked());
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("scope:files:write"))->isChecked());
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("acceptKey"))->isEnabled()); // nothing changed yet
    auto *name = child<QLineEdit>(dialog, QStringLiteral("keyName"));
    name->clear();
    QTest::keyClicks(name, QString(31, QLatin1Char('x')));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("acceptKey"))->isEnabled()); // too long
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("keyProblem"))->text().contains(QStringLiteral("at most 30")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Files, read only"));
    child<QRadioButton>(dialog, QStringLiteral("permissionsReadOnly"))->click();
    child<QPushButton>(dialog, QStringLiteral("acceptKey"))->click();
    QVERIFY(waitIdle());
    QVERIFY2(notice().contains(QStringLiteral("Saved")), qPrintable(notice()));
    QCOMPARE(cell(QStringLiteral("Files, read only"), ApiKeyTableModel::Permissions),
             QStringLiteral("Read only"));
    QCOMPARE(m_page->selectedKey()->name, QStringLiteral("Files, read only"));
}

void TestApiKeysPage::switchOffAndOn()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(m_page->selectKey(m_page->model()->keyAt(rowNamed(QStringLiteral("Demo read only")))->id));
    QCOMPARE(button(QStringLiteral("toggleKey"))->text(), QStringLiteral("Switch &off"));
    button(QStringLiteral("toggleKey"))->click();
    QVERIFY(waitIdle());
    QCOMPARE(cell(QStringLiteral("Demo read only"), ApiKeyTableModel::Active), QStringLiteral("Off"));
    QCOMPARE(button(QStringLiteral("toggleKey"))->text(), QStringLiteral("Switch &on"));
    button(QStringLiteral("toggleKey"))->click();
    QVERIFY(waitIdle());
    QCOMPARE(cell(QStringLiteral("Demo read only"), ApiKeyTableModel::Active), QStringLiteral("On"));
}

void TestApiKeysPage::deleteAsksFirst()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    QVERIFY(m_page->selectKey(m_page->model()->keyAt(rowNamed(QStringLiteral("Demo user key")))->id));
    button(QStringLiteral("deleteKey"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("deleteKeyConfirmation")));
    QMessageBox *box = visibleWindow<QMessageBox>(QStringLiteral("deleteKeyConfirmation"));
    QVERIFY(box->text().contains(QStringLiteral("sk-***dddd")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not delete
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleWindow<QMessageBox>());
    QVERIFY(rowNamed(QStringLiteral("Demo user key")) >= 0);

    button(QStringLiteral("deleteKey"))->click();
    QTRY_VERIFY(visibleWindow<QMessageBox>(QStringLiteral("deleteKeyConfirmation")));
    child<QPushButton>(visibleWindow<QMessageBox>(QStringLiteral("deleteKeyConfirmation")),
                       QStringLiteral("confirmAction"))
        ->click();
    QVERIFY(
        QTest::qWaitFor([this] { return rowNamed(QStringLiteral("Demo user key")) < 0; }, networkTimeoutMs));
    QVERIFY(waitIdle());
    QCOMPARE(m_page->model()->rowCount(), 3);
    QVERIFY(notice().contains(QStringLiteral("Deleted")));
}

void TestApiKeysPage::refusalsAreShownInWords()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage("guest@example.com", "guest-password");
    QCOMPARE(m_page->model()->rowCount(), 0); // a guest has no keys and sees nobody else's
    QVERIFY(!createThroughDialog(QStringLiteral("Guest key"), {}, 7));
    QVERIFY(waitIdle());
    QVERIFY2(notice().contains(QStringLiteral("Guests cannot create API keys")), qPrintable(notice()));
    QVERIFY(!visibleWindow<ApiKeyCreatedDialog>());

    m_page.reset();
    configure({{QStringLiteral("key_create_limit"), 1}});
    createPage();
    ApiKeyCreatedDialog *first = createThroughDialog(QStringLiteral("First"), {}, 7);
    QVERIFY(first);
    first->done(QDialog::Accepted);
    QVERIFY(!createThroughDialog(QStringLiteral("Second"), {}, 7));
    QVERIFY(waitIdle());
    QVERIFY2(notice().contains(QStringLiteral("only a few new API keys")), qPrintable(notice()));
}

void TestApiKeysPage::falseFromThePortalIsShown()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    const ApiKey *key = m_page->model()->keyAt(rowNamed(QStringLiteral("Demo full access")));
    QVERIFY(key);
    const QString id = key->id;
    // As the portal answers for a key that expired meanwhile or is another user's.
    m_fixture.simulator().addFault(
        {{QStringLiteral("method"), QStringLiteral("PUT")},
         {QStringLiteral("path"), QString(QStringLiteral("/api/2.0/keys/") + id)},
         {QStringLiteral("status"), 200},
         {QStringLiteral("body"), QStringLiteral(R"({"response": false, "count": 1, "links": [],
                               "status": 0, "statusCode": 200})")}});
    QVERIFY(m_page->selectKey(id));
    button(QStringLiteral("toggleKey"))->click();
    QVERIFY(waitIdle());
    QVERIFY2(notice().contains(QStringLiteral("did not change the key")), qPrintable(notice()));
    QCOMPARE(cell(QStringLiteral("Demo full access"), ApiKeyTableModel::Active), QStringLiteral("On"));
}

void TestApiKeysPage::slowPortalCanBeCancelled()
{
    REQUIRE_SIMULATOR(m_fixture);
    createPage();
    m_fixture.simulator().addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                                    {QStringLiteral("hang"), true}});
    m_page->reload();
    QVERIFY(m_page->isBusy());
    QVERIFY(!button(QStringLiteral("createKey"))->isEnabled());
    QTest::keyClick(m_page.get(), Qt::Key_Escape);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(notice(), QStringLiteral("Cancelled."));
    QVERIFY(button(QStringLiteral("createKey"))->isEnabled());
}

void TestApiKeysPage::newKeysNeverReachAFile()
{
    // Every other test looked at the temporary folder in cleanup(); this one scans the test's HOME.
    REQUIRE_SIMULATOR(m_fixture);
    QVERIFY(!m_keys.isEmpty());
    const Testing::DiskScan scan = Testing::scanHomeForSecrets(m_keys);
    QVERIFY2(scan.leak.isEmpty(), qPrintable(scan.leak));
    QVERIFY(scan.filesRead > 0);
    const QByteArray log = m_fixture.simulator().takeLog();
    for (const QByteArray &key : std::as_const(m_keys))
        QVERIFY2(!log.contains(key), "a new key is in the simulator's log");
}

QTEST_MAIN(TestApiKeysPage)
#include "tst_apikeyspage.moc"
