// Drives `portalkeys-cli bundle …` end to end: offline drafts, an encrypted bundle, an import into another
// home, and applying the bundle to two portal simulators of which one refuses a paid service.
#include "ExitCode.h"
#include "drafts/DraftStore.h"
#include "support/CliRunner.h"
#include "support/PortalSimulator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using PortalKeys::ExitCode;
using PortalKeys::Drafts::DraftStore;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::PortalSimulator;

namespace {

// Secrets reach the CLI through these environment variables, never through its command line.
const QString apiKeyVariable = QStringLiteral("PK_TEST_API_KEY");
const QString secretVariable = QStringLiteral("PK_TEST_SECRET");
const QString passphraseVariable = QStringLiteral("PK_TEST_PASSPHRASE");

const QString googleClientId = QStringLiteral("123456789012-bundle.apps.googleusercontent.com");
const QByteArray googleSecret = QByteArrayLiteral("GOCSPX-bundled-google-secret-3391");
const QString s3AccessKey = QStringLiteral("AKIAIOSFODNN7BUNDLE1");
const QByteArray s3Secret = QByteArrayLiteral("s3/bundled+secret/access/key/0042xyz");
const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple 73");
const QByteArray wrongPassphrase = QByteArrayLiteral("incorrect horse battery staple 37");
const QByteArray weakPassphrase = QByteArrayLiteral("Tr0ub4d");

// What a user reads for two added keys.
QString twoKeysAdded()
{
    return QStringLiteral("2 keys added");
}

} // namespace

// Runs `expression` once (QVERIFY2 would evaluate it again for the message).
class TestCliBundle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void exportNeedsDraftsAndAPassphrase();
    void offlineDraftsExportToAnEncryptedFile();
    void wrongPassphraseOrDamagedFile();
    void importIntoAFreshHome();
    void applyToTwoPortalsOneRefusing();
    void dryRunSendsNothing();
    void slowFirstPortalKeepsItsPlaceInTheReport();
    void applyingAgainChangesNothing();
    void portalThatCannotBeReachedAndUnknownName();
    void noSecretInFilesOrOutput();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &pass = passphrase,
               const QByteArray &secret = {});
    CliRun cliWith(const QStringList &arguments, const QProcessEnvironment &environment);
    QJsonObject consumer(PortalSimulator &simulator, const QString &name);
    static int posts(PortalSimulator &simulator);
    QString bundlePath() const { return m_files.filePath(QStringLiteral("keys.bundle")); }
    static QJsonArray rows(const CliRun &run);

    PortalSimulator m_alpha;
    PortalSimulator m_beta; // its plan lacks paid services: saving s3 answers 402
    QDir m_files;           // under HOME, so the final scan covers the bundles too
    QList<QByteArray> m_secrets;
    QByteArray m_output;
};

void TestCliBundle::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    if (!QFile::exists(PortalSimulator::scriptPath()))
        QSKIP("tests/support/portal_simulator.py is missing.");
    QString problem = m_alpha.start({{}, false});
    if (problem.isEmpty())
        problem = m_beta.start({{QStringLiteral("--plan-without-paid")}, false});
    if (!problem.isEmpty()) {
        if (problem.startsWith(QStringLiteral("python3 is not installed")))
            QSKIP(qPrintable(problem));
        QFAIL(qPrintable(QStringLiteral("The portal simulator did not start: ") + problem));
    }
    m_secrets = {
        PortalSimulator::fullApiKey(), googleSecret, s3Secret, passphrase, wrongPassphrase, weakPassphrase};

    m_files.setPath(QDir::homePath() + QStringLiteral("/bundles"));
    QVERIFY(QDir().mkpath(m_files.path()));
    QFile::remove(DraftStore::defaultPath());
    for (const auto &[name, simulator] :
         {std::pair{QStringLiteral("alpha"), &m_alpha}, std::pair{QStringLiteral("beta"), &m_beta}}) {
        CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), name, QStringLiteral("--url"),
                        simulator->httpUrl().toString(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                        QStringLiteral("--secret-env"), apiKeyVariable}),
                   ExitCode::Success);
    }
}

void TestCliBundle::init()
{
    m_alpha.reset();
    m_beta.reset();
}

CliRun TestCliBundle::cli(const QStringList &arguments, const QByteArray &pass, const QByteArray &secret)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(apiKeyVariable, QString::fromUtf8(PortalSimulator::fullApiKey()));
    if (!pass.isEmpty())
        environment.insert(passphraseVariable, QString::fromUtf8(pass));
    if (!secret.isEmpty())
        environment.insert(secretVariable, QString::fromUtf8(secret));
    return cliWith(arguments, environment);
}

CliRun TestCliBundle::cliWith(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const CliRun run = PortalKeys::Testing::runCli(arguments, environment);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    return run;
}

QJsonObject TestCliBundle::consumer(PortalSimulator &simulator, const QString &name)
{
    return simulator.state().value(QLatin1String("consumers")).toObject().value(name).toObject();
}

int TestCliBundle::posts(PortalSimulator &simulator)
{
    int count = 0;
    for (const QJsonValue &request : simulator.requests()) {
        if (request.toObject().value(QLatin1String("method")).toString() == QLatin1String("POST"))
            ++count;
    }
    return count;
}

QJsonArray TestCliBundle::rows(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("rows")).toArray();
}

// ---------------------------------------------------------------------------------------------------------

void TestCliBundle::exportNeedsDraftsAndAPassphrase()
{
    CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("export"), bundlePath(),
                      QStringLiteral("--passphrase-env"), passphraseVariable});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("no offline drafts")), qPrintable(run.err));
    QVERIFY(!QFile::exists(bundlePath()));

    run = cli({QStringLiteral("bundle"), QStringLiteral("export"), bundlePath()});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("--passphrase-env")));
    run = cli({QStringLiteral("bundle"), QStringLiteral("export"), bundlePath(),
               QStringLiteral("--passphrase-env"), QStringLiteral("PK_TEST_UNSET_VARIABLE")});
    CHECK_EXIT(run, ExitCode::Usage);
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("export")}), ExitCode::Usage);
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("frobnicate")}), ExitCode::Usage);
    CHECK_EXIT(cli({QStringLiteral("bundle")}), ExitCode::Usage);
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                    QStringLiteral("--passphrase-env"), passphraseVariable}),
               ExitCode::Usage); // no --portal
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("--help")}), ExitCode::Success);
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("apply"), QStringLiteral("--help")}),
               ExitCode::Success);
}

void TestCliBundle::offlineDraftsExportToAnEncryptedFile()
{
    CHECK_EXIT(cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                    QStringLiteral("--offline"), QStringLiteral("--prop"),
                    QStringLiteral("googleClientId=") + googleClientId, QStringLiteral("--prop-env"),
                    QStringLiteral("googleClientSecret=") + secretVariable},
                   {}, googleSecret),
               ExitCode::Success);
    CHECK_EXIT(
        cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("s3"),
             QStringLiteral("--offline"), QStringLiteral("--prop"), QStringLiteral("acesskey=") + s3AccessKey,
             QStringLiteral("--prop-env"), QStringLiteral("secretaccesskey=") + secretVariable},
            {}, s3Secret),
        ExitCode::Success);
    QCOMPARE(DraftStore().load().drafts.size(), 2);

    CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("export"), bundlePath(),
                      QStringLiteral("--passphrase-env"), passphraseVariable});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Exported 2 drafts")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
    QFile file(bundlePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("-----BEGIN CMS-----"));
    QVERIFY(!content.contains(googleSecret) && !content.contains(googleClientId.toUtf8()));
    QVERIFY(!(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    // An existing file is replaced only when asked.
    run = cli({QStringLiteral("bundle"), QStringLiteral("export"), bundlePath(),
               QStringLiteral("--passphrase-env"), passphraseVariable});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("--force")));
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("export"), bundlePath(),
                    QStringLiteral("--passphrase-env"), passphraseVariable, QStringLiteral("--force")}),
               ExitCode::Success);

    // A weak passphrase works, with a warning; --services picks drafts.
    const QString googleOnly = m_files.filePath(QStringLiteral("google-only.bundle"));
    run = cli({QStringLiteral("bundle"), QStringLiteral("export"), googleOnly, QStringLiteral("--services"),
               QStringLiteral("Google"), QStringLiteral("--passphrase-env"), passphraseVariable},
              weakPassphrase);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.startsWith(QStringLiteral("portalkeys-cli: warning: ")), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Exported 1 draft")));
    QVERIFY(run.out.contains(QStringLiteral("google")) && !run.out.contains(QStringLiteral("s3")));
    run = cli({QStringLiteral("bundle"), QStringLiteral("import"), googleOnly,
               QStringLiteral("--passphrase-env"), passphraseVariable},
              passphrase);
    CHECK_EXIT(run, ExitCode::Negative); // made with the weak passphrase
    QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/bus"));
    noKeychain.remove(QStringLiteral("DISPLAY"));
    noKeychain.insert(passphraseVariable, QString::fromUtf8(passphrase));
    const QString unwritten = m_files.filePath(QStringLiteral("no-keychain.bundle"));
    run = cliWith({QStringLiteral("bundle"), QStringLiteral("export"), unwritten,
                   QStringLiteral("--passphrase-env"), passphraseVariable},
                  noKeychain);
    CHECK_EXIT(run, ExitCode::Keychain);
    QVERIFY(!QFile::exists(unwritten));
    run = cli({QStringLiteral("bundle"), QStringLiteral("export"),
               m_files.filePath(QStringLiteral("none.bundle")), QStringLiteral("--services"),
               QStringLiteral("dropbox"), QStringLiteral("--passphrase-env"), passphraseVariable});
    CHECK_EXIT(run, ExitCode::Negative);
}

void TestCliBundle::wrongPassphraseOrDamagedFile()
{
    CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("import"), bundlePath(),
                      QStringLiteral("--passphrase-env"), passphraseVariable},
                     wrongPassphrase);
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive), qPrintable(run.err));
    QCOMPARE(DraftStore().load().drafts.size(), 2);

    QFile file(bundlePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QString truncated = m_files.filePath(QStringLiteral("truncated.bundle"));
    QFile cut(truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(content.left(content.size() / 2));
    cut.close();
    run = cli({QStringLiteral("bundle"), QStringLiteral("import"), truncated,
               QStringLiteral("--passphrase-env"), passphraseVariable});
    CHECK_EXIT(run, ExitCode::Usage);

    const QString notABundle = m_files.filePath(QStringLiteral("notes.txt"));
    QFile notes(notABundle);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("shopping list: milk, bread\n");
    notes.close();
    run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), notABundle,
               QStringLiteral("--passphrase-env"), passphraseVariable, QStringLiteral("--portal"),
               QStringLiteral("alpha")});
    CHECK_EXIT(run, ExitCode::Usage);
    run =
        cli({QStringLiteral("bundle"), QStringLiteral("import"), m_files.filePath(QStringLiteral("missing")),
             QStringLiteral("--passphrase-env"), passphraseVariable});
    CHECK_EXIT(run, ExitCode::Usage);
    QCOMPARE(DraftStore().load().drafts.size(), 2);
    QCOMPARE(posts(m_alpha), 0);
}

void TestCliBundle::importIntoAFreshHome()
{
    // Another computer, as far as the files go: a home of its own (the keychain is the test's, shared).
    const QString fresh = QDir::homePath() + QStringLiteral("/fresh");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), fresh + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), fresh + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), fresh + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), fresh + QStringLiteral("/cache"));
    environment.insert(passphraseVariable, QString::fromUtf8(passphrase));

    CliRun run = cliWith({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
                          QStringLiteral("--offline")},
                         environment);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("No offline draft yet")));

    run = cliWith({QStringLiteral("bundle"), QStringLiteral("import"), bundlePath(),
                   QStringLiteral("--passphrase-env"), passphraseVariable},
                  environment);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Imported 2 drafts")), qPrintable(run.out));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the sentence, the header, two drafts
    QVERIFY(lines.at(2).startsWith(QStringLiteral("google")) &&
            lines.at(2).contains(QStringLiteral("docspace")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("s3")));

    run = cliWith({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
                   QStringLiteral("--offline"), QStringLiteral("--json")},
                  environment);
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonArray keys = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QLatin1String("draft"))
                                .toObject()
                                .value(QLatin1String("keys"))
                                .toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("value")).toString(), googleClientId);
    QCOMPARE(keys.at(1).toObject().value(QLatin1String("length")).toInt(), int(googleSecret.size()));
    QVERIFY(QFile::exists(fresh + QStringLiteral("/data/PortalKeys/PortalKeys/drafts.json")));
    // The original home is untouched.
    QCOMPARE(DraftStore().load().drafts.size(), 2);
}

void TestCliBundle::applyToTwoPortalsOneRefusing()
{
    CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                      QStringLiteral("--passphrase-env"), passphraseVariable, QStringLiteral("--portal"),
                      QStringLiteral("alpha"), QStringLiteral("--portal"), QStringLiteral("beta")});
    CHECK_EXIT(run, ExitCode::Negative);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("PORTAL")) &&
            lines.at(0).contains(QStringLiteral("OUTCOME")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("alpha")) &&
                 lines.at(1).contains(QStringLiteral("google")) &&
                 lines.at(1).contains(QStringLiteral("applied")),
             qPrintable(run.out));
    QVERIFY(lines.at(2).contains(QStringLiteral("s3")) && lines.at(2).contains(QStringLiteral("applied")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("beta")) &&
            lines.at(3).contains(QStringLiteral("applied")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("beta")) &&
            lines.at(4).contains(QStringLiteral("refused")) &&
            lines.at(4).contains(QStringLiteral("plan"), Qt::CaseInsensitive));
    QVERIFY(run.err.contains(QStringLiteral("1 of 4 refused")));

    QCOMPARE(consumer(m_alpha, QStringLiteral("google"))
                 .value(QLatin1String("googleClientSecret"))
                 .toString()
                 .toUtf8(),
             googleSecret);
    QCOMPARE(
        consumer(m_alpha, QStringLiteral("s3")).value(QLatin1String("secretaccesskey")).toString().toUtf8(),
        s3Secret);
    QCOMPARE(consumer(m_beta, QStringLiteral("google")).value(QLatin1String("googleClientId")).toString(),
             googleClientId);
    QCOMPARE(consumer(m_beta, QStringLiteral("s3")).value(QLatin1String("acesskey")).toString(), QString());
}

void TestCliBundle::dryRunSendsNothing()
{
    const CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                            QStringLiteral("--passphrase-env"), passphraseVariable,
                            QStringLiteral("--portal"), QStringLiteral("alpha"), QStringLiteral("--portal"),
                            QStringLiteral("beta"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("exitCode")).toInt(), 0);
    const QJsonArray list = rows(run);
    QCOMPARE(list.size(), 4);
    for (const QJsonValue &row : list) {
        QCOMPARE(row.toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("would-apply"));
        QCOMPARE(row.toObject().value(QLatin1String("detail")).toString(), twoKeysAdded());
    }
    QCOMPARE(posts(m_alpha), 0);
    QCOMPARE(posts(m_beta), 0);
    QCOMPARE(consumer(m_alpha, QStringLiteral("google")).value(QLatin1String("googleClientId")).toString(),
             QString());
}

void TestCliBundle::slowFirstPortalKeepsItsPlaceInTheReport()
{
    // The portals run at the same time, so beta is done long before alpha answers; the report keeps the
    // order the portals were named in.
    m_alpha.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                      {QStringLiteral("path"), QStringLiteral("/api/2.0/settings/authservice")},
                      {QStringLiteral("delay"), 1.5}});
    const CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                            QStringLiteral("--passphrase-env"), passphraseVariable,
                            QStringLiteral("--portal"), QStringLiteral("alpha"), QStringLiteral("--portal"),
                            QStringLiteral("beta"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    QStringList order;
    for (const QJsonValue &row : rows(run))
        order << row.toObject().value(QLatin1String("portal")).toString() + QLatin1Char('/') +
                     row.toObject().value(QLatin1String("service")).toString();
    QCOMPARE(order, QStringList({QStringLiteral("alpha/google"), QStringLiteral("alpha/s3"),
                                 QStringLiteral("beta/google"), QStringLiteral("beta/s3")}));
}

void TestCliBundle::applyingAgainChangesNothing()
{
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                    QStringLiteral("--passphrase-env"), passphraseVariable, QStringLiteral("--portal"),
                    QStringLiteral("alpha")}),
               ExitCode::Success);
    const int before = posts(m_alpha);
    const CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                            QStringLiteral("--passphrase-env"), passphraseVariable,
                            QStringLiteral("--portal"), QStringLiteral("alpha"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    for (const QJsonValue &row : rows(run))
        QCOMPARE(row.toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(posts(m_alpha), before);
}

void TestCliBundle::portalThatCannotBeReachedAndUnknownName()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 closedPort = server.serverPort();
    server.close();
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("gamma"),
                    QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                    QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--secret-env"),
                    apiKeyVariable}),
               ExitCode::Success);
    CliRun run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
                      QStringLiteral("--passphrase-env"), passphraseVariable, QStringLiteral("--portal"),
                      QStringLiteral("gamma"), QStringLiteral("--portal"), QStringLiteral("alpha"),
                      QStringLiteral("--json")});
    // The highest exit code among the refusals: the network failure (3).
    CHECK_EXIT(run, ExitCode::Network);
    const QJsonArray list = rows(run);
    QCOMPARE(list.size(), 4);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject row = list.at(i).toObject();
        QCOMPARE(row.value(QLatin1String("portal")).toString(), QStringLiteral("gamma"));
        QCOMPARE(row.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(row.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("connection-refused"));
    }
    QCOMPARE(list.at(2).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));

    // A portal name that is not saved stops the command before anything is sent anywhere.
    m_alpha.reset();
    run = cli({QStringLiteral("bundle"), QStringLiteral("apply"), bundlePath(),
               QStringLiteral("--passphrase-env"), passphraseVariable, QStringLiteral("--portal"),
               QStringLiteral("alpha"), QStringLiteral("--portal"), QStringLiteral("nowhere")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.err.contains(QStringLiteral("portal list")));
    QVERIFY(m_alpha.requests().isEmpty());
}

void TestCliBundle::noSecretInFilesOrOutput()
{
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!m_output.contains(secret), qPrintable(QStringLiteral("a secret (%1 bytes) appeared in the "
                                                                       "CLI's output")
                                                            .arg(secret.size())));
    for (PortalSimulator *simulator : {&m_alpha, &m_beta}) {
        const QByteArray log = simulator->takeLog();
        QVERIFY(!log.contains(googleSecret) && !log.contains(s3Secret));
    }

    const PortalKeys::Testing::DiskScan scan = PortalKeys::Testing::scanHomeForSecrets(m_secrets);
    QVERIFY2(scan.leak.isEmpty(), qPrintable(scan.leak));
    QVERIFY(scan.filesRead >= 4); // at least the portal list, two drafts lists and the bundles
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_clibundle.moc"
