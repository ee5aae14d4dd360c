// The API keys of several portals at once, against two portal simulators: results come as each portal
// answers (a slow one holds back nobody), the report keeps the order given, a portal that cannot be opened
// is reported without stopping the others, the first portal opens alone, and cancel stops the rest.
#include "../portal/PortalTestSupport.h"
#include "apikeys/ApiKeyListing.h"
#include "portal/Credentials.h"

#include <QTimer>

using namespace PortalKeys;
using namespace PortalKeys::ApiKeys;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;

class TestApiKeyListing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void slowPortalHoldsBackNobody();
    void firstPortalOpensAlone();
    void cancelStopsThePortalsStillListing();

private:
    // Opens a client to `simulator` as its admin, after `openDelayMs` (a keychain that takes its time).
    ApiKeyListing::Target adminOf(const QString &name, PortalSimulator &simulator, int openDelayMs = 0)
    {
        return {name, [this, &simulator, openDelayMs](ApiKeyListing::Opened opened) {
                    m_opened.append(m_openers++);
                    auto *client = new PortalClient(settingsFor(simulator.httpUrl()), this);
                    client->setAuthorization(Credentials{CredentialKind::Basic,
                                                         QString::fromLatin1(PortalSimulator::adminEmail()),
                                                         PortalSimulator::adminPassword()}
                                                 .authorizationHeader());
                    QTimer::singleShot(openDelayMs, client, [client, opened] { opened({}, client); });
                }};
    }
    void slowList(PortalSimulator &simulator, int seconds)
    {
        simulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                            {QStringLiteral("delay"), seconds}});
    }

    PortalSimulator m_fast;
    PortalSimulator m_slow;
    QList<int> m_opened; // the openers' order of calls
    int m_openers = 0;
};

void TestApiKeyListing::initTestCase()
{
    for (PortalSimulator *simulator : {&m_fast, &m_slow}) {
        const QString problem = simulator->start();
        if (problem.startsWith(QStringLiteral("python3 is not installed")))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestApiKeyListing::init()
{
    m_fast.reset();
    m_slow.reset();
    m_opened.clear();
    m_openers = 0;
}

void TestApiKeyListing::slowPortalHoldsBackNobody()
{
    slowList(m_slow, 3);
    const ApiKeyListing::Target broken{QStringLiteral("broken"), [](ApiKeyListing::Opened opened) {
                                           opened(PortalError(PortalError::Kind::Unauthorized,
                                                              QStringLiteral("The keychain has no secret.")),
                                                  nullptr);
                                       }};
    ApiKeyListing listing;
    QList<int> finishedOrder;
    connect(&listing, &ApiKeyListing::portalFinished, this,
            [&](int index, const ApiKeyListing::PortalResult &) { finishedOrder.append(index); });
    QList<ApiKeyListing::PortalResult> results;
    bool done = false;
    listing.list({adminOf(QStringLiteral("slow"), m_slow), adminOf(QStringLiteral("fast"), m_fast), broken},
                 [&](const QList<ApiKeyListing::PortalResult> &all) {
                     results = all;
                     done = true;
                 });
    QVERIFY(listing.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    // The fast portal and the broken one are reported while the slow one still waits for its answer.
    QCOMPARE(finishedOrder.size(), 3);
    QCOMPARE(finishedOrder.last(), 0);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).portal, QStringLiteral("slow"));
    QCOMPARE(results.at(1).portal, QStringLiteral("fast"));
    QCOMPARE(results.at(2).portal, QStringLiteral("broken"));
    QVERIFY(!results.at(0).error.isError());
    QCOMPARE(results.at(0).keys.size(), 4); // the simulator's demo keys, as its admin sees them
    QCOMPARE(results.at(1).keys.size(), 4);
    QCOMPARE(results.at(2).error.kind(), PortalError::Kind::Unauthorized);
    QVERIFY(results.at(2).keys.isEmpty());
    QVERIFY(!listing.isRunning());
}

void TestApiKeyListing::firstPortalOpensAlone()
{
    ApiKeyListing listing;
    bool secondOpenedEarly = false;
    QList<ApiKeyListing::Target> targets{adminOf(QStringLiteral("a"), m_fast, 300),
                                         adminOf(QStringLiteral("b"), m_slow),
                                         adminOf(QStringLiteral("c"), m_fast)};
    // While the first opener has not answered (a keychain asking to be unlocked), nobody else opens.
    QTimer::singleShot(150, this, [&] { secondOpenedEarly = m_opened.size() > 1; });
    bool done = false;
    listing.list(targets, [&](const QList<ApiKeyListing::PortalResult> &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QVERIFY(!secondOpenedEarly);
    QCOMPARE(m_opened, (QList<int>{0, 1, 2}));
}

void TestApiKeyListing::cancelStopsThePortalsStillListing()
{
    slowList(m_slow, 20);
    ApiKeyListing listing;
    QList<ApiKeyListing::PortalResult> results;
    int doneCalls = 0;
    bool fastFinished = false;
    connect(
        &listing, &ApiKeyListing::portalFinished, this,
        [&](int index, const ApiKeyListing::PortalResult &) { fastFinished = fastFinished || index == 1; });
    listing.list({adminOf(QStringLiteral("slow"), m_slow), adminOf(QStringLiteral("fast"), m_fast)},
                 [&](const QList<ApiKeyListing::PortalResult> &all) {
                     results = all;
                     ++doneCalls;
                 });
    QVERIFY(QTest::qWaitFor([&] { return fastFinished; }, 20000));
    QCOMPARE(doneCalls, 0);
    listing.cancel();
    QCOMPARE(doneCalls, 1); // before cancel() returns
    QCOMPARE(results.at(0).error.kind(), PortalError::Kind::Cancelled);
    QCOMPARE(results.at(1).keys.size(), 4);
    QTest::qWait(100);
    QCOMPARE(doneCalls, 1);
    QVERIFY(!listing.isRunning());
}

QTEST_GUILESS_MAIN(TestApiKeyListing)
#include "tst_apikeylisting.moc"
