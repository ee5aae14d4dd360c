// `portalkeys-cli apikey list` with several saved portals (real binary, private test keyring, portal
// simulators): one table with a PORTAL column in the order named, one JSON object per portal, a portal that
// cannot be reached reported beside the others' keys with its exit code, --expiring-within over all of
// them, and the usage mistakes that only one portal allows.
#include "ExitCode.h"
#include "portal/ProfileStore.h"
#include "support/CliRunner.h"
#include "support/PortalSimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using PortalKeys::ExitCode;
using PortalKeys::Portal::ProfileStore;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::PortalSimulator;

namespace {

const QString adminVariable = QStringLiteral("PK_TEST_ADMIN_PW");
const QString userVariable = QStringLiteral("PK_TEST_USER_PW");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliApiKeyPortals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsEveryPortalInTheOrderNamed();
    void unreachablePortalIsReportedBesideTheOthers();
    void expiringWithinCoversEveryPortal();
    void mistakesOfSeveralPortals();

private:
    CliRun cli(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(adminVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
        env.insert(userVariable, QString::fromUtf8(PortalSimulator::userPassword()));
        return PortalKeys::Testing::runCli(arguments, env);
    }
    void addPortal(const QString &name, const QUrl &url, const QByteArray &email, const QString &variable)
    {
        CHECK_EXIT(cli({s("portal"), s("add"), name, s("--url"), url.toString(), s("--auth"), s("basic"),
                        s("--user"), QString::fromUtf8(email), s("--secret-env"), variable}),
                   ExitCode::Success);
    }
    static int keyListings(PortalSimulator &simulator)
    {
        int count = 0;
        for (const QJsonValue &request : simulator.requests()) {
            const QJsonObject fields = request.toObject();
            count += fields.value(QLatin1String("method")).toString() == QLatin1String("GET") &&
                     fields.value(QLatin1String("path")).toString() == QLatin1String("/api/2.0/keys");
        }
        return count;
    }
    static QStringList list(const QStringList &more) { return QStringList{s("apikey"), s("list")} + more; }

    PortalSimulator m_prod;
    PortalSimulator m_test;
};

void TestCliApiKeyPortals::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    for (PortalSimulator *simulator : {&m_prod, &m_test}) {
        const QString problem = simulator->start();
        if (problem.startsWith(QStringLiteral("python3 is not installed")))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestCliApiKeyPortals::init()
{
    m_prod.reset();
    m_test.reset();
    QFile::remove(ProfileStore::defaultPath());
    addPortal(s("prod"), m_prod.httpUrl(), PortalSimulator::adminEmail(), adminVariable);
    addPortal(s("test"), m_test.httpUrl(), PortalSimulator::userEmail(), userVariable);
}

void TestCliApiKeyPortals::listsEveryPortalInTheOrderNamed()
{
    CliRun run = cli(list({s("--portal"), s("test"), s("--portal"), s("prod")}));
    CHECK_EXIT(run, ExitCode::Success);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 6 && lines.first().startsWith(s("PORTAL")), qPrintable(run.out));
    // The user sees their own key on "test", the admin every key on "prod"; "test" first, as named.
    QVERIFY2(lines.at(1).startsWith(s("test")) && lines.at(1).contains(s("sk-***dddd")), qPrintable(run.out));
    for (int i = 2; i < 6; ++i)
        QVERIFY2(lines.at(i).startsWith(s("prod")), qPrintable(run.out));

    run = cli(
        list({s("--portal"), s("prod"), s("--portal"), s("test"), s("--portal"), s("prod"), s("--json")}));
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonArray portals = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(portals.size(), 2); // a portal named twice is listed once
    QCOMPARE(portals.at(0).toObject().value(QLatin1String("portal")).toString(), s("prod"));
    QCOMPARE(portals.at(0).toObject().value(QLatin1String("keys")).toArray().size(), 4);
    QCOMPARE(portals.at(1).toObject().value(QLatin1String("keys")).toArray().size(), 1);
    // Both portals were asked, once in each run.
    QCOMPARE(keyListings(m_prod), 2);
    QCOMPARE(keyListings(m_test), 2);
}

void TestCliApiKeyPortals::unreachablePortalIsReportedBesideTheOthers()
{
    QTcpServer reserve; // a port nobody answers on once it is closed
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const QUrl gone(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
    reserve.close();
    addPortal(s("gone"), gone, PortalSimulator::adminEmail(), adminVariable);

    CliRun run = cli(list({s("--portal"), s("gone"), s("--portal"), s("prod")}));
    QVERIFY2(run.exitCode == PortalKeys::toInt(ExitCode::Network),
             qPrintable(PortalKeys::Testing::describe(run)));
    QVERIFY2(run.err.contains(s("gone:")), qPrintable(run.err));
    QVERIFY2(run.out.contains(s("Demo full access")), qPrintable(run.out));

    run = cli(list({s("--portal"), s("prod"), s("--portal"), s("gone"), s("--json")}));
    QCOMPARE(run.exitCode, PortalKeys::toInt(ExitCode::Network));
    const QJsonArray portals = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(portals.size(), 2);
    QCOMPARE(portals.at(0).toObject().value(QLatin1String("keys")).toArray().size(), 4);
    QVERIFY(portals.at(1).toObject().value(QLatin1String("error")).isObject());
    QVERIFY(!portals.at(1).toObject().contains(QLatin1String("keys")));

    // A certificate nobody trusted yet: shown, with the command that trusts it for that portal.
    addPortal(s("selfsigned"), m_test.httpsUrl(), PortalSimulator::adminEmail(), adminVariable);
    run = cli(list({s("--portal"), s("prod"), s("--portal"), s("selfsigned")}));
    QCOMPARE(run.exitCode, PortalKeys::toInt(ExitCode::Network));
    QVERIFY2(run.err.contains(s("selfsigned: ")) && run.err.contains(s("portal pin selfsigned --sha256 ")),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(s("Demo full access")), qPrintable(run.out));
}

void TestCliApiKeyPortals::expiringWithinCoversEveryPortal()
{
    const QStringList both{s("--portal"),          s("prod"), s("--portal"), s("test"),
                           s("--expiring-within"), s("7")};
    CliRun run = cli(list(both));
    CHECK_EXIT(run, ExitCode::Success); // the demo keys never expire
    QVERIFY2(run.out.contains(s("prod, test")), qPrintable(run.out));

    CHECK_EXIT(cli({s("apikey"), s("create"), s("Short-lived"), s("--portal"), s("test"),
                    s("--expires-in-days"), s("3"), s("--store-secret"), s("short-lived")}),
               ExitCode::Success);
    run = cli(list(both));
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.out.contains(s("Short-lived")) && !run.out.contains(s("Demo")), qPrintable(run.out));
}

void TestCliApiKeyPortals::mistakesOfSeveralPortals()
{
    CHECK_EXIT(cli(list({s("--portal"), s("prod"), s("--portal"), s("nowhere")})), ExitCode::Negative);
    CHECK_EXIT(cli(list({s("--portal"), s("prod"), s("--portal"), s("test"), s("--url"),
                         m_prod.httpUrl().toString()})),
               ExitCode::Usage);
    CHECK_EXIT(
        cli(list({s("--portal"), s("prod"), s("--portal"), s("test"), s("--pin-sha256"), QString(64, u'a')})),
        ExitCode::Usage);
    // Nothing was asked of either portal.
    QCOMPARE(keyListings(m_prod), 0);
    QCOMPARE(keyListings(m_test), 0);
}

QTEST_GUILESS_MAIN(TestCliApiKeyPortals)
#include "tst_cliapikeyportals.moc"
