// Drives the online `portalkeys-cli oauth-app …` commands end to end: the real binary, the private test
// keyring (tests/support/with-test-keyring.sh) and the portal simulator's OAuth app registry and OAuth 2.0
// server (tests/support/portal_simulator.py), signed in ad hoc with --url, --user and --password-env.
#include "ExitCode.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NamedSecret.h"
#include "support/CliRunner.h"
#include "support/PortalBrowser.h"
#include "support/PortalSimulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using PortalKeys::ExitCode;
using PortalKeys::KeychainSecretStore;
using PortalKeys::NamedSecret;
using PortalKeys::SecretError;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::describe;
using PortalKeys::Testing::PortalSimulator;

namespace {

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

// The admin's password goes into the CLI's environment under this name, never onto its command line.
const QString passwordVariable = QStringLiteral("PK_TEST_PASSWORD");
const QString clientsPath = QStringLiteral("/api/2.0/clients");
const QString signaturePath = QStringLiteral("/api/2.0/security/oauth2/token");

// A 32×32 PNG: the portal's form wants icons of that size.
const QString logo = QStringLiteral(
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAL0lEQVR42u3OIQEAAAgDMKIQlSg0hRg3E/"
    "Ornr2kEhAQEBAQEBAQEBAQEBAQSAcelJL8eW9n4ZoAAAAASUVORK5CYII=");

QJsonObject draft(const QString &name)
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), QStringLiteral("Syncs contacts")},
        {QStringLiteral("logo"), logo},
        {QStringLiteral("website_url"), QStringLiteral("https://crm.example.com")},
        {QStringLiteral("terms_url"), QStringLiteral("https://crm.example.com/terms")},
        {QStringLiteral("policy_url"), QStringLiteral("https://crm.example.com/privacy")},
        {QStringLiteral("logout_redirect_uri"), QStringLiteral("https://crm.example.com")},
        // The path PortalKeys listens on: the portal compares loopback redirect URIs without the port only.
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/callback")}},
        {QStringLiteral("allowed_origins"), QJsonArray{QStringLiteral("https://crm.example.com")}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("files:read"), QStringLiteral("openid")}},
        {QStringLiteral("allow_pkce"), false},
        {QStringLiteral("is_public"), true},
    };
}

// An access token or any other JWT, as it would appear in output.
const QRegularExpression jwtPattern(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));

} // namespace

// Runs `expression` once (QVERIFY2 would evaluate it again for the message).
class TestCliOAuthAppOnline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpListsTheOnlineSubcommands();
    void createKeepsTheSecretInTheKeychain();
    void createWithoutStoreSecretPrintsIt();
    void olderDraftWithIsPublicFalseIsRegistered();
    void registryLimitIsNamed();
    void invalidDraftIsRefusedBeforeAnythingIsSent();
    void serverFieldErrorsArePrintedPerField();
    void listFetchesEveryPageNewestFirst();
    void showAsTextAndJson();
    void showRevealsTheSecretOnlyWhenAsked();
    void updateChangesOnlyWhatThePortalAllows();
    void updateRefusals();
    void enableAndDisable();
    void regenerateSecret();
    void deleteNeedsYesWithoutATerminal();
    void deleteAsksOnATerminal();
    void expiredSignatureIsRenewedOnce();
    void refusedSignatureExitsFour();
    void tryConfidentialClientEndToEnd();
    void tryPublicClientShowsTokensOnlyWhenAsked();
    void tryRefusesWhatCannotWork();
    void usageMistakesExitTwo();
    void noSecretInOutput();

private:
    QStringList portal() const;
    CliRun cli(const QStringList &arguments, const QByteArray &standardInput = {});
    // Registers `body` with `oauth-app create` and returns the client ID ("" on failure, with `run` set).
    QString create(const QJsonObject &body, const QStringList &extra = {}, CliRun *run = nullptr);
    QString writeJson(const QString &name, const QJsonObject &object);
    QJsonObject showJson(const QString &clientId);
    std::optional<QByteArray> keychainEntry(const QString &key);
    int countRequests(const QString &method, const QString &path);
    // Registers apps without the CLI, straight at the simulator: for paging.
    bool createDirectly(int count, QString *failure);
    // Starts `oauth-app try …`, plays the browser with the address it prints, and waits for the end.
    CliRun tryWithBrowser(const QStringList &arguments, QString *failure);
    bool visit(const QUrl &url, QString *failure);
    QString http() const { return m_simulator.httpUrl().toString(); }

    PortalSimulator m_simulator;
    QTemporaryDir m_dir;
    QList<QByteArray> m_secrets; // secrets that must never appear in m_output
    QByteArray m_output;         // what the CLI printed, except where a test asked for a secret
};

void TestCliOAuthAppOnline::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    if (!QFile::exists(PortalSimulator::scriptPath()))
        QSKIP("tests/support/portal_simulator.py is missing.");
    PortalSimulator::Options options;
    options.https = false;
    const QString problem = m_simulator.start(options);
    if (!problem.isEmpty()) {
        if (problem.startsWith(QStringLiteral("python3 is not installed")))
            QSKIP(qPrintable(problem));
        QFAIL(qPrintable(QStringLiteral("The portal simulator did not start: ") + problem));
    }
    QVERIFY(m_dir.isValid());
    m_secrets.append(PortalSimulator::adminPassword());
    m_secrets.append(PortalSimulator::oauthClientSecret());
}

void TestCliOAuthAppOnline::init()
{
    m_simulator.reset();
}

QStringList TestCliOAuthAppOnline::portal() const
{
    return {QStringLiteral("--url"),          http(),
            QStringLiteral("--user"),         QString::fromUtf8(PortalSimulator::adminEmail()),
            QStringLiteral("--password-env"), passwordVariable};
}

CliRun TestCliOAuthAppOnline::cli(const QStringList &arguments, const QByteArray &standardInput)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    const CliRun run = PortalKeys::Testing::runCli(arguments, environment, standardInput);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    return run;
}

QString TestCliOAuthAppOnline::create(const QJsonObject &body, const QStringList &extra, CliRun *run)
{
    static int drafts = 0;
    const QString path = writeJson(QStringLiteral("draft-%1.json").arg(++drafts), body);
    const CliRun created =
        cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("create"), path} + portal() + extra);
    if (run)
        *run = created;
    static const QRegularExpression idLine(QStringLiteral("^client_id: (\\S+)$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = idLine.match(created.out);
    if (created.exitCode != 0 || !match.hasMatch()) {
        if (!run) // a caller that looks at the run expects the failure
            qWarning("%s", qPrintable(describe(created)));
        return {};
    }
    return match.captured(1);
}

QString TestCliOAuthAppOnline::writeJson(const QString &name, const QJsonObject &object)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(object).toJson()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject TestCliOAuthAppOnline::showJson(const QString &clientId)
{
    const CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} +
                           portal() + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(describe(run)));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

std::optional<QByteArray> TestCliOAuthAppOnline::keychainEntry(const QString &key)
{
    KeychainSecretStore store;
    QObject context;
    QEventLoop loop;
    SecretError error(SecretError::Kind::Failed, QStringLiteral("no answer from the keychain"));
    QByteArray value;
    store.read(key, &context, [&](const SecretError &readError, const QByteArray &secret) {
        error = readError;
        value = secret;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (error.kind() == SecretError::Kind::NotFound)
        return std::nullopt;
    if (error.isError()) {
        qWarning("keychain: %s", qPrintable(error.message()));
        return QByteArrayLiteral("<keychain error>");
    }
    if (!value.isEmpty() && !m_secrets.contains(value))
        m_secrets.append(value);
    return value;
}

int TestCliOAuthAppOnline::countRequests(const QString &method, const QString &path)
{
    int count = 0;
    for (const QJsonValue &entry : m_simulator.requests()) {
        const QJsonObject request = entry.toObject();
        if (request.value(QLatin1String("method")).toString() == method &&
            request.value(QLatin1String("path")).toString() == path)
            ++count;
    }
    return count;
}

bool TestCliOAuthAppOnline::createDirectly(int count, QString *failure)
{
    QNetworkAccessManager network;
    const auto send = [&network](QNetworkRequest request, const QByteArray &method, const QByteArray &body,
                                 int *status) {
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return QJsonDocument::fromJson(answer);
    };
    QNetworkRequest signatureRequest(QUrl(http() + signaturePath));
    signatureRequest.setRawHeader(
        "Authorization",
        "Basic " +
            QByteArray(PortalSimulator::adminEmail() + ':' + PortalSimulator::adminPassword()).toBase64());
    int status = 0;
    const QByteArray signature = send(signatureRequest, "GET", {}, &status)
                                     .object()
                                     .value(QLatin1String("response"))
                                     .toString()
                                     .toLatin1();
    if (status != 200 || signature.isEmpty()) {
        *failure = QStringLiteral("no x-signature (HTTP %1)").arg(status);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(QUrl(http() + clientsPath));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("x-signature", signature);
        send(request, "POST", QJsonDocument(draft(QStringLiteral("Bulk %1").arg(i))).toJson(), &status);
        if (status != 201) {
            *failure = QStringLiteral("creating app %1 answered HTTP %2").arg(i).arg(status);
            return false;
        }
    }
    return true;
}

bool TestCliOAuthAppOnline::visit(const QUrl &url, QString *failure)
{
    // The admin's browser, signed in to the portal and consenting when asked (support/PortalBrowser.h).
    PortalKeys::Testing::PortalBrowser browser;
    return browser.visit(url, failure);
}

CliRun TestCliOAuthAppOnline::tryWithBrowser(const QStringList &arguments, QString *failure)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTALKEYS_CLI_PATH),
                  QStringList{QStringLiteral("oauth-app"), QStringLiteral("try")} + arguments + portal() +
                      QStringList{QStringLiteral("--no-browser")});
    if (!process.waitForStarted(10000)) {
        *failure = QStringLiteral("the CLI did not start");
        return {};
    }
    process.closeWriteChannel();
    QByteArray err;
    static const QRegularExpression addressLine(QStringLiteral("Open this address in your browser: (\\S+)"));
    QRegularExpressionMatch match;
    QElapsedTimer timer;
    timer.start();
    while (!(match = addressLine.match(QString::fromUtf8(err))).hasMatch() && timer.elapsed() < 20000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    if (match.hasMatch()) {
        const QUrl authorization(match.captured(1), QUrl::StrictMode);
        if (authorization.path() != QLatin1String("/oauth2/authorize"))
            *failure = QStringLiteral("unexpected address: ") + authorization.toString();
        else
            visit(authorization, failure);
    } else {
        *failure = QStringLiteral("no address was printed");
    }
    // waitForFinished() is false for a process that has already ended (as it may during visit()).
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        if (failure->isEmpty())
            *failure = QStringLiteral("the CLI did not finish");
    }
    err += process.readAllStandardError();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(err)};
}

// ---------------------------------------------------------------------------------------------------------

void TestCliOAuthAppOnline::helpListsTheOnlineSubcommands()
{
    const CliRun run = cli({QStringLiteral("oauth-app"), QStringLiteral("--help")});
    CHECK_EXIT(run, ExitCode::Success);
    for (const char *subcommand : {"validate", "icon", "create", "list", "show", "update", "enable",
                                   "disable", "regenerate-secret", "delete", "try"})
        QVERIFY2(run.out.contains(QLatin1String(subcommand)), subcommand);
    for (const char *subcommand :
         {"create", "list", "show", "update", "enable", "disable", "regenerate-secret", "delete", "try"}) {
        const CliRun help =
            cli({QStringLiteral("oauth-app"), QLatin1String(subcommand), QStringLiteral("--help")});
        CHECK_EXIT(help, ExitCode::Success);
        QVERIFY2(help.out.contains(QStringLiteral("portalkeys-cli oauth-app ") + QLatin1String(subcommand)),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QLatin1String("--portal")));
    }
}

void TestCliOAuthAppOnline::createKeepsTheSecretInTheKeychain()
{
    const QString secretName = QStringLiteral("crm-client-secret");
    CliRun run;
    const QString clientId =
        create(draft(QStringLiteral("CRM sync")), {QStringLiteral("--store-secret"), secretName}, &run);
    QVERIFY2(!clientId.isEmpty(), qPrintable(describe(run)));
    QVERIFY(run.out.contains(QStringLiteral("Registered the OAuth app “CRM sync”")));
    QVERIFY2(run.out.contains(QStringLiteral("in the keychain as the named secret “%1”").arg(secretName)),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("client_secret")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(m_simulator.state().value(QLatin1String("clients")).toArray().contains(clientId));

    CHECK_EXIT(cli({QStringLiteral("secret"), QStringLiteral("exists"), secretName}), ExitCode::Success);
    const std::optional<QByteArray> stored = keychainEntry(NamedSecret::keychainKey(secretName));
    QVERIFY(stored && stored->size() >= 32);
    QVERIFY(!run.out.toUtf8().contains(*stored));

    // The same name again: the earlier secret is replaced, and the output says so.
    const QString second =
        create(draft(QStringLiteral("CRM sync 2")),
               {QStringLiteral("--store-secret"), secretName, QStringLiteral("--json")}, &run);
    QVERIFY(second.isEmpty()); // --json prints no "client_id:" line
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(answer.value(QLatin1String("secretStoredAs")).toString(), secretName);
    QVERIFY(!answer.contains(QLatin1String("client_secret")));
    QVERIFY(!answer.value(QLatin1String("app")).toObject().contains(QLatin1String("client_secret")));
    QCOMPARE(answer.value(QLatin1String("app")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("CRM sync 2"));
    const std::optional<QByteArray> replaced = keychainEntry(NamedSecret::keychainKey(secretName));
    QVERIFY(replaced && *replaced != *stored);
}

void TestCliOAuthAppOnline::createWithoutStoreSecretPrintsIt()
{
    CliRun run;
    const QString clientId = create(draft(QStringLiteral("Printed")), {}, &run);
    QVERIFY(!clientId.isEmpty());
    static const QRegularExpression secretLine(QStringLiteral("^client_secret: (\\S+)$"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = secretLine.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QCOMPARE(match.captured(1).size(), 36);
    // No "shown once": the portal gives the secret again, and the reminder says how.
    QVERIFY2(run.err.contains(QLatin1String("warning: keep the client secret safe")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("oauth-app show %1").arg(clientId)) &&
                 run.err.contains(QLatin1String("--reveal-secret")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("only time")));
    QVERIFY(!run.err.contains(match.captured(1)));

    // With --json the secret is a member of the answer, and the warning still goes to standard error.
    const QString path = writeJson(QStringLiteral("json-once.json"), draft(QStringLiteral("Shown as JSON")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    run =
        PortalKeys::Testing::runCli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("create"), path} +
                                        portal() + QStringList{QStringLiteral("--json")},
                                    environment);
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1String("client_secret")).toString().size(), 36);
    QVERIFY(!answer.value(QLatin1String("client_id")).toString().isEmpty());
    QVERIFY(run.err.contains(QLatin1String("warning:")));
}

void TestCliOAuthAppOnline::olderDraftWithIsPublicFalseIsRegistered()
{
    QJsonObject older = draft(QStringLiteral("Older draft"));
    older.insert(QStringLiteral("is_public"), false);
    CliRun run;
    const QString clientId =
        create(older, {QStringLiteral("--store-secret"), QStringLiteral("older-draft")}, &run);
    QVERIFY2(!clientId.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(QLatin1String("is_public: warning: ")), qPrintable(run.err));
    QCOMPARE(showJson(clientId).value(QLatin1String("is_public")), QJsonValue(true));
    keychainEntry(NamedSecret::keychainKey(QStringLiteral("older-draft"))); // for noSecretInOutput
}

void TestCliOAuthAppOnline::registryLimitIsNamed()
{
    // The cloud registry, already over its limit (set low here; DocSpace cloud's is 100 per portal).
    m_simulator.control(
        "POST", QStringLiteral("/__sim/config"),
        {{QStringLiteral("cloud_registry"), true}, {QStringLiteral("cloud_clients_per_tenant"), 1}});
    CliRun run;
    QVERIFY(create(draft(QStringLiteral("One too many")), {}, &run).isEmpty());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QLatin1String("at most 100 OAuth apps")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QLatin1String("client_secret")));

    m_simulator.control(
        "POST", QStringLiteral("/__sim/config"),
        {{QStringLiteral("cloud_clients_per_tenant"), 1000}, {QStringLiteral("cloud_clients_per_user"), 1}});
    QVERIFY(create(draft(QStringLiteral("One too many of mine")), {}, &run).isEmpty());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QLatin1String("at most 10 OAuth apps per user")), qPrintable(run.err));
}

void TestCliOAuthAppOnline::invalidDraftIsRefusedBeforeAnythingIsSent()
{
    QJsonObject body = draft(QStringLiteral("x"));
    body.insert(QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("ftp://crm.example.com/cb")});
    body.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("files:everything")});
    CliRun run;
    QVERIFY(create(body, {QStringLiteral("--store-secret"), QStringLiteral("never-stored")}, &run).isEmpty());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("(^|\\n)name: "))), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("redirect_uris[0]: ")));
    QVERIFY(run.err.contains(QLatin1String("scopes[0]: ")));
    QVERIFY(run.err.contains(QLatin1String("nothing was sent")));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_simulator.requests().size(), 0);
    CHECK_EXIT(cli({QStringLiteral("secret"), QStringLiteral("exists"), QStringLiteral("never-stored")}),
               ExitCode::Negative);

    // A file that is not an app, and one with a name twice, are refused the same way.
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"name\": \"CRM sync\", \"name\": \"Other\"}");
    broken.close();
    run =
        cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("create"), broken.fileName()} + portal());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QLatin1String("not valid JSON")));
    // A secret name the keychain cannot take is refused before the portal makes a secret.
    QVERIFY(create(draft(QStringLiteral("CRM sync")), {QStringLiteral("--store-secret"), QStringLiteral(" ")},
                   &run)
                .isEmpty());
    CHECK_EXIT(run, ExitCode::Usage);
    QCOMPARE(m_simulator.requests().size(), 0);
}

void TestCliOAuthAppOnline::serverFieldErrorsArePrintedPerField()
{
    const QJsonObject problem{
        {QStringLiteral("type"), QStringLiteral("about:blank")},
        {QStringLiteral("title"), QStringLiteral("Bad Request")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("detail"), QStringLiteral("Validation failed")},
        {QStringLiteral("errors"),
         QJsonArray{
             QJsonObject{{QStringLiteral("field"), QStringLiteral("website_url")},
                         {QStringLiteral("code"), QStringLiteral("ErrorWrongURL")},
                         {QStringLiteral("message"), QStringLiteral("website_url is not a valid URL")}},
             QJsonObject{{QStringLiteral("field"), QStringLiteral("scopes")},
                         {QStringLiteral("code"), QStringLiteral("ErrorInvalidScope")}}}},
    };
    const auto fault = [&] {
        m_simulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), clientsPath},
                              {QStringLiteral("status"), 400},
                              {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(problem).toJson())},
                              {QStringLiteral("content_type"), QStringLiteral("application/problem+json")}});
    };
    fault();
    CliRun run;
    QVERIFY(create(draft(QStringLiteral("Refused")), {}, &run).isEmpty());
    CHECK_EXIT(run, ExitCode::Negative);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QStringLiteral("website_url: website_url is not a valid URL")),
             qPrintable(run.err));
    QVERIFY2(lines.contains(QStringLiteral("scopes: The portal refused this field (ErrorInvalidScope).")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("Validation failed")));
    QCOMPARE(m_simulator.state().value(QLatin1String("clients")).toArray().size(), 2); // the demo apps only

    // --json carries them for scripts.
    fault();
    QVERIFY(create(draft(QStringLiteral("Refused")), {QStringLiteral("--json")}, &run).isEmpty());
    CHECK_EXIT(run, ExitCode::Negative);
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(answer.value(QLatin1String("kind")).toString(), QStringLiteral("bad-request"));
    const QJsonArray fields = answer.value(QLatin1String("fieldErrors")).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject().value(QLatin1String("field")).toString(), QStringLiteral("website_url"));
}

void TestCliOAuthAppOnline::listFetchesEveryPageNewestFirst()
{
    QStringList created;
    for (int i = 1; i <= 3; ++i) {
        const QString clientId = create(draft(QStringLiteral("Listed %1").arg(i)));
        QVERIFY(!clientId.isEmpty());
        created.append(clientId);
    }
    // More than one page of 50: two demo apps, three from the CLI, and 48 more.
    QString failure;
    QVERIFY2(createDirectly(48, &failure), qPrintable(failure));
    const int pagesBefore = countRequests(QStringLiteral("GET"), clientsPath);

    CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal() +
                     QStringList{QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(countRequests(QStringLiteral("GET"), clientsPath) - pagesBefore, 2);
    const QJsonArray apps = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(apps.size(), 53);
    QSet<QString> ids;
    QDateTime previous;
    for (const QJsonValue &value : apps) {
        const QJsonObject app = value.toObject();
        QVERIFY(!app.contains(QLatin1String("client_secret")));
        ids.insert(app.value(QLatin1String("client_id")).toString());
        const QDateTime createdOn =
            QDateTime::fromString(app.value(QLatin1String("created_on")).toString(), Qt::ISODateWithMs);
        QVERIFY(createdOn.isValid());
        if (previous.isValid())
            QVERIFY2(createdOn <= previous, "not newest first");
        previous = createdOn;
    }
    QCOMPARE(ids.size(), 53);
    for (const QString &clientId : std::as_const(created))
        QVERIFY(ids.contains(clientId));
    QVERIFY(ids.contains(PortalSimulator::oauthClientId()));
    QVERIFY(ids.contains(PortalSimulator::publicClientId()));

    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 54); // a header and one line per app
    QVERIFY(lines.constFirst().startsWith(QLatin1String("CLIENT ID")));
    QVERIFY(lines.constLast().contains(PortalSimulator::oauthClientId()));
    QVERIFY(run.out.contains(QLatin1String("Listed 2")));
    QVERIFY(run.out.contains(QLatin1String("PortalKeys Demo")));
}

void TestCliOAuthAppOnline::showAsTextAndJson()
{
    const QString clientId = create(draft(QStringLiteral("Shown")));
    QVERIFY(!clientId.isEmpty());
    CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    for (const QString &expected :
         {QStringLiteral("Name:"), QStringLiteral("Shown"), clientId, QStringLiteral("enabled"),
          QStringLiteral("http://127.0.0.1/"), QStringLiteral("files:read"),
          QStringLiteral("https://crm.example.com/terms"), QStringLiteral("image/png, 32×32")})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + QStringLiteral("\n") + run.out));
    QVERIFY(!run.out.contains(QLatin1String("base64")));

    const QJsonObject app = showJson(clientId);
    QCOMPARE(app.value(QLatin1String("client_id")).toString(), clientId);
    QCOMPARE(app.value(QLatin1String("name")).toString(), QStringLiteral("Shown"));
    QVERIFY(!app.contains(QLatin1String("client_secret")));

    run =
        cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), QStringLiteral("no-such-app")} +
            portal());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("There is no OAuth app with the client ID “no-such-app”")),
             qPrintable(run.err));
}

void TestCliOAuthAppOnline::showRevealsTheSecretOnlyWhenAsked()
{
    const QString first = QStringLiteral("shown-secret");
    const QString clientId =
        create(draft(QStringLiteral("Revealed")), {QStringLiteral("--store-secret"), first});
    QVERIFY(!clientId.isEmpty());
    const std::optional<QByteArray> secret = keychainEntry(NamedSecret::keychainKey(first));
    QVERIFY(secret && secret->size() == 36);

    // Masked unless asked for.
    CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("Client secret:\\s+\\*{8} \\(hidden"))),
             qPrintable(run.out));
    QVERIFY(!showJson(clientId).contains(QLatin1String("client_secret")));

    // Asked for: the same secret as at registration, read again (through runCli: the test wants it).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    run = PortalKeys::Testing::runCli(
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal() +
            QStringList{QStringLiteral("--reveal-secret")},
        environment);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("Client secret:\\s+") +
                                                 QRegularExpression::escape(QString::fromUtf8(*secret)))),
             qPrintable(run.out));
    run = PortalKeys::Testing::runCli(
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal() +
            QStringList{QStringLiteral("--json"), QStringLiteral("--reveal-secret")},
        environment);
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("client_secret")).toString(),
        QString::fromUtf8(*secret));

    // Into the keychain under another name, without printing it.
    const QString second = QStringLiteral("shown-secret-again");
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal() +
              QStringList{QStringLiteral("--store-secret"), second});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("in the keychain as the named secret “%1”").arg(second)),
             qPrintable(run.out));
    QCOMPARE(keychainEntry(NamedSecret::keychainKey(second)), secret);
    // A bad name is refused before the portal is asked.
    const int before = m_simulator.requests().size();
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal() +
              QStringList{QStringLiteral("--store-secret"), QString()});
    CHECK_EXIT(run, ExitCode::Usage);
    QCOMPARE(m_simulator.requests().size(), before);
}

void TestCliOAuthAppOnline::updateChangesOnlyWhatThePortalAllows()
{
    const QString clientId = create(draft(QStringLiteral("Before")));
    QVERIFY(!clientId.isEmpty());
    const QString path = writeJson(
        QStringLiteral("update.json"),
        {{QStringLiteral("name"), QStringLiteral("After")},
         {QStringLiteral("description"), QStringLiteral("Renamed")},
         {QStringLiteral("allowed_origins"),
          QJsonArray{QStringLiteral("https://crm.example.com"), QStringLiteral("https://app.example.com")}},
         {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("https://crm.example.com/other")}},
         {QStringLiteral("website_url"), QStringLiteral("https://other.example.com")}});
    CliRun run =
        cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("update"), clientId, path} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    const QStringList warnings = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).startsWith(QLatin1String("website_url: warning: not changed.")),
             qPrintable(run.err));
    QVERIFY2(warnings.at(1).startsWith(QLatin1String("redirect_uris: warning: not changed.")),
             qPrintable(run.err));
    QVERIFY(warnings.at(1).contains(QLatin1String("register a new app")));
    QVERIFY2(run.out.contains(QStringLiteral("Updated the OAuth app “After”")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("name")) && run.out.contains(QLatin1String("allowed_origins")));
    QCOMPARE(countRequests(QStringLiteral("PUT"), clientsPath + QLatin1Char('/') + clientId), 1);

    QJsonObject app = showJson(clientId);
    QCOMPARE(app.value(QLatin1String("name")).toString(), QStringLiteral("After"));
    QCOMPARE(app.value(QLatin1String("description")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(app.value(QLatin1String("allowed_origins")).toArray().size(), 2);
    QCOMPARE(app.value(QLatin1String("redirect_uris")).toArray(),
             QJsonArray{QStringLiteral("http://127.0.0.1/callback")});
    QCOMPARE(app.value(QLatin1String("website_url")).toString(), QStringLiteral("https://crm.example.com"));
    QCOMPARE(app.value(QLatin1String("logo")).toString(), logo); // left out of the file: kept

    // A file saved with "show --json" and edited: only the edited members count.
    app.insert(QStringLiteral("name"), QStringLiteral("After again"));
    app.insert(QStringLiteral("enabled"), false);
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("update"), clientId,
                          writeJson(QStringLiteral("shown.json"), app)} +
              portal());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.startsWith(QLatin1String("enabled: warning: not changed.")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    app = showJson(clientId);
    QCOMPARE(app.value(QLatin1String("name")).toString(), QStringLiteral("After again"));
    QCOMPARE(app.value(QLatin1String("enabled")).toBool(), true);

    // The same values again: nothing to send.
    const int puts = countRequests(QStringLiteral("PUT"), clientsPath + QLatin1Char('/') + clientId);
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("update"), clientId,
                          writeJson(QStringLiteral("same.json"),
                                    {{QStringLiteral("name"), QStringLiteral("After again")}})} +
              portal());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("Nothing to change")));
    QCOMPARE(countRequests(QStringLiteral("PUT"), clientsPath + QLatin1Char('/') + clientId), puts);
}

void TestCliOAuthAppOnline::updateRefusals()
{
    const QString clientId = create(draft(QStringLiteral("Kept")));
    QVERIFY(!clientId.isEmpty());
    const QString appPath = clientsPath + QLatin1Char('/') + clientId;
    const auto update = [&](const QString &id, const QJsonObject &file) {
        static int files = 0;
        return cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("update"), id,
                               writeJson(QStringLiteral("refused-%1.json").arg(++files), file)} +
                   portal());
    };

    // The file's own mistakes: nothing is sent, not even the question for the app.
    m_simulator.reset();
    QVERIFY(m_simulator.requests().isEmpty());
    CliRun run = update(clientId, {{QStringLiteral("name"), QStringLiteral("x")}});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.startsWith(QLatin1String("name: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("nothing was sent")));
    run = update(clientId, {{QStringLiteral("client_id"), PortalSimulator::oauthClientId()},
                            {QStringLiteral("name"), QStringLiteral("Wrong app")}});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(PortalSimulator::oauthClientId()));
    QCOMPARE(m_simulator.requests().size(), 0);
}

void TestCliOAuthAppOnline::enableAndDisable()
{
    const QString clientId = create(draft(QStringLiteral("Switched")));
    QVERIFY(!clientId.isEmpty());
    CliRun run =
        cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("disable"), clientId} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("Disabled the OAuth app")));
    QCOMPARE(showJson(clientId).value(QLatin1String("enabled")).toBool(true), false);
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), clientId} + portal());
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("State:\\s+disabled"))));
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal());
    QVERIFY(run.out.contains(QRegularExpression(clientId + QStringLiteral("\\s+disabled"))));

    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("enable"), clientId} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("Enabled the OAuth app")));
    QCOMPARE(showJson(clientId).value(QLatin1String("enabled")).toBool(false), true);

    run = cli(
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("disable"), QStringLiteral("no-such-app")} +
        portal());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.err.contains(QLatin1String("There is no OAuth app")));
}

void TestCliOAuthAppOnline::regenerateSecret()
{
    const QString secretName = QStringLiteral("regenerated-secret");
    const QString clientId =
        create(draft(QStringLiteral("Rotated")), {QStringLiteral("--store-secret"), secretName});
    QVERIFY(!clientId.isEmpty());
    const std::optional<QByteArray> first = keychainEntry(NamedSecret::keychainKey(secretName));
    QVERIFY(first);

    CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("regenerate-secret"), clientId} +
                     portal() + QStringList{QStringLiteral("--store-secret"), secretName});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("the old one no longer works")));
    QVERIFY2(run.out.contains(QLatin1String("it replaced the secret stored under that name before")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("client_secret")));
    const std::optional<QByteArray> second = keychainEntry(NamedSecret::keychainKey(secretName));
    QVERIFY(second && second->size() == 36 && *second != *first);

    // Without --store-secret the new secret is printed, with the reminder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    run = PortalKeys::Testing::runCli(
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("regenerate-secret"), clientId} + portal(),
        environment);
    CHECK_EXIT(run, ExitCode::Success);
    static const QRegularExpression secretLine(QStringLiteral("^client_secret: (\\S{36})$"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = secretLine.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QVERIFY(match.captured(1).toUtf8() != *second);
    QVERIFY2(run.err.contains(QLatin1String("warning: keep the client secret safe")), qPrintable(run.err));

    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("regenerate-secret"),
                          QStringLiteral("no-such-app")} +
              portal());
    CHECK_EXIT(run, ExitCode::Negative);
}

void TestCliOAuthAppOnline::deleteNeedsYesWithoutATerminal()
{
    const QString doomed = create(draft(QStringLiteral("Doomed")));
    QVERIFY(!doomed.isEmpty());
    const int before = m_simulator.requests().size();

    CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("delete"), doomed} + portal());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
    QCOMPARE(m_simulator.requests().size(), before); // nothing sent
    QVERIFY(m_simulator.state().value(QLatin1String("clients")).toArray().contains(doomed));

    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("delete"), doomed} + portal() +
              QStringList{QStringLiteral("--yes")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("Deleted the OAuth app")));
    QVERIFY(!m_simulator.state().value(QLatin1String("clients")).toArray().contains(doomed));
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("show"), doomed} + portal());
    CHECK_EXIT(run, ExitCode::Negative);
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("delete"), doomed} + portal() +
              QStringList{QStringLiteral("--yes")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.err.contains(QLatin1String("There is no OAuth app")));
}

void TestCliOAuthAppOnline::deleteAsksOnATerminal()
{
#if !defined(Q_OS_LINUX)
    QSKIP("Needs util-linux's script(1) for a pseudo-terminal.");
#else
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed.");
    const QString clientId = create(draft(QStringLiteral("Asked about")));
    QVERIFY(!clientId.isEmpty());
    // script(1) gives the CLI a terminal; what the test writes is typed there.
    const auto onTerminal = [&](const QByteArray &typed) {
        QStringList command{QStringLiteral(PORTALKEYS_CLI_PATH), QStringLiteral("oauth-app"),
                            QStringLiteral("delete"), clientId};
        command += portal();
        for (QString &word : command) // quoted for the shell script(1) starts
            word = QLatin1Char('\'') + word.replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                   QLatin1Char('\'');
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(passwordVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(script,
                      {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        process.waitForStarted(10000);
        process.write(typed);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        const CliRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), {}};
        m_output += run.out.toUtf8();
        return run;
    };
    CliRun run = onTerminal("n\n");
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.out.contains(QStringLiteral("Delete the OAuth app “Asked about” (%1)").arg(clientId)),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Nothing was deleted.")));
    QVERIFY(m_simulator.state().value(QLatin1String("clients")).toArray().contains(clientId));
    run = onTerminal("y\n");
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("Deleted the OAuth app")));
    QVERIFY(!m_simulator.state().value(QLatin1String("clients")).toArray().contains(clientId));
#endif
}

void TestCliOAuthAppOnline::expiredSignatureIsRenewedOnce()
{
    const QJsonObject expired{{QStringLiteral("title"), QStringLiteral("Unauthorized")},
                              {QStringLiteral("status"), 401},
                              {QStringLiteral("detail"), QStringLiteral("The x-signature has expired.")}};
    m_simulator.addFault({{QStringLiteral("path"), clientsPath},
                          {QStringLiteral("status"), 401},
                          {QStringLiteral("times"), 1},
                          {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(expired).toJson())},
                          {QStringLiteral("content_type"), QStringLiteral("application/problem+json")}});
    const CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(PortalSimulator::oauthClientId()));
    QCOMPARE(countRequests(QStringLiteral("GET"), signaturePath), 2);
    QCOMPARE(countRequests(QStringLiteral("GET"), clientsPath), 2);
    for (const QJsonValue &entry : m_simulator.requests()) {
        const QJsonObject request = entry.toObject();
        if (request.value(QLatin1String("path")).toString() == clientsPath) {
            QVERIFY(request.value(QLatin1String("has_x_signature")).toBool());
            QVERIFY(!request.value(QLatin1String("has_authorization")).toBool());
        }
    }
}

void TestCliOAuthAppOnline::refusedSignatureExitsFour()
{
    // Refused twice: once renewed, then it is the portal's answer.
    m_simulator.addFault({{QStringLiteral("path"), clientsPath},
                          {QStringLiteral("status"), 401},
                          {QStringLiteral("times"), 2}});
    CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal());
    CHECK_EXIT(run, ExitCode::Authentication);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(countRequests(QStringLiteral("GET"), clientsPath), 2);

    // The wrong password never gets a signature.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, QStringLiteral("wrong-password"));
    run = PortalKeys::Testing::runCli(
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal(), environment);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    CHECK_EXIT(run, ExitCode::Authentication);

    // A 403 from the registry (not a portal admin), even after a fresh signature, is the same exit code.
    m_simulator.addFault({{QStringLiteral("path"), clientsPath},
                          {QStringLiteral("status"), 403},
                          {QStringLiteral("times"), 2}});
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal());
    CHECK_EXIT(run, ExitCode::Authentication);

    // Network trouble is 3.
    m_simulator.addFault({{QStringLiteral("path"), clientsPath}, {QStringLiteral("garbage"), true}});
    run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("list")} + portal());
    CHECK_EXIT(run, ExitCode::Network);
}

void TestCliOAuthAppOnline::tryConfidentialClientEndToEnd()
{
    const QString secretName = QStringLiteral("try-secret");
    const QString clientId =
        create(draft(QStringLiteral("Tried")), {QStringLiteral("--store-secret"), secretName});
    QVERIFY(!clientId.isEmpty());
    QVERIFY(keychainEntry(NamedSecret::keychainKey(secretName)));

    QString failure;
    CliRun run = tryWithBrowser({clientId, QStringLiteral("--client-secret-keychain"), secretName}, &failure);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + describe(run)));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(
        run.out.contains(QStringLiteral("Signed in with the OAuth app “Tried” (%1) as a confidential client")
                             .arg(clientId)),
        qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Granted scopes: files:read openid")));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("cid\\s+.*: ") + clientId)),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("sub\\s+.*: a7b2f0d4-"))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("exp\\s+.*expires in"))));
    QVERIFY(run.out.contains(QLatin1String("A refresh token was issued too.")));
    QVERIFY(run.out.contains(QLatin1String("--show-tokens")));
    QVERIFY2(!run.out.contains(jwtPattern) && !run.err.contains(jwtPattern), "a token was printed");
    QVERIFY(!run.out.contains(QLatin1String("access_token")));
    QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/oauth2/token")), 1);

    // A wrong secret in the keychain: the portal refuses the code exchange (exit 4).
    CHECK_EXIT(cli({QStringLiteral("secret"), QStringLiteral("delete"), secretName}), ExitCode::Success);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PK_TEST_WRONG"), QStringLiteral("not-the-client-secret"));
    m_secrets.append(QByteArrayLiteral("not-the-client-secret"));
    run = PortalKeys::Testing::runCli({QStringLiteral("secret"), QStringLiteral("store"), secretName,
                                       QStringLiteral("--secret-env"), QStringLiteral("PK_TEST_WRONG")},
                                      environment);
    CHECK_EXIT(run, ExitCode::Success);
    failure.clear();
    run = tryWithBrowser({clientId, QStringLiteral("--client-secret-keychain"), secretName}, &failure);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY(!run.out.contains(QLatin1String("Signed in")));
}

void TestCliOAuthAppOnline::tryPublicClientShowsTokensOnlyWhenAsked()
{
    // The app's only redirect URI names a port: `try` listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QJsonObject body = draft(QStringLiteral("Public"));
    body.insert(QStringLiteral("allow_pkce"), true);
    body.insert(QStringLiteral("redirect_uris"),
                QJsonArray{QStringLiteral("http://127.0.0.1:%1/callback").arg(port)});
    const QString clientId =
        create(body, {QStringLiteral("--store-secret"), QStringLiteral("public-secret")});
    QVERIFY(!clientId.isEmpty());
    QVERIFY(keychainEntry(NamedSecret::keychainKey(QStringLiteral("public-secret"))));

    QString failure;
    // The tokens are asked for: this output is not added to what must hold no secret.
    const CliRun run = tryWithBrowser({clientId, QStringLiteral("--public"), QStringLiteral("--scopes"),
                                       QStringLiteral("files:read"), QStringLiteral("--show-tokens")},
                                      &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + describe(run)));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QLatin1String("as a public client")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Granted scopes: files:read\n")));
    QVERIFY(run.out.contains(QLatin1String("No refresh token was issued.")));
    QVERIFY2(run.err.contains(QStringLiteral("Listening on port %1").arg(port)), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("redirect_uri=http://127.0.0.1:%1/callback").arg(port)));
    static const QRegularExpression tokenLine(QStringLiteral("^access_token: (\\S+)$"),
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = tokenLine.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    const QStringList segments = match.captured(1).split(QLatin1Char('.'));
    QCOMPARE(segments.size(), 3);
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(segments.at(1).toLatin1(),
                                                                              QByteArray::Base64UrlEncoding))
                                   .object();
    QCOMPARE(claims.value(QLatin1String("cid")).toString(), clientId);
    QVERIFY(run.err.contains(QLatin1String("warning: the tokens above")));
    QVERIFY(!run.out.toUtf8().contains(PortalSimulator::adminPassword()));
}

void TestCliOAuthAppOnline::tryRefusesWhatCannotWork()
{
    const QString confidential = create(draft(QStringLiteral("No PKCE")));
    QVERIFY(!confidential.isEmpty());
    QJsonObject elsewhere = draft(QStringLiteral("No loopback"));
    elsewhere.insert(QStringLiteral("redirect_uris"),
                     QJsonArray{QStringLiteral("https://crm.example.com/callback")});
    elsewhere.insert(QStringLiteral("allow_pkce"), true);
    const QString noLoopback = create(elsewhere);
    QVERIFY(!noLoopback.isEmpty());
    const QString disabled = create(draft(QStringLiteral("Disabled")));
    QVERIFY(!disabled.isEmpty());
    CHECK_EXIT(cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("disable"), disabled} + portal()),
               ExitCode::Success);
    CHECK_EXIT(cli({QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("absent-secret")}),
               ExitCode::Success);

    const auto tryApp = [this](const QStringList &arguments) {
        const CliRun run = cli(QStringList{QStringLiteral("oauth-app"), QStringLiteral("try")} + arguments +
                               portal() + QStringList{QStringLiteral("--no-browser")});
        if (run.err.contains(QLatin1String("Open this address")))
            qWarning("a refused try got as far as the browser: %s", qPrintable(run.err));
        return run;
    };
    CliRun run = tryApp({confidential});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QLatin1String("--client-secret-keychain NAME")));
    run = tryApp({confidential, QStringLiteral("--public"), QStringLiteral("--client-secret-keychain"),
                  QStringLiteral("x")});
    CHECK_EXIT(run, ExitCode::Usage);
    run = tryApp({confidential, QStringLiteral("--public")});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QLatin1String("does not allow public clients")), qPrintable(run.err));
    run = tryApp({noLoopback, QStringLiteral("--public")});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QLatin1String("no redirect URI http://127.0.0.1/callback")),
             qPrintable(run.err));
    // The portal compares a loopback redirect's path exactly: http://127.0.0.1/ does not lead back either.
    QJsonObject rootPath = draft(QStringLiteral("Root path"));
    rootPath.insert(QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/")});
    rootPath.insert(QStringLiteral("allow_pkce"), true);
    const QString wrongPath = create(rootPath);
    QVERIFY(!wrongPath.isEmpty());
    run = tryApp({wrongPath, QStringLiteral("--public")});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QLatin1String("no redirect URI http://127.0.0.1/callback")),
             qPrintable(run.err));
    run = tryApp({disabled, QStringLiteral("--public")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.err.contains(QLatin1String("is disabled")));
    run = tryApp(
        {noLoopback, QStringLiteral("--public"), QStringLiteral("--scopes"), QStringLiteral("rooms:write")});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QLatin1String("may not ask for rooms:write")), qPrintable(run.err));
    run = tryApp({confidential, QStringLiteral("--client-secret-keychain"), QStringLiteral("absent-secret")});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("No secret is stored under “absent-secret”")));
    run = tryApp({QStringLiteral("no-such-app"), QStringLiteral("--public")});
    CHECK_EXIT(run, ExitCode::Negative);
    run = tryApp(
        {confidential, QStringLiteral("--public"), QStringLiteral("--redirect-port"), QStringLiteral("0")});
    CHECK_EXIT(run, ExitCode::Usage);
    QCOMPARE(countRequests(QStringLiteral("GET"), QStringLiteral("/oauth2/authorize")), 0);
    QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/oauth2/token")), 0);
}

void TestCliOAuthAppOnline::usageMistakesExitTwo()
{
    const QString path = writeJson(QStringLiteral("usage.json"), draft(QStringLiteral("Usage")));
    const QList<QStringList> mistakes{
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("create")} + portal(),
        {QStringLiteral("oauth-app"), QStringLiteral("create"), path},
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("create"), path, QStringLiteral("extra")} +
            portal(),
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("show")} + portal(),
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("update"), QStringLiteral("id")} + portal(),
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("list"), QStringLiteral("--frobnicate")} +
            portal(),
        {QStringLiteral("oauth-app"), QStringLiteral("list"), QStringLiteral("--url"), http()},
        {QStringLiteral("oauth-app"), QStringLiteral("list"), QStringLiteral("--url"), http(),
         QStringLiteral("--api-key-env"), QStringLiteral("PK_TEST_UNSET_VARIABLE")},
        QStringList{QStringLiteral("oauth-app"), QStringLiteral("update"), QStringLiteral("id"),
                    m_dir.filePath(QStringLiteral("missing.json"))} +
            portal(),
    };
    for (const QStringList &arguments : mistakes) {
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode == code(ExitCode::Usage),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(run)));
        QVERIFY2(run.err.startsWith(QLatin1String("portalkeys-cli: ")), qPrintable(run.err));
    }
    CliRun run = cli({QStringLiteral("oauth-app"), QStringLiteral("list"), QStringLiteral("--portal"),
                      QStringLiteral("no-such-portal")});
    CHECK_EXIT(run, ExitCode::Negative);
    QCOMPARE(m_simulator.requests().size(), 0);
}

void TestCliOAuthAppOnline::noSecretInOutput()
{
    QVERIFY(m_secrets.size() > 3);
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!m_output.contains(secret), "a secret appeared in the CLI's output");
    QVERIFY2(!QString::fromUtf8(m_output).contains(jwtPattern), "a token appeared in the CLI's output");
    const QByteArray log = m_simulator.takeLog();
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!log.contains(secret), "a secret appeared in the simulator's log");
}

QTEST_GUILESS_MAIN(TestCliOAuthAppOnline)
#include "tst_clioauthapponline.moc"
