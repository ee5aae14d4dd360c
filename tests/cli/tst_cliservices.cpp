// Drives `portalkeys-cli services …` end to end: the real binary, the private test keyring
// (tests/support/with-test-keyring.sh) and the portal simulator (tests/support/portal_simulator.py).
#include "ExitCode.h"
#include "drafts/DraftStore.h"
#include "support/CliRunner.h"
#include "support/KeychainProbe.h"
#include "support/PortalSimulator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using PortalKeys::ExitCode;
using PortalKeys::Drafts::DraftStore;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::describe;
using PortalKeys::Testing::PortalSimulator;

namespace {

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

// Secrets reach the CLI through these environment variables, never through its command line.
const QString apiKeyVariable = QStringLiteral("PK_TEST_API_KEY");
const QString secretVariable = QStringLiteral("PK_TEST_SECRET");
const QString otherSecretVariable = QStringLiteral("PK_TEST_OTHER_SECRET");

const QString googleClientId = QStringLiteral("123456789012-abcdefghij.apps.googleusercontent.com");
const QByteArray googleSecret = QByteArrayLiteral("GOCSPX-first-google-secret-4417");
const QByteArray otherGoogleSecret = QByteArrayLiteral("GOCSPX-second-google-secret-8823");

// What a user reads for a secret of `length` characters and for two added keys.
QString dots(qsizetype length)
{
    return QStringLiteral("•••• (%1 characters)").arg(length);
}

QString twoKeysAdded()
{
    return QStringLiteral("2 keys added");
}

} // namespace

// Runs `expression` once (QVERIFY2 would evaluate it again for the message).
class TestCliServices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void catalogOfBothProducts();
    void catalogForAPortalVersion();
    void listMergesThePortalWithTheCatalog();
    void showGivesRedirectUriStepsAndKeys();
    void setFromEnvironmentSavesAndReadsBack();
    void changingOneKeyKeepsTheOther();
    void secretAsPlainPropIsRefused();
    void validationErrorStopsBeforeSending();
    void warningNeedsAcceptWarnings();
    void dryRunSendsNothing();
    void withoutTerminalYesIsNeeded();
    void multiLineKeyFromStandardInput();
    void badKeysAreReported();
    void paidServiceWithoutThePlan();
    void readOnlyServiceAndReadOnlyKey();
    void disableClearsEveryKey();
    void savedPortalProfile();
    void offlineSetCreatesAndUpdatesADraft();
    void diffWithDraftsBundleAndAnotherPortal();
    void usageMistakesExitWithTwo();
    void noSecretInFilesOrOutput();

private:
    CliRun cli(const QStringList &arguments, const QMap<QString, QByteArray> &secrets = {},
               const QByteArray &standardInput = {});
    QStringList adHoc() const;
    void rememberSecret(const QByteArray &secret);
    QJsonObject consumer(const QString &name);
    int posts();
    QString http() const { return m_simulator.httpUrl().toString(); }

    PortalSimulator m_simulator;
    QList<QByteArray> m_secrets; // every secret a test gave the CLI
    QByteArray m_output;         // everything the CLI printed
};

void TestCliServices::initTestCase()
{
    // The test reads the same drafts list as the CLI it runs.
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    if (!QFile::exists(PortalSimulator::scriptPath()))
        QSKIP("tests/support/portal_simulator.py is missing.");
    const QString problem = m_simulator.start({{}, false});
    if (!problem.isEmpty()) {
        if (problem.startsWith(QStringLiteral("python3 is not installed")))
            QSKIP(qPrintable(problem));
        QFAIL(qPrintable(QStringLiteral("The portal simulator did not start: ") + problem));
    }
    rememberSecret(PortalSimulator::fullApiKey());
    rememberSecret(PortalSimulator::readOnlyApiKey());
    rememberSecret(googleSecret);
    rememberSecret(otherGoogleSecret);
}

void TestCliServices::init()
{
    m_simulator.reset();
}

CliRun TestCliServices::cli(const QStringList &arguments, const QMap<QString, QByteArray> &secrets,
                            const QByteArray &standardInput)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(apiKeyVariable, QString::fromUtf8(PortalSimulator::fullApiKey()));
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        environment.insert(it.key(), QString::fromUtf8(it.value()));
    const CliRun run = PortalKeys::Testing::runCli(arguments, environment, standardInput);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    return run;
}

QStringList TestCliServices::adHoc() const
{
    return {QStringLiteral("--url"), http(), QStringLiteral("--api-key-env"), apiKeyVariable};
}

void TestCliServices::rememberSecret(const QByteArray &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QJsonObject TestCliServices::consumer(const QString &name)
{
    return m_simulator.state().value(QLatin1String("consumers")).toObject().value(name).toObject();
}

int TestCliServices::posts()
{
    int count = 0;
    for (const QJsonValue &request : m_simulator.requests()) {
        if (request.toObject().value(QLatin1String("method")).toString() == QLatin1String("POST"))
            ++count;
    }
    return count;
}

// ---------------------------------------------------------------------------------------------------------

void TestCliServices::catalogOfBothProducts()
{
    CliRun run = cli({QStringLiteral("services"), QStringLiteral("catalog")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("19 services")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("googleClientSecret*")));
    QVERIFY(run.out.contains(QStringLiteral("login, storage")));

    run = cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--product"),
               QStringLiteral("workspace")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("DocuSign")));
    QVERIFY(run.out.contains(QStringLiteral("Workspace")));

    run = cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject docspace = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(docspace.value(QLatin1String("product")).toString(), QStringLiteral("docspace"));
    const QJsonArray services = docspace.value(QLatin1String("services")).toArray();
    QCOMPARE(services.size(), 19);
    QJsonObject google;
    for (const QJsonValue &service : services) {
        if (service.toObject().value(QLatin1String("name")).toString() == QLatin1String("google"))
            google = service.toObject();
    }
    const QString redirectUri = google.value(QLatin1String("redirectUri")).toString();
    QVERIFY(redirectUri.startsWith(QStringLiteral("https://")));
    QVERIFY(!google.value(QLatin1String("redirectNote")).toString().isEmpty());
    const QJsonArray steps = google.value(QLatin1String("steps")).toArray();
    QVERIFY(steps.size() >= 3);
    bool stepNamesUri = false;
    for (const QJsonValue &step : steps) {
        stepNamesUri = stepNamesUri || step.toString().contains(redirectUri);
        QVERIFY(!step.toString().contains(QStringLiteral("{redirectUri}")));
    }
    QVERIFY(stepNamesUri);
    const QJsonArray keys = google.value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(1).toObject().value(QLatin1String("masked")).toBool(), true);

    run = cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--product"),
               QStringLiteral("workspace"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonArray workspace =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("services")).toArray();
    QCOMPARE(workspace.size(), 23);
    bool hasOlderKeySets = false;
    for (const QJsonValue &service : workspace)
        hasOlderKeySets = hasOlderKeySets || service.toObject().contains(QLatin1String("olderKeySets"));
    QVERIFY(hasOlderKeySets);

    CHECK_EXIT(cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--product"),
                    QStringLiteral("sharepoint")}),
               ExitCode::Usage);

    // WeChat's redirect URI: the note tells packages and Docker images apart.
    QString wechatNote;
    for (const QJsonValue &service : services) {
        if (service.toObject().value(QLatin1String("name")).toString() == QLatin1String("weixin"))
            wechatNote = service.toObject().value(QLatin1String("redirectNote")).toString();
    }
    QVERIFY2(wechatNote.contains(QStringLiteral("service.teamlab.info")) &&
                 wechatNote.contains(QStringLiteral("enterprise Docker image")) &&
                 wechatNote.contains(QStringLiteral("community Docker image")) &&
                 wechatNote.contains(QStringLiteral("OAUTH_REDIRECT_URL")),
             qPrintable(wechatNote));
}

void TestCliServices::catalogForAPortalVersion()
{
    // DocSpace 3.5 had 17 services and still called X "Twitter".
    CliRun run = cli({QStringLiteral("services"), QStringLiteral("catalog"),
                      QStringLiteral("--portal-version"), QStringLiteral("3.5.0.123")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("3.5.0.123: 17 services")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("nextcloud")));
    QVERIFY(run.out.contains(QStringLiteral("Twitter")));
    QVERIFY(!run.out.contains(QStringLiteral("may differ")));

    // A portal newer than the catalog is told so; the newest sets apply.
    run = cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--portal-version"),
               QStringLiteral("3.8.0"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("versionFit")).toString(), QStringLiteral("newer"));
    QVERIFY(json.value(QLatin1String("notice")).toString().contains(QStringLiteral("newer than the 3.7")));
    QCOMPARE(json.value(QLatin1String("services")).toArray().size(), 19);

    // Workspace 11.6 asked Bitly for a login and an API key, labelled as that page did.
    run = cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--product"),
               QStringLiteral("workspace"), QStringLiteral("--portal-version"), QStringLiteral("11.6.0")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("bitlyClientId, bitlyClientSecret*")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("older than the versions")));

    run = cli({QStringLiteral("services"), QStringLiteral("catalog"), QStringLiteral("--portal-version"),
               QStringLiteral("latest")});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QStringLiteral("--portal-version")), qPrintable(run.err));
}

void TestCliServices::listMergesThePortalWithTheCatalog()
{
    CliRun run = cli(
        QStringList{QStringLiteral("services"), QStringLiteral("list"), QStringLiteral("--json")} + adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonArray services =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("services")).toArray();
    QCOMPARE(services.size(), 19);
    QCOMPARE(services.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("dropbox"));
    for (const QJsonValue &service : services) {
        const QJsonObject object = service.toObject();
        QCOMPARE(object.value(QLatin1String("state")).toString(), QStringLiteral("off"));
        QVERIFY(object.value(QLatin1String("knownToCatalog")).toBool());
        if (object.value(QLatin1String("name")).toString() == QLatin1String("s3")) {
            QVERIFY(object.value(QLatin1String("paid")).toBool());
            QVERIFY(!object.value(QLatin1String("planNote")).toString().isEmpty());
        }
    }

    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("list")} + adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 21); // header, 19 services, summary
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY(run.out.contains(QStringLiteral("paid plan")));
    QVERIFY(lines.last().contains(QStringLiteral("19 services")));
}

void TestCliServices::showGivesRedirectUriStepsAndKeys()
{
    CliRun run = cli(
        QStringList{QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google")} + adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Redirect URI to register")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("https://service.onlyoffice.com/oauth2.aspx")));
    QVERIFY(run.out.contains(QStringLiteral("OAUTH_REDIRECT_URL")));
    QVERIFY(run.out.contains(QStringLiteral("\n  1. ")));
    QVERIFY(run.out.contains(QStringLiteral("Help: https://console.cloud.google.com")));
    QVERIFY(run.out.contains(QStringLiteral("Google Key (googleClientSecret), secret: (empty)")));
    QVERIFY(run.out.contains(QStringLiteral("State on 127.0.0.1: off")));

    CHECK_EXIT(
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                        QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, googleSecret}}),
        ExitCode::Success);
    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("Google")} +
              adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Google ID (googleClientId): ") + googleClientId));
    QVERIFY2(run.out.contains(QStringLiteral("secret: ") + dots(googleSecret.size())), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("State on 127.0.0.1: on")));
    QVERIFY(!run.out.toUtf8().contains(googleSecret));

    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
                          QStringLiteral("--json")} +
              adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(!run.out.toUtf8().contains(googleSecret));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("on"));
    const QJsonArray keys = json.value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("value")).toString(), googleClientId);
    QVERIFY(!keys.at(1).toObject().contains(QLatin1String("value")));
    QCOMPARE(keys.at(1).toObject().value(QLatin1String("length")).toInt(), int(googleSecret.size()));

    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("frobnicate")} +
              adHoc());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.err.contains(QStringLiteral("services list")));
}

void TestCliServices::setFromEnvironmentSavesAndReadsBack()
{
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                        QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, googleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Google ID: set to ") + googleClientId), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Google Key: set to ") + dots(googleSecret.size())));
    QVERIFY(run.out.contains(twoKeysAdded()));
    QVERIFY(run.out.contains(QStringLiteral("Saved; the portal confirmed every key.")));
    QVERIFY(run.err.isEmpty());
    const QJsonObject google = consumer(QStringLiteral("google"));
    QCOMPARE(google.value(QLatin1String("googleClientId")).toString(), googleClientId);
    QCOMPARE(google.value(QLatin1String("googleClientSecret")).toString().toUtf8(), googleSecret);

    // The same keys again: nothing to send.
    const int before = posts();
    const CliRun again =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, googleSecret}});
    CHECK_EXIT(again, ExitCode::Success);
    QVERIFY(again.out.contains(QStringLiteral("nothing to save")));
    QCOMPARE(posts(), before);
}

void TestCliServices::changingOneKeyKeepsTheOther()
{
    CHECK_EXIT(
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                        QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, googleSecret}}),
        ExitCode::Success);
    const CliRun run = cli(QStringList{QStringLiteral("services"), QStringLiteral("set"),
                                       QStringLiteral("google"), QStringLiteral("--prop-env"),
                                       QStringLiteral("googleclientsecret=") + otherSecretVariable,
                                       QStringLiteral("--yes")} +
                               adHoc(),
                           {{otherSecretVariable, otherGoogleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Google ID: unchanged")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Google Key: changed from ") + dots(googleSecret.size()) +
                             QStringLiteral(" to ") + dots(otherGoogleSecret.size())));
    const QJsonObject google = consumer(QStringLiteral("google"));
    QCOMPARE(google.value(QLatin1String("googleClientId")).toString(), googleClientId);
    QCOMPARE(google.value(QLatin1String("googleClientSecret")).toString().toUtf8(), otherGoogleSecret);
}

void TestCliServices::secretAsPlainPropIsRefused()
{
    const QByteArray typed = QByteArrayLiteral("typed-on-the-command-line-9912");
    rememberSecret(typed);
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                        QStringLiteral("--prop"),
                        QStringLiteral("googleClientSecret=") + QString::fromUtf8(typed),
                        QStringLiteral("--yes")} +
            adHoc());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QStringLiteral("--prop-env googleClientSecret=NAME")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--prop-file")));
    QVERIFY(!run.err.toUtf8().contains(typed));
    // Refused before the portal was even asked.
    QVERIFY(m_simulator.requests().isEmpty());
    QCOMPARE(consumer(QStringLiteral("google")).value(QLatin1String("googleClientSecret")).toString(),
             QString());
}

void TestCliServices::validationErrorStopsBeforeSending()
{
    const QByteArray token = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    rememberSecret(token);
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("twilio"),
                        QStringLiteral("--prop"), QStringLiteral("twilioAccountSid=SK123"),
                        QStringLiteral("--prop-env"), QStringLiteral("twilioAuthToken=") + secretVariable,
                        QStringLiteral("--prop"), QStringLiteral("twiliosender=+15550100"),
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, token}});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QStringLiteral("\ntwilioAccountSid: ")) ||
                 run.err.startsWith(QStringLiteral("twilioAccountSid: ")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Account SID")));
    QVERIFY(!run.err.toUtf8().contains(token));
    QCOMPARE(posts(), 0);

    // A key left empty is a finding of its own.
    const CliRun missing =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("twilio"),
                        QStringLiteral("--prop"), QStringLiteral("twiliosender=+15550100"),
                        QStringLiteral("--yes")} +
            adHoc());
    CHECK_EXIT(missing, ExitCode::Usage);
    QVERIFY(missing.err.contains(QStringLiteral("twilioAccountSid: Fill in")));
    QVERIFY(missing.err.contains(QStringLiteral("twilioAuthToken: Fill in")));
    QCOMPARE(posts(), 0);
}

void TestCliServices::warningNeedsAcceptWarnings()
{
    const QStringList arguments = QStringList{QStringLiteral("services"),
                                              QStringLiteral("set"),
                                              QStringLiteral("google"),
                                              QStringLiteral("--prop"),
                                              QStringLiteral("googleClientId=not-a-google-client-id"),
                                              QStringLiteral("--prop-env"),
                                              QStringLiteral("googleClientSecret=") + secretVariable,
                                              QStringLiteral("--yes")} +
                                  adHoc();
    CliRun run = cli(arguments, {{secretVariable, googleSecret}});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QStringLiteral("googleClientId: warning: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--accept-warnings")));
    QCOMPARE(posts(), 0);

    run = cli(arguments + QStringList{QStringLiteral("--accept-warnings")}, {{secretVariable, googleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(consumer(QStringLiteral("google")).value(QLatin1String("googleClientId")).toString(),
             QStringLiteral("not-a-google-client-id"));
}

void TestCliServices::dryRunSendsNothing()
{
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                        QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                        QStringLiteral("--dry-run")} +
                adHoc(),
            {{secretVariable, googleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Google Key: set to •••• (")));
    QVERIFY(run.out.contains(QStringLiteral("Dry run: nothing was sent.")));
    QCOMPARE(posts(), 0);
    QCOMPARE(consumer(QStringLiteral("google")).value(QLatin1String("googleClientId")).toString(), QString());
}

void TestCliServices::withoutTerminalYesIsNeeded()
{
    // The test's standard input is a pipe: nobody can confirm, so --yes is needed and nothing is sent.
    const CliRun run = cli(
        QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                    QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                    QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable} +
            adHoc(),
        {{secretVariable, googleSecret}}, QByteArrayLiteral("y\n"));
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.out.contains(twoKeysAdded()));
    QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(run.err));
    QCOMPARE(posts(), 0);
}

void TestCliServices::multiLineKeyFromStandardInput()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("The openssl command makes the test's P-256 key; it is not installed.");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")});
    QVERIFY(openssl.waitForFinished(20000));
    const QByteArray pem = openssl.readAllStandardOutput();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n") && pem.endsWith("-----END PRIVATE KEY-----\n"));
    const QByteArray keyBody = pem.split('\n').at(1);
    rememberSecret(keyBody);

    // Apple's service is listed as "appleID" but saved as "appleid": the CLI copes.
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("appleID"),
                        QStringLiteral("--prop"), QStringLiteral("appleIdClientId=com.example.web"),
                        QStringLiteral("--prop"), QStringLiteral("appleIdClientIdMobile=com.example.app"),
                        QStringLiteral("--prop"), QStringLiteral("appleIdTeamId=ABCDE12345"),
                        QStringLiteral("--prop"), QStringLiteral("appleIdKeyId=KEY1234567"),
                        QStringLiteral("--prop-file"), QStringLiteral("appleIdPrivateKey=-"),
                        QStringLiteral("--yes")} +
                adHoc(),
            {}, pem);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(!run.out.toUtf8().contains(keyBody));
    // One trailing line break dropped, the PEM's own line breaks kept.
    QCOMPARE(
        consumer(QStringLiteral("appleID")).value(QLatin1String("appleIdPrivateKey")).toString().toUtf8(),
        pem.chopped(1));
}

void TestCliServices::badKeysAreReported()
{
    // Our format rule (digits, a colon, a code) passes this token; the portal tests it with Telegram and
    // refuses it ("Bad keys"), clearing the service.
    const QByteArray token = QByteArrayLiteral("12345:shortcode");
    rememberSecret(token);
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("telegram"),
                        QStringLiteral("--prop-env"), QStringLiteral("telegramBotToken=") + secretVariable,
                        QStringLiteral("--prop"), QStringLiteral("telegramBotName=acme_portal_bot"),
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, token}});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("Bad keys")), qPrintable(run.err));
    QVERIFY(!run.err.toUtf8().contains(token));
    QCOMPARE(posts(), 1);
    QCOMPARE(consumer(QStringLiteral("telegram")).value(QLatin1String("telegramBotToken")).toString(),
             QString());
}

void TestCliServices::paidServiceWithoutThePlan()
{
    m_simulator.control("POST", QStringLiteral("/__sim/config"),
                        QJsonObject{{QStringLiteral("plan_without_paid"), true}});
    const QByteArray secret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    rememberSecret(secret);
    const CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("s3"),
                        QStringLiteral("--prop"), QStringLiteral("acesskey=AKIAIOSFODNN7EXAMPLE"),
                        QStringLiteral("--prop-env"), QStringLiteral("secretaccesskey=") + secretVariable,
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, secret}});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("plan"), Qt::CaseInsensitive), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(consumer(QStringLiteral("s3")).value(QLatin1String("acesskey")).toString(), QString());
}

void TestCliServices::readOnlyServiceAndReadOnlyKey()
{
    m_simulator.control(
        "POST", QStringLiteral("/__sim/config"),
        QJsonObject{{QStringLiteral("readonly_consumers"), QJsonArray{QStringLiteral("box")}}});
    CliRun run = cli(
        QStringList{QStringLiteral("services"), QStringLiteral("list"), QStringLiteral("--json")} + adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    bool listedReadOnly = false;
    for (const QJsonValue &service :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("services")).toArray()) {
        const QJsonObject object = service.toObject();
        if (object.value(QLatin1String("name")).toString() == QLatin1String("box"))
            listedReadOnly = object.value(QLatin1String("state")).toString() == QLatin1String("read-only") &&
                             !object.value(QLatin1String("readOnlyReason")).toString().isEmpty();
    }
    QVERIFY(listedReadOnly);

    const QByteArray secret = QByteArrayLiteral("box-client-secret-77102");
    rememberSecret(secret);
    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("box"),
                          QStringLiteral("--prop"), QStringLiteral("boxClientId=box-id"),
                          QStringLiteral("--prop-env"), QStringLiteral("boxClientSecret=") + secretVariable,
                          QStringLiteral("--yes")} +
                  adHoc(),
              {{secretVariable, secret}});
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(QStringLiteral("configuration")), qPrintable(run.err));
    QCOMPARE(posts(), 0);

    // An API key that may only read: the portal itself answers 403.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(apiKeyVariable, QString::fromUtf8(PortalSimulator::readOnlyApiKey()));
    environment.insert(secretVariable, QString::fromUtf8(googleSecret));
    run = PortalKeys::Testing::runCli(
        QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                    QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                    QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                    QStringLiteral("--yes")} +
            adHoc(),
        environment);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    CHECK_EXIT(run, ExitCode::Authentication);
    QCOMPARE(posts(), 1);
    QCOMPARE(consumer(QStringLiteral("google")).value(QLatin1String("googleClientId")).toString(), QString());
}

void TestCliServices::disableClearsEveryKey()
{
    CHECK_EXIT(
        cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                        QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                        QStringLiteral("--prop-env"), QStringLiteral("googleClientSecret=") + secretVariable,
                        QStringLiteral("--yes")} +
                adHoc(),
            {{secretVariable, googleSecret}}),
        ExitCode::Success);

    CliRun run =
        cli(QStringList{QStringLiteral("services"), QStringLiteral("disable"), QStringLiteral("google")} +
            adHoc());
    CHECK_EXIT(run, ExitCode::Usage); // no terminal, no --yes
    QVERIFY(run.out.contains(QStringLiteral("Google Key: cleared (was •••• (")));
    QVERIFY(!run.out.toUtf8().contains(googleSecret));

    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("disable"), QStringLiteral("google"),
                          QStringLiteral("--yes")} +
              adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Google is off now")), qPrintable(run.out));
    const QJsonObject google = consumer(QStringLiteral("google"));
    QCOMPARE(google.value(QLatin1String("googleClientId")).toString(), QString());
    QCOMPARE(google.value(QLatin1String("googleClientSecret")).toString(), QString());

    const int before = posts();
    run = cli(QStringList{QStringLiteral("services"), QStringLiteral("disable"), QStringLiteral("google"),
                          QStringLiteral("--yes")} +
              adHoc());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("already off")));
    QCOMPARE(posts(), before);
}

void TestCliServices::savedPortalProfile()
{
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("sim"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                    QStringLiteral("--secret-env"), apiKeyVariable}),
               ExitCode::Success);
    CliRun run = cli({QStringLiteral("services"), QStringLiteral("list"), QStringLiteral("--portal"),
                      QStringLiteral("sim"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject list = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(list.value(QLatin1String("portal")).toString(), QStringLiteral("sim"));
    QCOMPARE(list.value(QLatin1String("services")).toArray().size(), 19);

    run = cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("dropbox"),
               QStringLiteral("--portal"), QStringLiteral("sim"), QStringLiteral("--prop"),
               QStringLiteral("dropboxClientId=dbx-app-key"), QStringLiteral("--prop-env"),
               QStringLiteral("dropboxClientSecret=") + secretVariable, QStringLiteral("--yes")},
              {{secretVariable, googleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("DropBox (dropbox) on sim:")));
    QCOMPARE(consumer(QStringLiteral("dropbox")).value(QLatin1String("dropboxClientId")).toString(),
             QStringLiteral("dbx-app-key"));

    CHECK_EXIT(cli({QStringLiteral("services"), QStringLiteral("list"), QStringLiteral("--portal"),
                    QStringLiteral("nowhere")}),
               ExitCode::Negative);
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("remove"), QStringLiteral("sim")}),
               ExitCode::Success);
}

void TestCliServices::offlineSetCreatesAndUpdatesADraft()
{
    QFile::remove(DraftStore::defaultPath());
    CliRun run = cli({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
                      QStringLiteral("--offline")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("No offline draft yet")));
    QVERIFY(run.out.contains(QStringLiteral("https://service.onlyoffice.com/oauth2.aspx")));

    run = cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
               QStringLiteral("--offline"), QStringLiteral("--prop"),
               QStringLiteral("googleClientId=") + googleClientId, QStringLiteral("--prop-env"),
               QStringLiteral("googleClientSecret=") + secretVariable},
              {{secretVariable, googleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("New offline draft for Google")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Saved the offline draft")));
    QVERIFY(m_simulator.requests().isEmpty());

    const DraftStore::LoadResult loaded = DraftStore().load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.drafts.size(), 1);
    QCOMPARE(loaded.drafts.constFirst().service, QStringLiteral("google"));
    QCOMPARE(loaded.drafts.constFirst().keyNames,
             (QStringList{QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")}));

    // One key changed, the other kept; the same draft is updated.
    run = cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
               QStringLiteral("--offline"), QStringLiteral("--prop-env"),
               QStringLiteral("googleClientSecret=") + secretVariable},
              {{secretVariable, otherGoogleSecret}});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Offline draft for Google")));
    QVERIFY(run.out.contains(QStringLiteral("Google ID: unchanged")));
    QCOMPARE(DraftStore().load().drafts.size(), 1);

    run = cli({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
               QStringLiteral("--offline"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject draft =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("draft")).toObject();
    QCOMPARE(draft.value(QLatin1String("id")).toString(), loaded.drafts.constFirst().id);
    const QJsonArray keys = draft.value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("value")).toString(), googleClientId);
    QCOMPARE(keys.at(1).toObject().value(QLatin1String("length")).toInt(), int(otherGoogleSecret.size()));
    QVERIFY(!keys.at(1).toObject().contains(QLatin1String("value")));

    run = cli({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
               QStringLiteral("--offline")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Offline draft ")));
    QVERIFY(run.out.contains(QStringLiteral("secret: ") + dots(otherGoogleSecret.size())));

    // A value lost from the keychain is named as missing, not shown as never entered.
    const PortalKeys::Drafts::Draft &saved = loaded.drafts.constFirst();
    QVERIFY(PortalKeys::Testing::removeFromKeychain(saved.secretKey(QStringLiteral("googleClientSecret"))));
    run = cli({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
               QStringLiteral("--offline")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Secret missing: the keychain no longer holds the value of "
                                             "googleClientSecret")),
             qPrintable(run.out));
    run = cli({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
               QStringLiteral("--offline"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                 .object()
                 .value(QLatin1String("draft"))
                 .toObject()
                 .value(QLatin1String("missingValues"))
                 .toArray(),
             QJsonArray{QStringLiteral("googleClientSecret")});

    // Offline too: errors stop the command, and nothing is stored.
    run = cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("twilio"),
               QStringLiteral("--offline"), QStringLiteral("--prop"),
               QStringLiteral("twilioAccountSid=AC123")});
    CHECK_EXIT(run, ExitCode::Usage);
    QCOMPARE(DraftStore().load().drafts.size(), 1);

    // A Workspace service by its Workspace name.
    const QByteArray token = QByteArrayLiteral("clickatell-api-key-55120");
    rememberSecret(token);
    run = cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("Clickatell"),
               QStringLiteral("--offline"), QStringLiteral("--product"), QStringLiteral("workspace"),
               QStringLiteral("--prop-env"), QStringLiteral("clickatellapiKey=") + secretVariable},
              {{secretVariable, token}});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(DraftStore().load().drafts.size(), 2);
    QVERIFY(m_simulator.requests().isEmpty());

    // Without a keychain the values have nowhere to go: exit 5, and no draft is listed without its values.
    QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/bus"));
    noKeychain.remove(QStringLiteral("DISPLAY"));
    noKeychain.insert(secretVariable, QString::fromUtf8(googleSecret));
    run = PortalKeys::Testing::runCli(
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("dropbox"),
         QStringLiteral("--offline"), QStringLiteral("--prop"), QStringLiteral("dropboxClientId=dbx"),
         QStringLiteral("--prop-env"), QStringLiteral("dropboxClientSecret=") + secretVariable},
        noKeychain);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    CHECK_EXIT(run, ExitCode::Keychain);
    QCOMPARE(DraftStore().load().drafts.size(), 2);
    run = PortalKeys::Testing::runCli({QStringLiteral("services"), QStringLiteral("show"),
                                       QStringLiteral("google"), QStringLiteral("--offline")},
                                      noKeychain);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    CHECK_EXIT(run, ExitCode::Keychain);
}

// The drift check: a portal against the offline drafts, a bundle of them and another portal. The secret that
// drifted is reported as differing; no secret value is ever printed (noSecretInFilesOrOutput checks all
// output).
void TestCliServices::diffWithDraftsBundleAndAnotherPortal()
{
    QFile::remove(DraftStore::defaultPath());
    const QString passphraseVariable = QStringLiteral("PK_TEST_PASSPHRASE");
    const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple 73");
    rememberSecret(passphrase);
    const auto set = [&](const QStringList &where, const QByteArray &secret) {
        return cli(QStringList{QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
                               QStringLiteral("--prop"), QStringLiteral("googleClientId=") + googleClientId,
                               QStringLiteral("--prop-env"),
                               QStringLiteral("googleClientSecret=") + secretVariable,
                               QStringLiteral("--yes")} +
                       where,
                   {{secretVariable, secret}});
    };
    CHECK_EXIT(set(adHoc(), googleSecret), ExitCode::Success);
    CHECK_EXIT(set({QStringLiteral("--offline")}, otherGoogleSecret), ExitCode::Success);
    for (const QString &name : {QStringLiteral("prod"), QStringLiteral("stage")})
        CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), name, QStringLiteral("--url"),
                        http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                        QStringLiteral("--secret-env"), apiKeyVariable}),
                   ExitCode::Success);
    const QStringList diffProd{QStringLiteral("services"), QStringLiteral("diff"), QStringLiteral("--portal"),
                               QStringLiteral("prod")};

    CliRun run = cli(diffProd + QStringList{QStringLiteral("--drafts")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.out.contains(QStringLiteral("Here: portal prod. There: offline drafts.")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("google +googleClientId +same"))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("google +googleClientSecret +differs"))));
    QVERIFY(run.out.contains(QStringLiteral("Keys that differ: 1 of 2.")));
    QVERIFY(!run.out.contains(googleClientId));

    // Values only when asked, and only of keys that are no secret.
    run = cli(diffProd + QStringList{QStringLiteral("--drafts"), QStringLiteral("--show-values")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.out.contains(googleClientId));
    QVERIFY(run.out.contains(QStringLiteral("(secret)")));

    // The same drafts in a bundle, as JSON.
    const QString bundle = QDir(qEnvironmentVariable("HOME")).filePath(QStringLiteral("drift.bundle"));
    QFile::remove(bundle);
    CHECK_EXIT(cli({QStringLiteral("bundle"), QStringLiteral("export"), bundle,
                    QStringLiteral("--passphrase-env"), passphraseVariable},
                   {{passphraseVariable, passphrase}}),
               ExitCode::Success);
    run = cli(diffProd + QStringList{QStringLiteral("--bundle"), bundle, QStringLiteral("--passphrase-env"),
                                     passphraseVariable, QStringLiteral("--json"),
                                     QStringLiteral("--show-values")},
              {{passphraseVariable, passphrase}});
    CHECK_EXIT(run, ExitCode::Negative);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("differs")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("there")).toString(), QStringLiteral("bundle drift.bundle"));
    const QJsonArray rows = report.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject secretRow = rows.at(1).toObject();
    QCOMPARE(secretRow.value(QLatin1String("key")).toString(), QStringLiteral("googleClientSecret"));
    QCOMPARE(secretRow.value(QLatin1String("state")).toString(), QStringLiteral("differs"));
    QVERIFY(secretRow.value(QLatin1String("secret")).toBool());
    QVERIFY(!secretRow.contains(QLatin1String("here")) && !secretRow.contains(QLatin1String("there")));
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("here")).toString(), googleClientId);

    // Two portals with the same keys: nothing differs, exit 0 (for monitoring).
    run = cli(diffProd + QStringList{QStringLiteral("--portal"), QStringLiteral("stage")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("No differences (keys compared: 2).")), qPrintable(run.out));

    // Only the services asked for.
    run = cli(diffProd + QStringList{QStringLiteral("--drafts"), QStringLiteral("--services"),
                                     QStringLiteral("dropbox")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.err.contains(QStringLiteral("Neither side has keys for a service “dropbox”.")));

    // Exactly one other side.
    CHECK_EXIT(cli(diffProd), ExitCode::Usage);
    CHECK_EXIT(cli(diffProd + QStringList{QStringLiteral("--drafts"), QStringLiteral("--portal"),
                                          QStringLiteral("stage")}),
               ExitCode::Usage);
    CHECK_EXIT(cli(diffProd + QStringList{QStringLiteral("--bundle"), bundle}), ExitCode::Usage);
    for (const QString &name : {QStringLiteral("prod"), QStringLiteral("stage")})
        CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("remove"), name}), ExitCode::Success);
}

void TestCliServices::usageMistakesExitWithTwo()
{
    const QList<QStringList> mistakes = {
        {QStringLiteral("services")},
        {QStringLiteral("services"), QStringLiteral("frobnicate")},
        {QStringLiteral("services"), QStringLiteral("list")},
        {QStringLiteral("services"), QStringLiteral("show")},
        {QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("google"),
         QStringLiteral("--offline"), QStringLiteral("--url"), http()},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--offline")},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--offline"), QStringLiteral("--prop"), QStringLiteral("noequals")},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--offline"), QStringLiteral("--prop"), QStringLiteral("nosuchkey=1")},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--offline"), QStringLiteral("--prop-env"),
         QStringLiteral("googleClientSecret=PK_TEST_UNSET_VARIABLE")},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--offline"), QStringLiteral("--prop-file"),
         QStringLiteral("googleClientSecret=/nonexistent/file")},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--offline"), QStringLiteral("--prop"), QStringLiteral("googleClientId=a"),
         QStringLiteral("--prop"), QStringLiteral("googleclientid=b")},
        {QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("google"),
         QStringLiteral("--prop"), QStringLiteral("googleClientId=a"), QStringLiteral("--product"),
         QStringLiteral("docspace")},
    };
    for (const QStringList &arguments : mistakes) {
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode == code(ExitCode::Usage),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(run)));
        QVERIFY2(run.err.startsWith(QStringLiteral("portalkeys-cli: ")) ||
                     run.err.startsWith(QStringLiteral("Usage")),
                 qPrintable(run.err));
    }
    CHECK_EXIT(cli({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("nosuchservice"),
                    QStringLiteral("--offline")}),
               ExitCode::Negative);
    CHECK_EXIT(cli({QStringLiteral("services"), QStringLiteral("--help")}), ExitCode::Success);
    CHECK_EXIT(cli({QStringLiteral("services"), QStringLiteral("set"), QStringLiteral("--help")}),
               ExitCode::Success);
    CHECK_EXIT(cli({QStringLiteral("help"), QStringLiteral("services")}), ExitCode::Success);
}

void TestCliServices::noSecretInFilesOrOutput()
{
    QVERIFY(!m_secrets.isEmpty());
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!m_output.contains(secret), qPrintable(QStringLiteral("a secret (%1 bytes) appeared in the "
                                                                       "CLI's output")
                                                            .arg(secret.size())));
    QVERIFY(!m_simulator.takeLog().contains(googleSecret));

    const PortalKeys::Testing::DiskScan scan = PortalKeys::Testing::scanHomeForSecrets(m_secrets);
    QVERIFY2(scan.leak.isEmpty(), qPrintable(scan.leak));
    QVERIFY(scan.filesRead > 0);
}

QTEST_GUILESS_MAIN(TestCliServices)
#include "tst_cliservices.moc"
