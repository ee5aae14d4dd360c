// Drives `portalkeys-cli history` end to end: changes made through the CLI (real binary, private test
// keyring, portal simulator) land in the local history with names but never values; filters; the portal's
// audit trail beside it, and the local history alone when the portal refuses it; damaged lines; many writers
// at once.
#include "ExitCode.h"
#include "history/HistoryLog.h"
#include "portal/ProfileStore.h"
#include "support/CliRunner.h"
#include "support/PortalSimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using PortalKeys::ExitCode;
using PortalKeys::History::HistoryLog;
using PortalKeys::Portal::ProfileStore;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::describe;
using PortalKeys::Testing::PortalSimulator;

namespace {

const QString adminVariable = QStringLiteral("PK_TEST_ADMIN_PW");
const QString userVariable = QStringLiteral("PK_TEST_USER_PW");
const QString secretVariable = QStringLiteral("PK_TEST_GOOGLE_SECRET");
const QString googleSecret = QStringLiteral("history-google-secret-value-42");
const QRegularExpression wholeKey(QStringLiteral("sk-[0-9a-f]{64}"));

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void changesThroughTheCliAppearInTheHistory();
    void filtersByPortalAndDay();
    void portalAuditEventsAppearBesideLocalOnes();
    void refusedAuditTrailDegradesToLocalHistory();
    void planWithoutAuditSaysOnlyLatestEvents();
    void damagedLineIsSkippedAndReported();
    void twentyWritersAtOnceLoseNoLine();
    void usageMistakes();
    void unsavedPortalAuditTrail();

private:
    CliRun cli(const QStringList &arguments);
    void addPortal(const QString &name, const QByteArray &email, const QString &variable);
    // Saves google keys, creates and deletes an API key, disables and enables the demo OAuth app and gives
    // it a new secret, all on the saved portal "sim"; remembers the secrets the portal handed out.
    void makeChanges();
    QJsonArray historyJson(const QStringList &more = {});
    QByteArray historyFiles() const;
    void configure(const QJsonObject &config)
    {
        m_simulator.control("POST", QStringLiteral("/__sim/config"), config);
    }

    PortalSimulator m_simulator;
    QList<QByteArray> m_secrets; // values that must never reach the history or its output
    QByteArray m_output;
};

void TestCliHistory::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    const QString problem = m_simulator.start();
    if (problem.startsWith(QStringLiteral("python3 is not installed")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliHistory::init()
{
    m_simulator.reset();
    QFile::remove(ProfileStore::defaultPath());
    const HistoryLog log;
    QFile::remove(log.path());
    QFile::remove(log.rotatedPath());
    m_secrets = {googleSecret.toUtf8(), PortalSimulator::adminPassword(), PortalSimulator::userPassword(),
                 PortalSimulator::oauthClientSecret()};
}

CliRun TestCliHistory::cli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(adminVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    env.insert(userVariable, QString::fromUtf8(PortalSimulator::userPassword()));
    env.insert(secretVariable, googleSecret);
    const CliRun run = PortalKeys::Testing::runCli(arguments, env);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    return run;
}

void TestCliHistory::addPortal(const QString &name, const QByteArray &email, const QString &variable)
{
    CHECK_EXIT(cli({s("portal"), s("add"), name, s("--url"), m_simulator.httpUrl().toString(), s("--auth"),
                    s("basic"), s("--user"), QString::fromUtf8(email), s("--secret-env"), variable}),
               ExitCode::Success);
}

void TestCliHistory::makeChanges()
{
    addPortal(s("sim"), PortalSimulator::adminEmail(), adminVariable);
    const QStringList sim{s("--portal"), s("sim")};
    CHECK_EXIT(
        cli(QStringList{s("services"), s("set"), s("google"), s("--prop"),
                        s("googleClientId=1234-history.apps.googleusercontent.com"), s("--prop-env"),
                        s("googleClientSecret=") + secretVariable, s("--accept-warnings"), s("--yes")} +
            sim),
        ExitCode::Success);
    CliRun run = cli(QStringList{s("apikey"), s("create"), s("history-key")} + sim);
    CHECK_EXIT(run, ExitCode::Success);
    const QByteArray key = run.out.trimmed().toLatin1();
    QVERIFY(wholeKey.match(QString::fromLatin1(key)).hasMatch());
    m_secrets << key;
    run = cli(QStringList{s("apikey"), s("list"), s("--json")} + sim);
    QString id;
    for (const QJsonValue &listed : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (listed[QLatin1String("name")].toString() == QLatin1String("history-key"))
            id = listed[QLatin1String("id")].toString();
    }
    QVERIFY(!id.isEmpty());
    CHECK_EXIT(cli(QStringList{s("apikey"), s("delete"), id, s("--yes")} + sim), ExitCode::Success);
    const QString app = PortalSimulator::oauthClientId();
    CHECK_EXIT(cli(QStringList{s("oauth-app"), s("disable"), app} + sim), ExitCode::Success);
    CHECK_EXIT(cli(QStringList{s("oauth-app"), s("enable"), app} + sim), ExitCode::Success);
    run = cli(QStringList{s("oauth-app"), s("regenerate-secret"), app} + sim);
    CHECK_EXIT(run, ExitCode::Success);
    const QRegularExpressionMatch secret =
        QRegularExpression(QStringLiteral("client_secret: (\\S+)")).match(run.out);
    QVERIFY2(secret.hasMatch(), qPrintable(run.out));
    m_secrets << secret.captured(1).toUtf8();
}

QJsonArray TestCliHistory::historyJson(const QStringList &more)
{
    const CliRun run = cli(QStringList{s("history"), s("--json")} + more);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(describe(run)));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QByteArray TestCliHistory::historyFiles() const
{
    QByteArray bytes;
    const HistoryLog log;
    for (const QString &path : {log.rotatedPath(), log.path()}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestCliHistory::changesThroughTheCliAppearInTheHistory()
{
    makeChanges();
    const QJsonArray entries = historyJson();
    QStringList seen;
    for (const QJsonValue &entry : entries) {
        seen << entry[QLatin1String("area")].toString() + QLatin1Char(' ') +
                    entry[QLatin1String("action")].toString();
        QCOMPARE(entry[QLatin1String("portal")].toString(), s("sim"));
        QCOMPARE(entry[QLatin1String("user")].toString(), QString::fromUtf8(PortalSimulator::adminEmail()));
        QCOMPARE(entry[QLatin1String("host")].toString(), s("127.0.0.1"));
        QCOMPARE(entry[QLatin1String("result")].toString(), s("ok"));
        QCOMPARE(entry[QLatin1String("origin")].toString(), s("local"));
    }
    QCOMPARE(seen, QStringList({s("keys saved"), s("api-key created"), s("api-key deleted"),
                                s("oauth-app disabled"), s("oauth-app enabled"),
                                s("oauth-app secret regenerated")}));
    QCOMPARE(entries.at(0)[QLatin1String("subject")].toString(), s("google"));
    const QJsonArray keys = entries.at(0)[QLatin1String("keys")].toArray();
    QVERIFY(keys.contains(s("googleClientId")) && keys.contains(s("googleClientSecret")));
    QCOMPARE(entries.at(1)[QLatin1String("subject")].toString(), s("history-key"));

    const CliRun table = cli({s("history")});
    CHECK_EXIT(table, ExitCode::Success);
    QVERIFY(table.out.contains(s("secret regenerated")));
    QVERIFY(table.out.contains(s("googleClientId, googleClientSecret")));

    // No secret value in the file or in anything the CLI printed.
    const QByteArray files = historyFiles();
    QVERIFY(!files.isEmpty());
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!files.contains(secret) && !table.out.toUtf8().contains(secret), secret.left(6).constData());
    QVERIFY(!files.contains("1234-history")); // not even a value that is no secret
    QVERIFY(!wholeKey.match(QString::fromUtf8(files)).hasMatch());
}

void TestCliHistory::filtersByPortalAndDay()
{
    makeChanges();
    QCOMPARE(historyJson({s("--portal"), s("SIM")}).size(), 6);
    QCOMPARE(historyJson({s("--portal"), s("other")}).size(), 0);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(historyJson({s("--since"), today.toString(Qt::ISODate)}).size(), 6);
    QCOMPARE(historyJson({s("--since"), today.addDays(1).toString(Qt::ISODate)}).size(), 0);
    const CliRun empty = cli({s("history"), s("--portal"), s("other")});
    CHECK_EXIT(empty, ExitCode::Success);
    QVERIFY(empty.out.contains(s("No changes")));
}

void TestCliHistory::portalAuditEventsAppearBesideLocalOnes()
{
    makeChanges();
    const QJsonArray entries = historyJson({s("--portal"), s("sim"), s("--with-portal-audit")});
    QList<int> portalActions;
    int local = 0;
    for (const QJsonValue &entry : entries) {
        if (entry[QLatin1String("origin")].toString() == QLatin1String("portal"))
            portalActions << entry[QLatin1String("portalActionId")].toInt();
        else
            ++local;
    }
    QCOMPARE(local, 6);
    QCOMPARE(portalActions, QList<int>({5038, 6058, 6060, 9905, 9905, 9903}));
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1)[QLatin1String("time")].toString() <=
                entries.at(i)[QLatin1String("time")].toString());
    const CliRun table = cli({s("history"), s("--portal"), s("sim"), s("--with-portal-audit")});
    CHECK_EXIT(table, ExitCode::Success);
    QVERIFY(table.out.contains(s("recorded by the portal")));
    QVERIFY(table.out.contains(s("Ada Admin")));
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY(!table.out.toUtf8().contains(secret));
}

void TestCliHistory::refusedAuditTrailDegradesToLocalHistory()
{
    makeChanges();
    addPortal(s("asuser"), PortalSimulator::userEmail(), userVariable);
    CliRun run = cli({s("history"), s("--portal"), s("asuser"), s("--with-portal-audit")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.contains(s("admins")), qPrintable(run.err));
    QVERIFY(run.out.contains(s("No changes"))); // asuser made none; its local history is still shown

    configure({{s("standalone"), false}, {s("audit_hidden"), true}});
    run = cli({s("history"), s("--portal"), s("sim"), s("--with-portal-audit")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.contains(s("plan does not include the audit trail")), qPrintable(run.err));
    QVERIFY(run.out.contains(s("secret regenerated")));
    QVERIFY(!run.out.contains(s("recorded by the portal")));
}

void TestCliHistory::planWithoutAuditSaysOnlyLatestEvents()
{
    makeChanges();
    configure({{s("plan_without_audit"), true}});
    const CliRun run = cli({s("history"), s("--portal"), s("sim"), s("--with-portal-audit"), s("--since"),
                            QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)});
    CHECK_EXIT(run, ExitCode::Success);
    // Six events fit in the first page of ten, all since today: nothing is missing, nothing to say.
    QVERIFY(!run.err.contains(s("latest")));
    QVERIFY(run.out.contains(s("recorded by the portal")));
    // Four changes more fill the first page; the next page, asked for from the tenth event on, brings the
    // same ten again: the portal ignores the filter, and the command says so.
    for (int i = 0; i < 4; ++i) {
        CHECK_EXIT(
            cli({s("oauth-app"), s("disable"), PortalSimulator::oauthClientId(), s("--portal"), s("sim")}),
            ExitCode::Success);
    }
    const CliRun limited = cli({s("history"), s("--portal"), s("sim"), s("--with-portal-audit")});
    CHECK_EXIT(limited, ExitCode::Success);
    QVERIFY2(limited.err.contains(s("only its latest audit events")), qPrintable(limited.err));
}

void TestCliHistory::damagedLineIsSkippedAndReported()
{
    makeChanges();
    QFile file(HistoryLog().path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("this is no JSON\n");
    file.close();
    CHECK_EXIT(cli({s("oauth-app"), s("enable"), PortalSimulator::oauthClientId(), s("--portal"), s("sim")}),
               ExitCode::Success);
    const CliRun run = cli({s("history"), s("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 7);
    QVERIFY2(run.err.contains(s("Line 7")) && run.err.contains(s("damaged")), qPrintable(run.err));
}

void TestCliHistory::twentyWritersAtOnceLoseNoLine()
{
    const int writers = 20;
    const int lines = 50;
    QList<QProcess *> processes;
    for (int i = 0; i < writers; ++i) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(PORTALKEYS_HISTORYWRITER_PATH),
                       {HistoryLog().path(), QString::number(lines), QStringLiteral("w%1").arg(i)});
        processes << process;
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        delete process;
    }
    const HistoryLog::Read read = HistoryLog().read();
    QVERIFY2(read.damaged.isEmpty(), qPrintable(read.damaged.join(QLatin1Char('\n'))));
    QCOMPARE(read.entries.size(), writers * lines);
    QSet<QString> subjects;
    for (const auto &entry : read.entries)
        subjects.insert(entry.subject);
    QCOMPARE(subjects.size(), writers * lines);
    // And the CLI reads them all back.
    QCOMPARE(historyJson({s("--portal"), s("concurrency")}).size(), writers * lines);
}

void TestCliHistory::usageMistakes()
{
    CHECK_EXIT(cli({s("history"), s("--since"), s("yesterday")}), ExitCode::Usage);
    CHECK_EXIT(cli({s("history"), s("--with-portal-audit")}), ExitCode::Usage);
    CHECK_EXIT(cli({s("history"), s("extra")}), ExitCode::Usage);
    CHECK_EXIT(cli({s("history"), s("--portal"), s("nosuch"), s("--with-portal-audit")}), ExitCode::Negative);
    CHECK_EXIT(cli({s("history"), s("--url"), m_simulator.httpUrl().toString()}), ExitCode::Usage);
}

void TestCliHistory::unsavedPortalAuditTrail()
{
    makeChanges();
    const QJsonArray entries = historyJson({s("--url"), m_simulator.httpUrl().toString(), s("--user"),
                                            QString::fromUtf8(PortalSimulator::adminEmail()),
                                            s("--password-env"), adminVariable, s("--with-portal-audit")});
    // The changes were made through the saved portal "sim": only the portal's own events are of this host.
    QCOMPARE(entries.size(), 6);
    for (const QJsonValue &entry : entries)
        QCOMPARE(entry[QLatin1String("origin")].toString(), s("portal"));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
