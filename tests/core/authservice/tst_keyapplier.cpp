// Applying prepared keys to simulated portals at once: one refusing some of them, one slow, one hanging; the
// report's order, cancelling, and the bounds on requests in flight (counted by the simulator).
#include "../portal/PortalTestSupport.h"

#include "authservice/KeyApplier.h"
#include "history/HistoryLog.h"
#include "portal/Credentials.h"
#include "portal/RequestSlots.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>
#include <vector>

using namespace PortalKeys::AuthService;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;
using Outcome = KeyApplier::Outcome;

class TestKeyApplier : public QObject {
    Q_OBJECT

private:
    // More portals than RequestSlots lets through at once, in one simulator process.
    static constexpr int manyPortals = RequestSlots::defaultTotal + 8;

    PortalSimulator m_production;
    PortalSimulator m_staging;
    PortalSimulator m_many;
    QString m_skipReason;
    std::unique_ptr<PortalClient> m_productionClient;
    std::unique_ptr<PortalClient> m_stagingClient;
    std::vector<std::unique_ptr<PortalClient>> m_clients; // for the targets of one test

    static std::unique_ptr<PortalClient> client(const QUrl &url, const QString &portalName)
    {
        ClientSettings settings = settingsFor(url);
        settings.portalName = portalName; // names the history's entries
        auto result = std::make_unique<PortalClient>(settings);
        result->setAuthorization(
            Credentials{CredentialKind::ApiKey, {}, PortalSimulator::fullApiKey()}.authorizationHeader());
        return result;
    }

    // A target named `name` on portal `index` of m_many.
    KeyApplier::Target manyTarget(int index, const QString &name)
    {
        m_clients.push_back(client(m_many.httpUrl(index), name));
        return {name, m_clients.back().get()};
    }

    // Every portal call of portal `index` of m_many answers after `seconds`.
    void setLatency(int index, double seconds)
    {
        m_many.controlAt(index, "POST", QStringLiteral("/__sim/config"),
                         QJsonObject{{QStringLiteral("latency"), seconds}});
    }

    // Portals 0 to `count` - 1 of m_many as they started, then a fault of `kind` (with `value`) for the
    // calls with `method` to the authorization services of portal `index`, `times` times (0: always).
    void resetMany(int count)
    {
        for (int index = 0; index < count; ++index)
            m_many.resetAt(index);
    }
    void fault(int index, const QString &method, const QString &kind, const QJsonValue &value, int times = 1)
    {
        m_many.addFaultAt(index, {{QStringLiteral("method"), method},
                                  {QStringLiteral("path"), QStringLiteral("/api/2.0/settings/authservice")},
                                  {QStringLiteral("times"), times},
                                  {kind, value}});
    }

    static int posts(PortalSimulator &simulator, int index)
    {
        int count = 0;
        for (const QJsonValue &request :
             simulator.controlAt(index, "GET", QStringLiteral("/__sim/requests")).array())
            count += request.toObject().value(QLatin1String("method")).toString() == QLatin1String("POST");
        return count;
    }

    static QStringList order(const QList<KeyApplier::Row> &rows)
    {
        QStringList result;
        for (const KeyApplier::Row &row : rows)
            result << row.portal + QLatin1Char('/') + row.service;
        return result;
    }

    QList<KeyApplier::Row>
    run(const QList<PreparedKeys> &keys, bool dryRun, QList<KeyApplier::Target> targets = {},
        PortalKeys::History::HistoryEntry::Area area = PortalKeys::History::HistoryEntry::Area::Keys)
    {
        if (targets.isEmpty())
            targets = {{QStringLiteral("production"), m_productionClient.get(), {}},
                       {QStringLiteral("staging"), m_stagingClient.get(), {}}};
        KeyApplier applier;
        applier.setHistoryArea(area);
        bool done = false;
        QList<KeyApplier::Row> rows;
        applier.apply(targets, keys, dryRun, [&](const QList<KeyApplier::Row> &result) {
            rows = result;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return rows;
    }

    static const KeyApplier::Row *row(const QList<KeyApplier::Row> &rows, const QString &portal,
                                      const QString &service)
    {
        for (const KeyApplier::Row &candidate : rows) {
            if (candidate.portal == portal && candidate.service == service)
                return &candidate;
        }
        return nullptr;
    }

    static QList<PreparedKeys> prepared()
    {
        return {{QStringLiteral("google"),
                 {{QStringLiteral("googleClientId"), QStringLiteral("42-x.apps.googleusercontent.com")},
                  {QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-bundle")}}},
                {QStringLiteral("s3"),
                 {{QStringLiteral("acesskey"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
                  {QStringLiteral("secretaccesskey"), QStringLiteral("wJalrXUtnFEMI/K7MDENG")}}}};
    }

private slots:
    void initTestCase()
    {
        m_skipReason = m_production.start();
        if (m_skipReason.isEmpty())
            m_skipReason = m_staging.start({{QStringLiteral("--plan-without-paid")}, false});
        if (m_skipReason.isEmpty())
            m_skipReason = m_many.start({{QStringLiteral("--portals"), QString::number(manyPortals)}, false});
    }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_production.reset();
        m_staging.reset();
        m_productionClient = client(m_production.httpUrl(), QStringLiteral("production"));
        m_stagingClient = client(m_staging.httpUrl(), QStringLiteral("staging"));
        m_clients.clear();
    }

    void dryRunSendsNothing()
    {
        const auto rows = run(prepared(), true);
        QCOMPARE(rows.size(), 4);
        for (const auto &result : rows)
            QCOMPARE(result.outcome, Outcome::WouldApply);
        QCOMPARE(m_production.state()
                     .value(QLatin1String("consumers"))
                     .toObject()
                     .value(QLatin1String("google"))
                     .toObject()
                     .value(QLatin1String("googleClientSecret"))
                     .toString(),
                 QString());
    }

    void bundleKeysAreRecordedAsBundleWithNamesOnly()
    {
        using PortalKeys::History::HistoryEntry;
        const PortalKeys::History::HistoryLog log;
        QFile::remove(log.path());
        run(prepared(), false, {}, HistoryEntry::Area::Bundle);
        // One entry per portal and service; the portals ran at once, so they may come in any order.
        const QList<HistoryEntry> entries = log.read().entries;
        QCOMPARE(entries.size(), 4);
        QStringList seen;
        for (const HistoryEntry &entry : entries) {
            QCOMPARE(entry.area, HistoryEntry::Area::Bundle);
            QCOMPARE(entry.action, QStringLiteral("saved"));
            QCOMPARE(entry.host, QStringLiteral("127.0.0.1"));
            seen << entry.portal + QLatin1Char('/') + entry.subject;
            if (entry.subject == QLatin1String("google"))
                QCOMPARE(entry.keys, QStringList({QStringLiteral("googleClientId"),
                                                  QStringLiteral("googleClientSecret")}));
            // staging's plan refuses s3
            const bool refused =
                entry.portal == QLatin1String("staging") && entry.subject == QLatin1String("s3");
            QCOMPARE(entry.ok, !refused);
            if (refused)
                QVERIFY2(entry.reason.contains(QLatin1String("plan")), qPrintable(entry.reason));
        }
        seen.sort();
        QCOMPARE(seen, QStringList({QStringLiteral("production/google"), QStringLiteral("production/s3"),
                                    QStringLiteral("staging/google"), QStringLiteral("staging/s3")}));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("GOCSPX-bundle") && !written.contains("wJalrXUtnFEMI"));
    }

    void appliesEverywhereAndReportsRefusals()
    {
        const auto rows = run(prepared(), false);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(row(rows, QStringLiteral("production"), QStringLiteral("google"))->outcome,
                 Outcome::Applied);
        QCOMPARE(row(rows, QStringLiteral("production"), QStringLiteral("s3"))->outcome, Outcome::Applied);
        QCOMPARE(row(rows, QStringLiteral("staging"), QStringLiteral("google"))->outcome, Outcome::Applied);
        const KeyApplier::Row *refused = row(rows, QStringLiteral("staging"), QStringLiteral("s3"));
        QCOMPARE(refused->outcome, Outcome::Refused);
        QVERIFY2(refused->detail.contains(QLatin1String("plan")), qPrintable(refused->detail));
        QCOMPARE(refused->error.kind(), PortalError::Kind::PaymentRequired); // the plan, not the transport

        // Applying the same keys again changes nothing where they were applied.
        const auto again = run(prepared(), false);
        QCOMPARE(row(again, QStringLiteral("production"), QStringLiteral("google"))->outcome,
                 Outcome::Unchanged);
    }

    void unknownServiceAndUnreachablePortal()
    {
        PortalError unreachable(PortalError::Kind::ConnectionRefused, QStringLiteral("nothing answers"));
        const auto rows =
            run({{QStringLiteral("myspace"), {{QStringLiteral("k"), QStringLiteral("v")}}}}, false,
                {{QStringLiteral("production"), m_productionClient.get(), {}},
                 {QStringLiteral("gone"), nullptr, unreachable}});
        QCOMPARE(rows.size(), 2);
        QVERIFY(row(rows, QStringLiteral("production"), QStringLiteral("myspace"))
                    ->detail.contains(QLatin1String("does not offer")));
        QCOMPARE(row(rows, QStringLiteral("gone"), QStringLiteral("myspace"))->detail,
                 QStringLiteral("nothing answers"));
        QCOMPARE(row(rows, QStringLiteral("gone"), QStringLiteral("myspace"))->error.kind(),
                 PortalError::Kind::ConnectionRefused);
        QVERIFY(!row(rows, QStringLiteral("production"), QStringLiteral("myspace"))->error.isError());
    }

    void slowAndRefusingPortalsDoNotHoldUpTheOthers()
    {
        resetMany(3);
        fault(1, QStringLiteral("GET"), QStringLiteral("delay"), 1.5);
        fault(2, QStringLiteral("POST"), QStringLiteral("status"), 403, 0);
        KeyApplier applier;
        QList<int> finished;
        connect(&applier, &KeyApplier::portalFinished, this,
                [&finished](int index, const QList<KeyApplier::Row> &rows) {
                    QCOMPARE(rows.size(), 2);
                    finished << index;
                });
        bool done = false;
        QList<KeyApplier::Row> rows;
        applier.apply({manyTarget(0, QStringLiteral("fast")), manyTarget(1, QStringLiteral("slow")),
                       manyTarget(2, QStringLiteral("refusing"))},
                      prepared(), false, [&](const QList<KeyApplier::Row> &result) {
                          rows = result;
                          done = true;
                      });
        QVERIFY(!done); // never before apply() returned
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));

        // The slow portal's answers came last; the report still has the order it was given.
        QCOMPARE(finished.size(), 3);
        QCOMPARE(finished.last(), 1);
        QCOMPARE(order(rows),
                 QStringList({QStringLiteral("fast/google"), QStringLiteral("fast/s3"),
                              QStringLiteral("slow/google"), QStringLiteral("slow/s3"),
                              QStringLiteral("refusing/google"), QStringLiteral("refusing/s3")}));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(rows.at(i).outcome, Outcome::Applied);
        for (int i = 4; i < 6; ++i) {
            QCOMPARE(rows.at(i).outcome, Outcome::Refused);
            QCOMPARE(rows.at(i).error.kind(), PortalError::Kind::Forbidden);
        }
    }

    void cancelStopsEveryPortalAtOnce()
    {
        resetMany(3);
        fault(1, QStringLiteral("GET"), QStringLiteral("hang"), true);
        fault(2, QStringLiteral("GET"), QStringLiteral("delay"), 1.0);
        KeyApplier applier;
        int finished = 0;
        connect(&applier, &KeyApplier::portalFinished, this, [&finished] { ++finished; });
        int done = 0;
        QList<KeyApplier::Row> rows;
        applier.apply({manyTarget(0, QStringLiteral("fast")), manyTarget(1, QStringLiteral("hanging")),
                       manyTarget(2, QStringLiteral("delayed"))},
                      prepared(), false, [&](const QList<KeyApplier::Row> &result) {
                          rows = result;
                          ++done;
                      });
        QVERIFY(QTest::qWaitFor([&] { return finished == 1; }, 10000));
        QVERIFY(applier.isRunning());
        applier.cancel();
        QCOMPARE(done, 1); // at once, not when the hanging portal gives up
        QVERIFY(!applier.isRunning());
        QCOMPARE(finished, 3);
        QCOMPARE(order(rows), QStringList({QStringLiteral("fast/google"), QStringLiteral("fast/s3"),
                                           QStringLiteral("hanging/google"), QStringLiteral("hanging/s3"),
                                           QStringLiteral("delayed/google"), QStringLiteral("delayed/s3")}));
        QCOMPARE(rows.at(0).outcome, Outcome::Applied);
        for (int i = 2; i < 6; ++i) {
            QCOMPARE(rows.at(i).outcome, Outcome::Refused);
            QCOMPARE(rows.at(i).error.kind(), PortalError::Kind::Cancelled);
        }
        // Nothing more is reported, and the delayed portal's answer led to no save.
        QTest::qWait(1500);
        QCOMPARE(done, 1);
        QCOMPARE(finished, 3);
        QCOMPARE(posts(m_many, 2), 0);
    }

    void firstPortalOpensAloneThenTheOthersTogether()
    {
        m_many.resetAt(0);
        QStringList events;
        auto opener = [this, &events](int index, bool fails) {
            return [this, &events, index, fails](KeyApplier::Opened opened) {
                events << QStringLiteral("open %1").arg(index);
                QTimer::singleShot(50, this, [this, &events, index, fails, opened] {
                    events << QStringLiteral("opened %1").arg(index);
                    if (fails)
                        return opened(PortalError(PortalError::Kind::Keychain, QStringLiteral("locked")),
                                      nullptr);
                    m_clients.push_back(client(m_many.httpUrl(0), QStringLiteral("p%1").arg(index)));
                    opened({}, m_clients.back().get());
                });
            };
        };
        QList<KeyApplier::Target> targets;
        for (int index = 0; index < 3; ++index)
            targets.append({QStringLiteral("p%1").arg(index), opener(index, index == 1)});
        const auto rows = run(prepared(), true, targets);
        QCOMPARE(events.mid(0, 3), QStringList({QStringLiteral("open 0"), QStringLiteral("opened 0"),
                                                QStringLiteral("open 1")}));
        QCOMPARE(events.at(3), QStringLiteral("open 2")); // not waiting for the second one
        QCOMPARE(order(rows), QStringList({QStringLiteral("p0/google"), QStringLiteral("p0/s3"),
                                           QStringLiteral("p1/google"), QStringLiteral("p1/s3"),
                                           QStringLiteral("p2/google"), QStringLiteral("p2/s3")}));
        QCOMPARE(rows.at(0).outcome, Outcome::WouldApply);
        QCOMPARE(rows.at(2).error.kind(), PortalError::Kind::Keychain);
        QCOMPARE(rows.at(3).detail, QStringLiteral("locked"));
        QCOMPARE(rows.at(4).outcome, Outcome::WouldApply);
    }

    void boundedPerHost()
    {
        // Ten portal names for one portal: one host, so at most defaultPerHost calls at a time.
        m_many.resetAt(0);
        setLatency(0, 0.3);
        QList<KeyApplier::Target> targets;
        for (int i = 0; i < 10; ++i)
            targets.append(manyTarget(0, QStringLiteral("name%1").arg(i)));
        const auto rows = run(prepared(), true, targets);
        QCOMPARE(rows.size(), 20);
        for (const KeyApplier::Row &result : rows)
            QCOMPARE(result.outcome, Outcome::WouldApply);
        const int peak = m_many.stateAt(0).value(QLatin1String("max_concurrent_calls")).toInt();
        QVERIFY2(peak <= RequestSlots::defaultPerHost, qPrintable(QString::number(peak)));
        QVERIFY2(peak >= 2, qPrintable(QString::number(peak))); // but more than one: they do run together
    }

    void boundedInTotalWithOneHistoryEntryPerPortalAndService()
    {
        using PortalKeys::History::HistoryEntry;
        const PortalKeys::History::HistoryLog log;
        QFile::remove(log.path());
        QList<KeyApplier::Target> targets;
        for (int index = 0; index < manyPortals; ++index) {
            m_many.resetAt(index);
            setLatency(index, 0.2);
            targets.append(manyTarget(index, QStringLiteral("portal%1").arg(index, 2, 10, QLatin1Char('0'))));
        }
        const auto rows = run(prepared().mid(0, 1), false, targets);
        QCOMPARE(rows.size(), manyPortals);
        for (int index = 0; index < manyPortals; ++index) {
            QCOMPARE(rows.at(index).portal, targets.at(index).portalName);
            QCOMPARE(rows.at(index).outcome, Outcome::Applied);
        }
        const int peak = m_many.stateAt(0).value(QLatin1String("max_concurrent_calls_all_portals")).toInt();
        QVERIFY2(peak <= RequestSlots::defaultTotal, qPrintable(QString::number(peak)));
        QVERIFY2(peak > RequestSlots::defaultPerHost, qPrintable(QString::number(peak)));

        const QList<HistoryEntry> entries = log.read().entries;
        QStringList portals;
        for (const HistoryEntry &entry : entries) {
            QVERIFY(entry.ok);
            QCOMPARE(entry.subject, QStringLiteral("google"));
            portals << entry.portal;
        }
        portals.sort();
        QStringList expected;
        for (const KeyApplier::Target &target : std::as_const(targets))
            expected << target.portalName;
        QCOMPARE(portals, expected);
    }

    void preparesDraftsByTheCatalogsRules()
    {
        using PortalKeys::Catalog::Product;
        using PortalKeys::Drafts::Draft;
        const QString id = QStringLiteral("googleClientId");
        const QString secret = QStringLiteral("googleClientSecret");
        const Draft google = Draft::create(Product::DocSpace, QStringLiteral("google"), {id, secret});
        const KeyApplier::Prepared whole = KeyApplier::prepare(
            google, {{id, "1234-abc.apps.googleusercontent.com"}, {secret, "GOCSPX-first-secret-value"}});
        QVERIFY(!whole.hasErrors());
        QCOMPARE(whole.keys.service, QStringLiteral("google"));
        QCOMPARE(whole.keys.values.size(), 2);

        // A value the catalog's check refuses is reported, to be refused by every caller.
        const KeyApplier::Prepared lacking =
            KeyApplier::prepare(google, {{id, "1234-abc.apps.googleusercontent.com"}});
        QVERIFY(lacking.hasErrors());

        // A service the catalog does not know goes as it is: the portal is the judge.
        const Draft unknown =
            Draft::create(Product::DocSpace, QStringLiteral("myspace"), {QStringLiteral("k")});
        const KeyApplier::Prepared asIs = KeyApplier::prepare(unknown, {{QStringLiteral("k"), "v"}});
        QVERIFY(asIs.issues.isEmpty());
        QCOMPARE(asIs.keys.service, QStringLiteral("myspace"));
        QCOMPARE(asIs.keys.values.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyApplier)
#include "tst_keyapplier.moc"
