// Applying prepared keys to two simulated portals at once, one of which refuses some of them.
#include "../portal/PortalTestSupport.h"

#include "authservice/KeyApplier.h"
#include "history/HistoryLog.h"
#include "portal/Credentials.h"

#include <QJsonArray>

using namespace PortalKeys::AuthService;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;
using Outcome = KeyApplier::Outcome;

class TestKeyApplier : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_production;
    PortalSimulator m_staging;
    QString m_skipReason;
    std::unique_ptr<PortalClient> m_productionClient;
    std::unique_ptr<PortalClient> m_stagingClient;

    std::unique_ptr<PortalClient> client(PortalSimulator &simulator)
    {
        auto result = std::make_unique<PortalClient>(settingsFor(simulator.httpUrl()));
        result->setAuthorization(
            Credentials{CredentialKind::ApiKey, {}, PortalSimulator::fullApiKey()}.authorizationHeader());
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
    }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_production.reset();
        m_staging.reset();
        m_productionClient = client(m_production);
        m_stagingClient = client(m_staging);
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
        const QList<HistoryEntry> entries = log.read().entries;
        QCOMPARE(entries.size(), 4);
        for (const HistoryEntry &entry : entries) {
            QCOMPARE(entry.area, HistoryEntry::Area::Bundle);
            QCOMPARE(entry.action, QStringLiteral("saved"));
            QCOMPARE(entry.host, QStringLiteral("127.0.0.1"));
        }
        QCOMPARE(entries.first().subject, QStringLiteral("google"));
        QCOMPARE(entries.first().keys,
                 QStringList({QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")}));
        QVERIFY(entries.first().ok);
        QVERIFY(!entries.last().ok); // staging's plan refuses s3
        QVERIFY2(entries.last().reason.contains(QLatin1String("plan")), qPrintable(entries.last().reason));
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
