// What a new user meets first on the Third-party authorization page and in the portal pickers: the page opens
// on a portal when one is listed (the one used last), and takes up the first portal added while it shows the
// drafts for want of one; a search chooses the first service it shows, and with none shown the editor shows
// no service; a service that is off has one action, Enable, and one that is on Save and Disable, as on the
// portal's own page; a portal on a port of its own is named with it. (The Portals page keeps the last test
// with the profile: tst_portalspage.)
#include "apikeys/ApiKeysPage.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ThirdPartyPage.h"

#include "portal/PortalListModel.h"
#include "support/GuiTestFixture.h"
#include "support/WidgetLookup.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Testing::child;
using Testing::networkTimeoutMs;

class TestFirstUse : public QObject {
    Q_OBJECT

private:
    void createPage()
    {
        m_page = std::make_unique<ThirdPartyPage>(m_fixture.store(), m_fixture.profilesPath(),
                                                  m_fixture.draftsPath());
        QVERIFY(m_fixture.show(m_page.get(), QSize(1000, 680)));
    }
    // A portal nothing answers at: the page opens it all the same (and says it cannot read it).
    PortalProfile addPortal(const QString &name)
    {
        return m_fixture.addPortal(
            PortalProfile::create(name, QUrl(QStringLiteral("https://127.0.0.1:9")), CredentialKind::ApiKey),
            {});
    }
    QStringList shownButtons() const;

    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<ThirdPartyPage> m_page;

private slots:
    void initTestCase() { m_fixture.start({{}, false}); }
    void init() { m_fixture.init(); }
    void cleanup()
    {
        m_page.reset();
        m_fixture.cleanup();
    }
    void opensOnAPortalNotOnTheDrafts();
    void opensOnThePortalUsedLast();
    void takesUpTheFirstPortalAdded();
    void searchChoosesWhatItShows();
    void serviceOffHasOneActionEnable();
    void pickersNameTheHostsPort();
};

QStringList TestFirstUse::shownButtons() const
{
    QStringList texts;
    for (const QString &name :
         {QStringLiteral("saveService"), QStringLiteral("toggleService"), QStringLiteral("deleteDraft")}) {
        auto *button = child<QPushButton>(m_page->editor(), name);
        if (button->isVisible())
            texts << button->text();
    }
    return texts;
}

void TestFirstUse::opensOnAPortalNotOnTheDrafts()
{
    // The page was last seen offline, when there was no portal yet.
    QSettings().setValue(QStringLiteral("thirdParty/source"), QStringLiteral("offline:Workspace"));
    const PortalProfile portal = addPortal(QStringLiteral("production"));
    createPage();
    QVERIFY(!m_page->isOffline());
    QCOMPARE(m_page->currentProfileId(), portal.id);
}

void TestFirstUse::opensOnThePortalUsedLast()
{
    addPortal(QStringLiteral("production"));
    const PortalProfile lab = addPortal(QStringLiteral("lab"));
    createPage();
    m_page->showPortal(lab.id);
    m_page->showOffline(Catalog::Product::DocSpace); // a look at the drafts does not make them the start
    m_page.reset();
    createPage();
    QCOMPARE(m_page->currentProfileId(), lab.id);
}

void TestFirstUse::takesUpTheFirstPortalAdded()
{
    // The app's one portal list, to which the Portals page adds.
    Portal::PortalListModel portals(m_fixture.profilesPath());
    m_page = std::make_unique<ThirdPartyPage>(m_fixture.store(), &portals, m_fixture.draftsPath());
    QVERIFY(m_fixture.show(m_page.get(), QSize(1000, 680)));
    QVERIFY(m_page->isOffline()); // nothing else to show
    const auto add = [&portals](const QString &name) {
        const PortalProfile portal =
            PortalProfile::create(name, QUrl(QStringLiteral("https://127.0.0.1:9")), CredentialKind::ApiKey);
        portals.update([&portal](QList<PortalProfile> &list) {
            list.append(portal);
            return QString();
        });
        return portal;
    };
    const PortalProfile portal = add(QStringLiteral("production"));
    QTRY_COMPARE(m_page->currentProfileId(), portal.id);

    // Drafts chosen on purpose stay chosen when another portal comes.
    m_page->showOffline(Catalog::Product::DocSpace);
    add(QStringLiteral("lab"));
    QTRY_COMPARE(m_page->profiles().size(), 2);
    QVERIFY(m_page->isOffline());
    m_page.reset();
}

void TestFirstUse::searchChoosesWhatItShows()
{
    createPage();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(m_page->selectService(QStringLiteral("google")));
    auto *search = child<QLineEdit>(m_page.get(), QStringLiteral("search"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("dropbox"));
    QCOMPARE(m_page->visibleEntryIds(), QStringList{QStringLiteral("service:dropbox")});
    QCOMPARE(m_page->currentEntryId(), QStringLiteral("service:dropbox"));
    QVERIFY(m_page->editor()->hasEntry());
    QCOMPARE(m_page->editor()->entry().id(), QStringLiteral("service:dropbox"));
    QVERIFY(search->hasFocus()); // typing goes on in the search

    // Nothing found: the editor shows no service, rather than one the list no longer shows.
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QVERIFY(m_page->visibleEntryIds().isEmpty());
    QVERIFY(!m_page->editor()->hasEntry());
    // Back: the service chosen last.
    search->clear();
    QCOMPARE(m_page->currentEntryId(), QStringLiteral("service:dropbox"));
    QVERIFY(m_page->editor()->hasEntry());
    // A search that still shows the chosen service keeps it.
    QTest::keyClicks(search, QStringLiteral("o"));
    QVERIFY(m_page->visibleEntryIds().size() > 1);
    QCOMPARE(m_page->currentEntryId(), QStringLiteral("service:dropbox"));
}

void TestFirstUse::serviceOffHasOneActionEnable()
{
    REQUIRE_SIMULATOR(m_fixture);
    m_fixture.addSimulatorApiKey(QStringLiteral("simulator"));
    createPage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_page->entries().isEmpty(), networkTimeoutMs);
    QVERIFY(m_page->selectService(QStringLiteral("twilio")));
    QCOMPARE(shownButtons(), QStringList{QStringLiteral("&Enable")});
    auto *enable = child<QPushButton>(m_page->editor(), QStringLiteral("saveService"));
    QVERIFY(!enable->isEnabled()); // nothing typed
    QVERIFY(enable->toolTip().contains(QStringLiteral("switches the service on")));

    // Offline, a draft is saved; there is nothing to enable.
    m_page->showOffline(Catalog::Product::DocSpace);
    QVERIFY(m_page->selectService(QStringLiteral("twilio")));
    QCOMPARE(shownButtons(), QStringList{QStringLiteral("&Save draft")});
}

void TestFirstUse::pickersNameTheHostsPort()
{
    const PortalProfile lab =
        m_fixture.addPortal(PortalProfile::create(QStringLiteral("lab"),
                                                  QUrl(QStringLiteral("https://docspace.lab.internal:8443")),
                                                  CredentialKind::ApiKey),
                            {});
    const PortalProfile plain = m_fixture.addPortal(
        PortalProfile::create(QStringLiteral("production"),
                              QUrl(QStringLiteral("https://docspace.example.com")), CredentialKind::ApiKey),
        {});
    createPage();
    auto *source = child<QComboBox>(m_page.get(), QStringLiteral("source"));
    QCOMPARE(source->itemText(source->findData(lab.id)), QStringLiteral("lab — docspace.lab.internal:8443"));
    QCOMPARE(source->itemText(source->findData(plain.id)),
             QStringLiteral("production — docspace.example.com"));

    ApiKeysPage apiKeys(m_fixture.store(), m_fixture.profilesPath());
    QVERIFY(m_fixture.show(&apiKeys, QSize(900, 600)));
    auto *picker = child<QComboBox>(&apiKeys, QStringLiteral("portalPicker"));
    QTRY_COMPARE(picker->count(), 2);
    QCOMPARE(picker->itemText(picker->findData(lab.id)), QStringLiteral("lab — docspace.lab.internal:8443"));
}

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
