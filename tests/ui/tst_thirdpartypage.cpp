// Drives the Third-party authorization page offscreen as an admin would: offline, the catalog's services
// with search and filters, a draft kept in the keychain, a bundle exported and imported again; online,
// against the portal simulator (tests/support), Google's keys checked as they are typed, saved after the
// change preview, changed and switched off, a read-only service, a refused ("Bad keys") save, the external
// database's fields, and applying a draft to a portal. Secrets live in a MemorySecretStore; the portal list
// and the drafts in temporary files.
#include "shell/MainWindow.h"
#include "thirdparty/ApplyDialog.h"
#include "thirdparty/ApplyReport.h"
#include "thirdparty/ChangePreviewDialog.h"
#include "thirdparty/ExportBundleDialog.h"
#include "thirdparty/KeyField.h"
#include "thirdparty/PassphraseDialog.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ServiceList.h"
#include "thirdparty/ThirdPartyPage.h"
#include "widgets/SecretEdit.h"
#include "widgets/VerdictBanner.h"

#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/GuiTestFixture.h"
#include "support/WidgetLookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Portal::SecretSlot;
using Testing::child;
using Testing::networkTimeoutMs;
using Testing::PortalSimulator;
using Testing::visibleWindow;

namespace {

// Two PBKDF2 runs of about half a second each, on a shared machine.
constexpr int bundleTimeoutMs = 30000;

const QString googleId = QStringLiteral("1234-abc.apps.googleusercontent.com");
const QString googleSecret = QStringLiteral("GOCSPX-first-secret-value");
const QString newGoogleSecret = QStringLiteral("GOCSPX-second-secret-value");
const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple");

} // namespace

class TestThirdPartyPage : public QObject {
    Q_OBJECT

private:
    void createPage();
    PortalProfile seedPortal() { return m_fixture.addSimulatorApiKey(QStringLiteral("simulator")); }
    QString seedDraft(const QString &service, const Drafts::DraftValues &values);
    QByteArray draftsFile() const { return m_fixture.fileContent(m_fixture.draftsPath()); }
    bool waitIdle() { return Testing::GuiTestFixture::waitIdle(m_page.get()); }
    bool waitLoaded(int count)
    {
        return QTest::qWaitFor(
            [this, count] { return !m_page->isBusy() && m_page->entries().size() == count; },
            networkTimeoutMs);
    }
    ServiceEditor *editor() const { return m_page->editor(); }
    KeyField *field(const QString &key) const
    {
        return child<KeyField>(editor(), QStringLiteral("field-") + key);
    }
    QLineEdit *lineEdit(const QString &key) const
    {
        return child<QLineEdit>(editor(), QStringLiteral("key-") + key);
    }
    QPushButton *button(const QString &name) const { return child<QPushButton>(m_page.get(), name); }
    QString resultText() const
    {
        return child<VerdictBanner>(editor(), QStringLiteral("saveResult"))->text();
    }
    QString noticeText() const
    {
        return child<VerdictBanner>(m_page.get(), QStringLiteral("pageNotice"))->text();
    }
    QString badgeOf(const QString &entryId) const;
    ChangePreviewDialog *saveAndPreview();
    QString previewRow(ChangePreviewDialog *dialog, const QString &keyTitle);
    void confirm(ChangePreviewDialog *dialog);

    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<ThirdPartyPage> m_page;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offlineListIsTheCatalogAndFiltersNarrowIt();
    void externalDatabaseShowsOnlyTheChosenType();
    void offlineDraftKeepsValuesInTheKeychain();
    void draftWithALostSecretSaysWhichAndSavesAgain();
    void bundleExportAndImportRoundTrip();
    void workspaceDraftSaysWhatToEnterThere();
    void tabFollowsTheReadingOrder();
    void googleIsValidatedPreviewedSavedChangedAndDisabled();
    void readOnlyServiceSaysWhyAndCannotBeEdited();
    void badKeysAreExplainedAndTheTypedValuesKept();
    void paidServiceWithoutPlanIsExplained();
    void readOnlyApiKeyCannotSave();
    void unknownServiceIsEditableWithThePortalsFields();
    void newerPortalThanTheCatalogIsSaidSo();
    void draftIsAppliedToAPortalAfterADryRun();
    void pageHeadingInTheMainWindow();
};

void TestThirdPartyPage::initTestCase()
{
    m_fixture.start({{}, false});
}

void TestThirdPartyPage::init()
{
    m_fixture.init();
}

void TestThirdPartyPage::cleanup()
{
    // Dialogs opened with open() are children of the page and go with it.
    m_page.reset();
    m_fixture.cleanup();
}

void TestThirdPartyPage::createPage()
{
    m_page =
        std::make_unique<ThirdPartyPage>(m_fixture.store(), m_fixture.profilesPath(), m_fixture.draftsPath());
    QVERIFY(m_fixture.show(m_page.get(), QSize(1100, 760)));
}

QString TestThirdPartyPage::seedDraft(const QString &service, const Drafts::DraftValues &values)
{
    Drafts::Draft draft = Drafts::Draft::create(Catalog::Product::DocSpace, service, values.keys());
    draft.title = service;
    return m_fixture.addDraft(draft, values);
}

QString TestThirdPartyPage::badgeOf(const QString &entryId) const
{
    for (const ServiceEntry &entry : m_page->entries()) {
        if (entry.id() == entryId)
            return entry.badgeText();
    }
    return {};
}

ChangePreviewDialog *TestThirdPartyPage::saveAndPreview()
{
    auto *save = child<QPushButton>(editor(), QStringLiteral("saveService"));
    if (!save->isEnabled()) {
        qWarning("Save is disabled");
        return nullptr;
    }
    save->click();
    if (!QTest::qWaitFor([] { return visibleWindow<ChangePreviewDialog>() != nullptr; }))
        qWarning("the change preview did not open");
    return visibleWindow<ChangePreviewDialog>();
}

QString TestThirdPartyPage::previewRow(ChangePreviewDialog *dialog, const QString &keyTitle)
{
    auto *table = child<QTreeWidget>(dialog, QStringLiteral("changeTable"));
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = table->topLevelItem(row);
        if (item->text(ChangePreviewDialog::KeyColumn) == keyTitle)
            return QStringList{item->text(ChangePreviewDialog::ChangeColumn),
                               item->text(ChangePreviewDialog::BeforeColumn),
                               item->text(ChangePreviewDialog::AfterColumn)}
                .join(QStringLiteral(" | "));
    }
    return {};
}

void TestThirdPartyPage::confirm(ChangePreviewDialog *dialog)
{
    QPointer<ChangePreviewDialog> closing(dialog);
    child<QPushButton>(dialog, QStringLiteral("confirmSave"))->click();
    QTRY_VERIFY(closing.isNull());
}

// --- offline -----------------------------------------------------------------------------------------------

void TestThirdPartyPage::offlineListIsTheCatalogAndFiltersNarrowIt()
{
    createPage();
    QVERIFY(m_page->isOffline()); // no portal yet: the drafts are what there is
    QCOMPARE(m_page->offlineProduct(), Catalog::Product::DocSpace);
    QCOMPARE(m_page->entries().size(), 19);
    QCOMPARE(m_page->visibleEntryIds().size(), 19);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("serviceCount"))->text(),
             QStringLiteral("19 services"));
    QVERIFY(m_page->visibleEntryIds().contains(QStringLiteral("service:externaldb")));
    QVERIFY(editor()->hasEntry()); // the first card is open, not an empty editor

    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto *search = child<QLineEdit>(m_page.get(), QStringLiteral("search"));
    QTest::keySequence(m_page.get(), QKeySequence::Find);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("google"));
    const QStringList found = m_page->visibleEntryIds();
    QVERIFY2(found.contains(QStringLiteral("service:google")), qPrintable(found.join(u',')));
    QVERIFY(found.contains(QStringLiteral("service:googlecloud")));
    QVERIFY(!found.contains(QStringLiteral("service:dropbox")));
    QVERIFY(found.size() < 5);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("serviceCount"))->text(),
             QStringLiteral("%1 of 19 services").arg(found.size()));

    search->clear();
    auto *kind = child<QComboBox>(m_page.get(), QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("sms")));
    QCOMPARE(m_page->visibleEntryIds(), QStringList{QStringLiteral("service:twilio")});
    kind->setCurrentIndex(kind->findData(QStringLiteral("backup-storage")));
    QCOMPARE(m_page->visibleEntryIds().size(), 3);
    kind->setCurrentIndex(0);

    auto *state = child<QComboBox>(m_page.get(), QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findData(int(ServiceList::StateFilter::NeedsPlan)));
    QCOMPARE(m_page->visibleEntryIds(),
             (QStringList{QStringLiteral("service:s3"), QStringLiteral("service:googlecloud"),
                          QStringLiteral("service:rackspace")}));
    state->setCurrentIndex(state->findData(int(ServiceList::StateFilter::Draft)));
    QVERIFY(m_page->visibleEntryIds().isEmpty());
    // Nothing matches: the list says so and offers the way back.
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("listMessage"))->isVisible());
    auto *clear = button(QStringLiteral("listAction"));
    QCOMPARE(clear->text(), QStringLiteral("Clear &filters"));
    clear->click();
    QCOMPARE(m_page->visibleEntryIds().size(), 19);
    QCOMPARE(state->currentIndex(), 0);

    // Workspace has its own services.
    m_page->showOffline(Catalog::Product::Workspace);
    QCOMPARE(m_page->entries().size(), 23);
    QVERIFY(m_page->selectService(QStringLiteral("DocuSign")));
}

void TestThirdPartyPage::externalDatabaseShowsOnlyTheChosenType()
{
    createPage();
    QVERIFY(m_page->selectService(QStringLiteral("externaldb")));
    const QStringList mysql = {QStringLiteral("dbHost"),     QStringLiteral("dbPort"),
                               QStringLiteral("dbName"),     QStringLiteral("dbUser"),
                               QStringLiteral("dbPassword"), QStringLiteral("dbSsl")};
    for (const QString &key : mysql)
        QVERIFY2(field(key)->isVisibleTo(m_page.get()), qPrintable(key));
    QVERIFY(!field(QStringLiteral("sqliteFilePath"))->isVisibleTo(m_page.get()));
    // The portal's form starts with its defaults; untouched, they are not an edit and not an error.
    QCOMPARE(lineEdit(QStringLiteral("dbPort"))->text(), QStringLiteral("3306"));
    QVERIFY(qobject_cast<SecretEdit *>(lineEdit(QStringLiteral("dbPassword"))));
    QVERIFY(!editor()->isEdited());
    QVERIFY(field(QStringLiteral("dbHost"))->issuesText().isEmpty());

    auto *type = child<QComboBox>(editor(), QStringLiteral("key-databaseType"));
    type->setCurrentIndex(type->findText(QStringLiteral("sqlite")));
    for (const QString &key : mysql)
        QVERIFY2(!field(key)->isVisibleTo(m_page.get()), qPrintable(key));
    QVERIFY(field(QStringLiteral("sqliteFilePath"))->isVisibleTo(m_page.get()));
    QVERIFY2(field(QStringLiteral("sqliteFilePath"))->issuesText().contains(QStringLiteral("Fill in")),
             qPrintable(field(QStringLiteral("sqliteFilePath"))->issuesText()));
    // A path out of the portal's own storage folder is refused before anything is sent.
    QTest::keyClicks(lineEdit(QStringLiteral("sqliteFilePath")), QStringLiteral("/var/lib/docspace/ext.db"));
    QVERIFY2(field(QStringLiteral("sqliteFilePath"))->issuesText().contains(QStringLiteral("storage folder")),
             qPrintable(field(QStringLiteral("sqliteFilePath"))->issuesText()));
    QVERIFY(!child<QPushButton>(editor(), QStringLiteral("saveService"))->isEnabled());
    lineEdit(QStringLiteral("sqliteFilePath"))->clear();
    QTest::keyClicks(lineEdit(QStringLiteral("sqliteFilePath")), QStringLiteral("ext.db"));
    QVERIFY(field(QStringLiteral("sqliteFilePath"))->issuesText().isEmpty());
    QVERIFY(child<QPushButton>(editor(), QStringLiteral("saveService"))->isEnabled());

    type->setCurrentIndex(type->findText(QStringLiteral("mysql")));
    QVERIFY(field(QStringLiteral("dbHost"))->isVisibleTo(m_page.get()));
    QVERIFY(!field(QStringLiteral("sqliteFilePath"))->isVisibleTo(m_page.get()));
}

void TestThirdPartyPage::offlineDraftKeepsValuesInTheKeychain()
{
    createPage();
    QVERIFY(m_page->selectService(QStringLiteral("google")));
    auto *save = child<QPushButton>(editor(), QStringLiteral("saveService"));
    QCOMPARE(save->text(), QStringLiteral("&Save draft"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientId")), googleId);
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientSecret")), googleSecret);
    QVERIFY(save->isEnabled());

    // Ctrl+S saves wherever the focus is.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keySequence(m_page.get(), QKeySequence::Save);
    QVERIFY(waitIdle());
    QVERIFY2(resultText().contains(QStringLiteral("Draft saved")), qPrintable(resultText()));
    const QString entryId = m_page->currentEntryId();
    QVERIFY2(entryId.startsWith(QStringLiteral("draft:")), qPrintable(entryId));
    QCOMPARE(badgeOf(entryId), QStringLiteral("draft"));
    QCOMPARE(m_page->entries().size(), 20); // the draft, then the 19 services

    const QString draftId = entryId.mid(6);
    QCOMPARE(m_fixture.readSecret(Drafts::Draft::secretKey(draftId, QStringLiteral("googleClientSecret"))),
             googleSecret.toUtf8());
    QCOMPARE(m_fixture.readSecret(Drafts::Draft::secretKey(draftId, QStringLiteral("googleClientId"))),
             googleId.toUtf8());
    const QByteArray file = draftsFile();
    QVERIFY(file.contains("googleClientSecret")); // names only
    QVERIFY(!file.contains(googleSecret.toUtf8()));
    QVERIFY(!file.contains(googleId.toUtf8()));

    // Opened again, the draft reads its values back from the keychain.
    QVERIFY(m_page->selectService(QStringLiteral("box")));
    QVERIFY(m_page->selectEntry(entryId));
    QTRY_VERIFY(editor()->hasEntry());
    QCOMPARE(lineEdit(QStringLiteral("googleClientSecret"))->text(), googleSecret);
    QCOMPARE(lineEdit(QStringLiteral("googleClientSecret"))->echoMode(), QLineEdit::Password);
    QVERIFY(!editor()->isEdited());
    QVERIFY(child<QPushButton>(editor(), QStringLiteral("deleteDraft"))->isVisible());
}

void TestThirdPartyPage::draftWithALostSecretSaysWhichAndSavesAgain()
{
    createPage();
    QVERIFY(m_page->selectService(QStringLiteral("google")));
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientId")), googleId);
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientSecret")), googleSecret);
    child<QPushButton>(editor(), QStringLiteral("saveService"))->click();
    QVERIFY(waitIdle());
    const QString entryId = m_page->currentEntryId();
    QVERIFY2(entryId.startsWith(QStringLiteral("draft:")), qPrintable(entryId));
    const QString secretKey = Drafts::Draft::secretKey(entryId.mid(6), QStringLiteral("googleClientSecret"));

    // The keychain loses one value (removed by hand, say); the page opened again reads the draft anew.
    m_page.reset();
    bool removed = false;
    m_fixture.store()->remove(secretKey, this, [&removed](const SecretError &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&removed] { return removed; }));
    QVERIFY(!m_fixture.store()->contains(secretKey));
    createPage();
    QVERIFY(m_page->selectEntry(entryId));
    QTRY_VERIFY(editor()->hasEntry());

    const QString label = child<QLabel>(editor(), QStringLiteral("label-googleClientSecret"))->text();
    QVERIFY2(resultText().contains(QStringLiteral("Secret missing")), qPrintable(resultText()));
    QVERIFY2(resultText().contains(label.toHtmlEscaped()), qPrintable(resultText()));
    QCOMPARE(lineEdit(QStringLiteral("googleClientSecret"))->text(), QString());
    QCOMPARE(lineEdit(QStringLiteral("googleClientSecret"))->placeholderText(),
             QStringLiteral("Secret missing – enter it again"));
    QCOMPARE(lineEdit(QStringLiteral("googleClientId"))->text(), googleId); // the others are still there
    QVERIFY(lineEdit(QStringLiteral("googleClientId"))->placeholderText().isEmpty());
    QVERIFY(!m_page->isBusy()); // the page is not blocked

    // Typed again and saved, the draft is whole again and says nothing more about it.
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientSecret")), googleSecret);
    auto *save = child<QPushButton>(editor(), QStringLiteral("saveService"));
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY(waitIdle());
    QVERIFY2(resultText().contains(QStringLiteral("Draft saved")), qPrintable(resultText()));
    QCOMPARE(m_fixture.readSecret(secretKey), googleSecret.toUtf8());
    QVERIFY(lineEdit(QStringLiteral("googleClientSecret"))->placeholderText().isEmpty());
}

void TestThirdPartyPage::bundleExportAndImportRoundTrip()
{
    const QString draftId =
        seedDraft(QStringLiteral("box"), {{QStringLiteral("boxClientId"), "box-client-id-1234"},
                                          {QStringLiteral("boxClientSecret"), "box-secret-5678-abcd"}});
    createPage();
    const QString bundlePath = m_fixture.filePath(QStringLiteral("drafts.pkbundle"));
    m_page->setFileChooser([bundlePath](ThirdPartyPage::FileChoice, const QString &) { return bundlePath; });

    button(QStringLiteral("exportBundle"))->click();
    QTRY_VERIFY(visibleWindow<ExportBundleDialog>());
    ExportBundleDialog *exportDialog = visibleWindow<ExportBundleDialog>();
    QCOMPARE(exportDialog->selectedDraftIds(), QStringList{draftId});
    auto *exportButton = child<QPushButton>(exportDialog, QStringLiteral("exportButton"));
    QVERIFY(!exportButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(exportDialog, QStringLiteral("passphrase")), QStringLiteral("short"));
    auto *feedback = child<QLabel>(exportDialog, QStringLiteral("passphraseFeedback"));
    QVERIFY2(feedback->text().contains(QStringLiteral("only 5 characters")), qPrintable(feedback->text()));
    child<QLineEdit>(exportDialog, QStringLiteral("passphrase"))->clear();
    QTest::keyClicks(child<QLineEdit>(exportDialog, QStringLiteral("passphrase")),
                     QString::fromUtf8(passphrase));
    QTest::keyClicks(child<QLineEdit>(exportDialog, QStringLiteral("passphraseAgain")),
                     QString::fromUtf8(passphrase) + QLatin1Char('!'));
    QVERIFY(feedback->text().contains(QStringLiteral("differ")));
    QVERIFY(!exportButton->isEnabled());
    QTest::keyClick(child<QLineEdit>(exportDialog, QStringLiteral("passphraseAgain")), Qt::Key_Backspace);
    QVERIFY(exportButton->isEnabled());
    exportButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && QFile::exists(bundlePath), bundleTimeoutMs);
    QVERIFY2(noticeText().contains(QStringLiteral("Exported 1 draft")), qPrintable(noticeText()));
    QFile bundle(bundlePath);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const QByteArray content = bundle.readAll();
    QVERIFY(content.startsWith("-----BEGIN CMS-----"));
    QVERIFY(!content.contains("box-secret-5678-abcd"));
    QCOMPARE(bundle.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A wrong passphrase is said, and asked again.
    button(QStringLiteral("importBundle"))->click();
    QTRY_VERIFY(visibleWindow<PassphraseDialog>());
    QPointer<PassphraseDialog> first = visibleWindow<PassphraseDialog>();
    QTest::keyClicks(child<QLineEdit>(first, QStringLiteral("passphrase")),
                     QStringLiteral("not the passphrase"));
    child<QPushButton>(first, QStringLiteral("openBundle"))->click();
    QTRY_VERIFY(first.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<PassphraseDialog>(), bundleTimeoutMs);
    PassphraseDialog *again = visibleWindow<PassphraseDialog>();
    QVERIFY(child<VerdictBanner>(again, QStringLiteral("passphraseError"))->isVisible());
    QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("passphrase")), QString::fromUtf8(passphrase));
    child<QPushButton>(again, QStringLiteral("openBundle"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && noticeText().contains(QStringLiteral("Imported")),
                             bundleTimeoutMs);
    QVERIFY2(noticeText().contains(QStringLiteral("Imported 1 draft from drafts.pkbundle")),
             qPrintable(noticeText()));

    const Drafts::DraftStore::LoadResult loaded = Drafts::DraftStore(m_fixture.draftsPath()).load();
    QCOMPARE(loaded.drafts.size(), 2);
    QString importedId;
    for (const Drafts::Draft &draft : loaded.drafts) {
        if (draft.id != draftId)
            importedId = draft.id;
    }
    QVERIFY(!importedId.isEmpty());
    QCOMPARE(m_fixture.readSecret(Drafts::Draft::secretKey(importedId, QStringLiteral("boxClientSecret"))),
             QByteArray("box-secret-5678-abcd"));
    QCOMPARE(m_fixture.readSecret(Drafts::Draft::secretKey(importedId, QStringLiteral("boxClientId"))),
             QByteArray("box-client-id-1234"));
    // The imported draft is shown and opened.
    QCOMPARE(m_page->currentEntryId(), QStringLiteral("draft:") + importedId);
    QCOMPARE(m_page->entries().size(), 21);
}

void TestThirdPartyPage::workspaceDraftSaysWhatToEnterThere()
{
    createPage();
    m_page->showOffline(Catalog::Product::Workspace);
    QVERIFY(m_page->selectService(QStringLiteral("Twilio")));
    auto *panel = child<QWidget>(editor(), QStringLiteral("workspacePanel"));
    QVERIFY(panel->isVisible());
    QVERIFY(child<QLabel>(panel, QStringLiteral("workspaceWhere"))
                ->text()
                .contains(QStringLiteral("Settings → Integration → Third-Party Services")));
    QTest::keyClicks(lineEdit(QStringLiteral("twilioAuthToken")),
                     QStringLiteral("0123456789abcdef0123456789abcdef"));
    auto *shown = child<QLineEdit>(panel, QStringLiteral("workspaceValue-twilioAuthToken"));
    QCOMPARE(shown->text(), QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(shown->echoMode(), QLineEdit::Password);
    child<QCheckBox>(panel, QStringLiteral("workspaceReveal"))->setChecked(true);
    QCOMPARE(shown->echoMode(), QLineEdit::Normal);
    // No Enable or Disable for Workspace: PortalKeys cannot reach it.
    QVERIFY(!child<QPushButton>(editor(), QStringLiteral("toggleService"))->isVisible());
}

void TestThirdPartyPage::tabFollowsTheReadingOrder()
{
    createPage();
    QVERIFY(m_page->selectService(QStringLiteral("google")));
    QStringList chain;
    QWidget *widget = button(QStringLiteral("exportBundle"));
    do {
        if (widget->isVisibleTo(m_page.get()) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().isEmpty())
            chain.append(widget->objectName());
        widget = widget->nextInFocusChain();
    } while (widget != button(QStringLiteral("exportBundle")) && chain.size() < 100);
    // Top to bottom, left to right: the page's buttons, the source, the filters, the list, then the editor
    // with its fields before its buttons.
    const QStringList expected = {QStringLiteral("exportBundle"),
                                  QStringLiteral("importBundle"),
                                  QStringLiteral("applyToPortals"),
                                  QStringLiteral("source"),
                                  QStringLiteral("product"),
                                  QStringLiteral("reload"),
                                  QStringLiteral("search"),
                                  QStringLiteral("kindFilter"),
                                  QStringLiteral("stateFilter"),
                                  QStringLiteral("serviceList"),
                                  QStringLiteral("instructionsToggle"),
                                  QStringLiteral("redirectUri"),
                                  QStringLiteral("copyRedirectUri"),
                                  QStringLiteral("key-googleClientId"),
                                  QStringLiteral("key-googleClientSecret")};
    qsizetype last = -1;
    for (const QString &name : expected) {
        const qsizetype at = chain.indexOf(name);
        QVERIFY2(at > last, qPrintable(name + QStringLiteral(" out of order in ") + chain.join(u' ')));
        last = at;
    }
}

// --- online ------------------------------------------------------------------------------------------------

void TestThirdPartyPage::googleIsValidatedPreviewedSavedChangedAndDisabled()
{
    REQUIRE_SIMULATOR(m_fixture);
    const PortalProfile portal = seedPortal();
    createPage();
    QCOMPARE(m_page->currentProfileId(), portal.id); // a portal, when there is one
    QVERIFY(waitLoaded(19));
    QVERIFY(m_page->selectService(QStringLiteral("google")));
    QCOMPARE(badgeOf(QStringLiteral("service:google")), QStringLiteral("off"));
    QVERIFY(child<QLineEdit>(editor(), QStringLiteral("redirectUri"))
                ->text()
                .startsWith(QStringLiteral("https://")));
    QVERIFY(child<QLabel>(editor(), QStringLiteral("steps"))->isVisible()); // off: the steps are open
    auto *save = child<QPushButton>(editor(), QStringLiteral("saveService"));
    QVERIFY(!save->isEnabled());

    // A value pasted with a trailing space is an error at once, under its field.
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientId")), googleId + QLatin1Char(' '));
    QVERIFY2(field(QStringLiteral("googleClientId"))->issuesText().contains(QStringLiteral("spaces")),
             qPrintable(field(QStringLiteral("googleClientId"))->issuesText()));
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientSecret")), googleSecret);
    QVERIFY(!save->isEnabled());
    QTest::keyClick(lineEdit(QStringLiteral("googleClientId")), Qt::Key_Backspace);
    QVERIFY(field(QStringLiteral("googleClientId"))->issuesText().isEmpty());
    QVERIFY(field(QStringLiteral("googleClientSecret"))->issuesText().isEmpty());
    QVERIFY(save->isEnabled());

    ChangePreviewDialog *preview = saveAndPreview();
    QVERIFY(preview);
    const QString idRow = previewRow(preview, QStringLiteral("Google ID"));
    QVERIFY2(idRow.startsWith(QStringLiteral("added | (empty) | ") + googleId), qPrintable(idRow));
    const QString secretRow = previewRow(preview, QStringLiteral("Google Key"));
    QVERIFY2(secretRow.startsWith(QStringLiteral("added | (empty) | ••••")), qPrintable(secretRow));
    QVERIFY(!secretRow.contains(googleSecret));
    QVERIFY(!child<VerdictBanner>(preview, QStringLiteral("previewSwitchesOff"))->isVisible());
    preview->setValuesRevealed(true);
    QVERIFY(previewRow(preview, QStringLiteral("Google Key")).contains(googleSecret));
    preview->setValuesRevealed(false);
    confirm(preview);
    QVERIFY(waitIdle());
    QVERIFY2(resultText().contains(QStringLiteral("confirmed every key")), qPrintable(resultText()));
    QJsonObject stored = m_fixture.simulator()
                             .state()
                             .value(QLatin1String("consumers"))
                             .toObject()
                             .value(QLatin1String("google"))
                             .toObject();
    QCOMPARE(stored.value(QLatin1String("googleClientId")).toString(), googleId);
    QCOMPARE(stored.value(QLatin1String("googleClientSecret")).toString(), googleSecret);
    QCOMPARE(badgeOf(QStringLiteral("service:google")), QStringLiteral("on"));
    QVERIFY(!editor()->isEdited());
    QVERIFY(!save->isEnabled()); // nothing new to save

    // One key changed: the preview says so, and only for that key.
    auto *secret = lineEdit(QStringLiteral("googleClientSecret"));
    secret->selectAll();
    QTest::keyClicks(secret, newGoogleSecret);
    preview = saveAndPreview();
    QVERIFY(preview);
    QVERIFY2(previewRow(preview, QStringLiteral("Google Key")).startsWith(QStringLiteral("changed | ••••")),
             qPrintable(previewRow(preview, QStringLiteral("Google Key"))));
    QVERIFY(previewRow(preview, QStringLiteral("Google ID")).startsWith(QStringLiteral("unchanged")));
    confirm(preview);
    QVERIFY(waitIdle());
    stored = m_fixture.simulator()
                 .state()
                 .value(QLatin1String("consumers"))
                 .toObject()
                 .value(QLatin1String("google"))
                 .toObject();
    QCOMPARE(stored.value(QLatin1String("googleClientSecret")).toString(), newGoogleSecret);

    // Disable: every key cleared, after a preview that says the service goes off.
    auto *toggle = child<QPushButton>(editor(), QStringLiteral("toggleService"));
    QCOMPARE(toggle->text(), QStringLiteral("&Disable…"));
    toggle->click();
    QTRY_VERIFY(visibleWindow<ChangePreviewDialog>());
    preview = visibleWindow<ChangePreviewDialog>();
    QVERIFY(child<VerdictBanner>(preview, QStringLiteral("previewSwitchesOff"))->isVisible());
    QVERIFY(previewRow(preview, QStringLiteral("Google Key")).startsWith(QStringLiteral("cleared")));
    QVERIFY(!child<QPushButton>(preview, QStringLiteral("confirmSave"))->isDefault()); // Enter must not do it
    confirm(preview);
    QVERIFY(waitIdle());
    stored = m_fixture.simulator()
                 .state()
                 .value(QLatin1String("consumers"))
                 .toObject()
                 .value(QLatin1String("google"))
                 .toObject();
    QCOMPARE(stored.value(QLatin1String("googleClientId")).toString(), QString());
    QCOMPARE(stored.value(QLatin1String("googleClientSecret")).toString(), QString());
    QCOMPARE(badgeOf(QStringLiteral("service:google")), QStringLiteral("off"));
    QVERIFY2(resultText().contains(QStringLiteral("off")), qPrintable(resultText()));
    QCOMPARE(lineEdit(QStringLiteral("googleClientSecret"))->text(), QString());
    // Off again: one action, Enable, as on the portal's own page.
    QVERIFY(!toggle->isVisible());
    QCOMPARE(save->text(), QStringLiteral("&Enable"));
}

void TestThirdPartyPage::readOnlyServiceSaysWhyAndCannotBeEdited()
{
    REQUIRE_SIMULATOR(m_fixture);
    m_fixture.simulator().control(
        "POST", QStringLiteral("/__sim/config"),
        {{QStringLiteral("readonly_consumers"), QJsonArray{QStringLiteral("box")}}});
    seedPortal();
    createPage();
    QVERIFY(waitLoaded(19));
    QVERIFY(m_page->selectService(QStringLiteral("box")));
    QCOMPARE(badgeOf(QStringLiteral("service:box")), QStringLiteral("read-only"));
    auto *reason = child<VerdictBanner>(editor(), QStringLiteral("readOnlyReason"));
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("configuration")), qPrintable(reason->text()));
    QVERIFY(!lineEdit(QStringLiteral("boxClientId"))->isEnabled());
    QVERIFY(!lineEdit(QStringLiteral("boxClientSecret"))->isEnabled());
    QVERIFY(!child<QPushButton>(editor(), QStringLiteral("saveService"))->isVisible());
    QVERIFY(!child<QPushButton>(editor(), QStringLiteral("toggleService"))->isVisible());
    auto *state = child<QComboBox>(m_page.get(), QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findData(int(ServiceList::StateFilter::ReadOnly)));
    QCOMPARE(m_page->visibleEntryIds(), QStringList{QStringLiteral("service:box")});
}

void TestThirdPartyPage::badKeysAreExplainedAndTheTypedValuesKept()
{
    REQUIRE_SIMULATOR(m_fixture);
    seedPortal();
    createPage();
    QVERIFY(waitLoaded(19));
    QVERIFY(m_page->selectService(QStringLiteral("twilio")));
    const QString sid = QStringLiteral("AC") + QString(32, QLatin1Char('a'));
    const QString token = QStringLiteral("not-what-twilio-issues");
    QTest::keyClicks(lineEdit(QStringLiteral("twilioAccountSid")), sid);
    QTest::keyClicks(lineEdit(QStringLiteral("twilioAuthToken")), token);
    QTest::keyClicks(lineEdit(QStringLiteral("twiliosender")), QStringLiteral("+15551234567"));
    ChangePreviewDialog *preview = saveAndPreview();
    QVERIFY(preview);
    confirm(preview);
    QTRY_VERIFY_WITH_TIMEOUT(resultText().contains(QStringLiteral("Bad keys")), networkTimeoutMs);
    QVERIFY(waitIdle()); // the page reads the services again: the portal has cleared Twilio
    QVERIFY2(resultText().contains(QStringLiteral("was not saved")), qPrintable(resultText()));
    QCOMPARE(child<VerdictBanner>(editor(), QStringLiteral("saveResult"))->state(),
             VerdictBanner::State::Invalid);
    QVERIFY(!resultText().contains(token));
    QCOMPARE(lineEdit(QStringLiteral("twilioAccountSid"))->text(), sid);
    QCOMPARE(lineEdit(QStringLiteral("twilioAuthToken"))->text(), token);
    QCOMPARE(lineEdit(QStringLiteral("twiliosender"))->text(), QStringLiteral("+15551234567"));
    QCOMPARE(badgeOf(QStringLiteral("service:twilio")), QStringLiteral("off"));
    QVERIFY(child<QPushButton>(editor(), QStringLiteral("saveService"))->isEnabled()); // fix and try again
}

void TestThirdPartyPage::paidServiceWithoutPlanIsExplained()
{
    REQUIRE_SIMULATOR(m_fixture);
    m_fixture.simulator().control("POST", QStringLiteral("/__sim/config"),
                                  {{QStringLiteral("plan_without_paid"), true}});
    seedPortal();
    createPage();
    QVERIFY(waitLoaded(19));
    QVERIFY(m_page->selectService(QStringLiteral("s3")));
    QVERIFY(child<QLabel>(editor(), QStringLiteral("planNote"))->isVisible());
    QTest::keyClicks(lineEdit(QStringLiteral("acesskey")), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    QTest::keyClicks(lineEdit(QStringLiteral("secretaccesskey")),
                     QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    ChangePreviewDialog *preview = saveAndPreview();
    QVERIFY(preview);
    confirm(preview);
    QVERIFY(waitIdle());
    QVERIFY2(resultText().contains(QStringLiteral("plan")), qPrintable(resultText()));
    QCOMPARE(lineEdit(QStringLiteral("acesskey"))->text(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
}

void TestThirdPartyPage::readOnlyApiKeyCannotSave()
{
    REQUIRE_SIMULATOR(m_fixture);
    const PortalProfile portal = seedPortal();
    m_fixture.writeSecret(portal.secretKey(SecretSlot::ApiKey), PortalSimulator::readOnlyApiKey());
    createPage();
    QVERIFY(waitLoaded(19)); // reading is allowed
    QVERIFY(m_page->selectService(QStringLiteral("google")));
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientId")), googleId);
    QTest::keyClicks(lineEdit(QStringLiteral("googleClientSecret")), googleSecret);
    ChangePreviewDialog *preview = saveAndPreview();
    QVERIFY(preview);
    confirm(preview);
    QVERIFY(waitIdle());
    QVERIFY2(resultText().contains(QStringLiteral("*:write")), qPrintable(resultText()));
    QCOMPARE(lineEdit(QStringLiteral("googleClientSecret"))->text(), googleSecret);
    QCOMPARE(badgeOf(QStringLiteral("service:google")), QStringLiteral("off"));
}

void TestThirdPartyPage::unknownServiceIsEditableWithThePortalsFields()
{
    REQUIRE_SIMULATOR(m_fixture);
    m_fixture.simulator().control("POST", QStringLiteral("/__sim/config"),
                                  {{QStringLiteral("extra_consumer"), true}});
    seedPortal();
    createPage();
    QVERIFY(waitLoaded(20));
    QVERIFY(m_page->selectService(QStringLiteral("acme")));
    QVERIFY(child<QLabel>(editor(), QStringLiteral("unknownService"))->isVisible());
    QCOMPARE(child<QLabel>(editor(), QStringLiteral("label-acmeKey"))->text(), QStringLiteral("Acme key"));
    QVERIFY(!qobject_cast<SecretEdit *>(lineEdit(QStringLiteral("acmeKey"))));
    QVERIFY(qobject_cast<SecretEdit *>(lineEdit(QStringLiteral("acmeSecret")))); // sounds secret: masked
    QTest::keyClicks(lineEdit(QStringLiteral("acmeKey")), QStringLiteral("acme-key-1"));
    QTest::keyClicks(lineEdit(QStringLiteral("acmeSecret")), QStringLiteral("acme-secret-2"));
    ChangePreviewDialog *preview = saveAndPreview();
    QVERIFY(preview);
    QVERIFY(previewRow(preview, QStringLiteral("Acme secret")).contains(QStringLiteral("••••")));
    confirm(preview);
    QVERIFY(waitIdle());
    const QJsonObject stored = m_fixture.simulator()
                                   .state()
                                   .value(QLatin1String("consumers"))
                                   .toObject()
                                   .value(QLatin1String("acme"))
                                   .toObject();
    QCOMPARE(stored.value(QLatin1String("acmeSecret")).toString(), QStringLiteral("acme-secret-2"));
}

void TestThirdPartyPage::newerPortalThanTheCatalogIsSaidSo()
{
    REQUIRE_SIMULATOR(m_fixture);
    seedPortal();
    createPage();
    QVERIFY(waitLoaded(19));
    QVERIFY2(!noticeText().contains(QStringLiteral("newer")), qPrintable(noticeText())); // 3.7.2: described

    m_fixture.simulator().control("POST", QStringLiteral("/__sim/config"),
                                  {{QStringLiteral("version"), QStringLiteral("3.8.1")}});
    m_page->reload();
    QVERIFY(waitLoaded(19));
    QVERIFY2(noticeText().contains(QStringLiteral("DocSpace 3.8.1, newer than the 3.7")),
             qPrintable(noticeText()));
}

void TestThirdPartyPage::draftIsAppliedToAPortalAfterADryRun()
{
    REQUIRE_SIMULATOR(m_fixture);
    const QString draftId =
        seedDraft(QStringLiteral("dropbox"), {{QStringLiteral("dropboxClientId"), "dropbox-app-key"},
                                              {QStringLiteral("dropboxClientSecret"), "dropbox-app-secret"}});
    const PortalProfile portal = seedPortal();
    createPage();
    m_page->showOffline(Catalog::Product::DocSpace);
    QVERIFY(m_page->selectEntry(QStringLiteral("draft:") + draftId));
    button(QStringLiteral("applyToPortals"))->click();
    QTRY_VERIFY(visibleWindow<ApplyDialog>());
    ApplyDialog *dialog = visibleWindow<ApplyDialog>();
    auto *portals = child<QListWidget>(dialog, QStringLiteral("applyPortals"));
    QCOMPARE(portals->count(), 1);
    QCOMPARE(child<QListWidget>(dialog, QStringLiteral("applyKeys"))->item(0)->checkState(), Qt::Checked);
    auto *apply = child<QPushButton>(dialog, QStringLiteral("applyNow"));
    auto *check = child<QPushButton>(dialog, QStringLiteral("dryRun"));
    QVERIFY(!check->isEnabled()); // no portal ticked yet
    portals->item(0)->setCheckState(Qt::Checked);
    QVERIFY(check->isEnabled());
    QVERIFY(!apply->isEnabled()); // only after a check

    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->rows().isEmpty(), networkTimeoutMs);
    QCOMPARE(dialog->rows().constFirst().outcome, AuthService::KeyApplier::Outcome::WouldApply);
    QCOMPARE(dialog->rows().constFirst().portal, portal.name);
    QCOMPARE(m_fixture.simulator()
                 .state()
                 .value(QLatin1String("consumers"))
                 .toObject()
                 .value(QLatin1String("dropbox"))
                 .toObject()
                 .value(QLatin1String("dropboxClientId"))
                 .toString(),
             QString()); // a dry run sends nothing
    QVERIFY(apply->isEnabled());
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->rows().constFirst().outcome ==
                                                      AuthService::KeyApplier::Outcome::Applied,
                             networkTimeoutMs);
    const QJsonObject stored = m_fixture.simulator()
                                   .state()
                                   .value(QLatin1String("consumers"))
                                   .toObject()
                                   .value(QLatin1String("dropbox"))
                                   .toObject();
    QCOMPARE(stored.value(QLatin1String("dropboxClientSecret")).toString(),
             QStringLiteral("dropbox-app-secret"));
    auto *report = child<QTreeWidget>(dialog, QStringLiteral("applyReport"));
    QCOMPARE(report->topLevelItem(0)->text(ApplyReport::OutcomeColumn), QStringLiteral("applied"));
}

void TestThirdPartyPage::pageHeadingInTheMainWindow()
{
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId::ThirdParty);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<ThirdPartyPage *>();
    QVERIFY(page);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("pageHeading"))->text(),
             QStringLiteral("Third-party authorization"));
    QCOMPARE(page->entries().size(), 19);
}

QTEST_MAIN(TestThirdPartyPage)
#include "tst_thirdpartypage.moc"
