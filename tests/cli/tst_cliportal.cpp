// Drives `portalkeys-cli portal …` end to end: the real binary, the private test keyring
// (tests/support/with-test-keyring.sh) and the portal simulator (tests/support/portal_simulator.py).
#include "ExitCode.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "support/CliRunner.h"
#include "support/PortalBrowser.h"
#include "support/PortalSimulator.h"

#include <QDirIterator>
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
#include <QSslError>
#include <QTest>
#include <QTimer>

#include <optional>

using PortalKeys::ExitCode;
using PortalKeys::KeychainSecretStore;
using PortalKeys::SecretError;
using PortalKeys::Portal::PortalProfile;
using PortalKeys::Portal::ProfileStore;
using PortalKeys::Portal::SecretSlot;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::describe;
using PortalKeys::Testing::PortalSimulator;

namespace {

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

// Secrets go into the CLI's environment under these names, never onto its command line.
const QString secretVariable = QStringLiteral("PK_TEST_SECRET");
const QString codeVariable = QStringLiteral("PK_TEST_TFA_CODE");

} // namespace

// Runs `expression` once (QVERIFY2 would evaluate it again for the message).
class TestCliPortal : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void apiKeyRightAndWrong();
    void apiKeyWithUnusualShapeIsWarnedAboutButKept();
    void basicRightAndWrong();
    void tokenSignInKeepsOnlyTheLoginToken();
    void tokenSignInWithWrongPasswordAddsNothing();
    void signInRefusalsSayWhatThePortalMeans_data();
    void signInRefusalsSayWhatThePortalMeans();
    void lockedSignInSaysToWaitAndIsNotRetried();
    void testReportsTheProductAndVersion();
    void pastedAccessToken();
    void twoFactorCodeFromEnvironment();
    void twoFactorCodeTypedOnStdin();
    void twoFactorWrongCodeIsRefused();
    void oauthLoginWithTheBrowserStep_data();
    void oauthLoginWithTheBrowserStep();
    void tlsNeedsAPinnedCertificate();
    void adHocPortalWithoutSaving();
    void listShowsPortalsButNeverSecrets();
    void removeDeletesTheProfileAndItsSecrets();
    void portalFaultsGiveAClearMessageAndExitCode_data();
    void portalFaultsGiveAClearMessageAndExitCode();
    void usageMistakesExitWithTwo();
    void keychainFailureLeavesNoHalfAddedPortal();
    void noSecretInFilesOrOutput();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &secret = {},
               const QByteArray &twoFactorCode = {}, const QByteArray &standardInput = {});
    CliRun cliWith(const QStringList &arguments, const QProcessEnvironment &environment,
                   const QByteArray &standardInput = {});
    void remember(const CliRun &run);
    void rememberSecret(const QByteArray &secret);
    QString http() const { return m_simulator.httpUrl().toString(); }
    QString https() const { return m_simulator.httpsUrl().toString(); }
    std::optional<PortalProfile> savedProfile(const QString &name) const;
    // The keychain entry, or nullopt when nothing is stored under it (any other keychain error fails).
    std::optional<QByteArray> keychainEntry(const QString &key);
    QByteArray signInDirectly(const QByteArray &email, const QByteArray &password);
    // Plays the browser: follows the authorization URL's redirects to the CLI's loopback listener.
    bool visit(const QUrl &url, QString *failure);

    PortalSimulator m_simulator;
    QString m_skipReason;
    QList<QByteArray> m_secrets; // every secret a test used or the CLI obtained
    QByteArray m_output;         // everything the CLI printed
};

void TestCliPortal::initTestCase()
{
    // The test reads the same portal list as the CLI it runs.
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    if (!QFile::exists(PortalSimulator::scriptPath()))
        QSKIP("tests/support/portal_simulator.py is missing.");
    const QString problem = m_simulator.start();
    if (!problem.isEmpty()) {
        if (problem.startsWith(QStringLiteral("python3 is not installed")))
            QSKIP(qPrintable(problem));
        QFAIL(qPrintable(QStringLiteral("The portal simulator did not start: ") + problem));
    }
    rememberSecret(PortalSimulator::fullApiKey());
    rememberSecret(PortalSimulator::adminPassword());
    rememberSecret(PortalSimulator::tfaPassword());
    rememberSecret(PortalSimulator::oauthClientSecret());
}

void TestCliPortal::init()
{
    m_simulator.reset();
    // Each test starts with an empty portal list; keychain entries of earlier tests stay, as they would.
    QFile::remove(ProfileStore::defaultPath());
}

CliRun TestCliPortal::cli(const QStringList &arguments, const QByteArray &secret,
                          const QByteArray &twoFactorCode, const QByteArray &standardInput)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!secret.isEmpty())
        environment.insert(secretVariable, QString::fromUtf8(secret));
    if (!twoFactorCode.isEmpty())
        environment.insert(codeVariable, QString::fromUtf8(twoFactorCode));
    return cliWith(arguments, environment, standardInput);
}

CliRun TestCliPortal::cliWith(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QByteArray &standardInput)
{
    const CliRun run = PortalKeys::Testing::runCli(arguments, environment, standardInput);
    remember(run);
    return run;
}

void TestCliPortal::remember(const CliRun &run)
{
    m_output += run.out.toUtf8() + run.err.toUtf8();
}

void TestCliPortal::rememberSecret(const QByteArray &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

std::optional<PortalProfile> TestCliPortal::savedProfile(const QString &name) const
{
    const ProfileStore::LoadResult loaded = ProfileStore().load();
    if (!loaded.ok())
        return std::nullopt;
    const PortalProfile *found = ProfileStore::findByName(loaded.profiles, name);
    return found ? std::optional<PortalProfile>(*found) : std::nullopt;
}

std::optional<QByteArray> TestCliPortal::keychainEntry(const QString &key)
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
    rememberSecret(value);
    return value;
}

QByteArray TestCliPortal::signInDirectly(const QByteArray &email, const QByteArray &password)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(http() + QStringLiteral("/api/2.0/authentication")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("userName"), QString::fromUtf8(email)},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QByteArray token =
        answer.value(QLatin1String("response")).toObject().value(QLatin1String("token")).toString().toUtf8();
    rememberSecret(token);
    return token;
}

bool TestCliPortal::visit(const QUrl &url, QString *failure)
{
    // The admin's browser, signed in to the portal and consenting when asked (support/PortalBrowser.h).
    PortalKeys::Testing::PortalBrowser browser;
    return browser.visit(url, failure);
}

// ---------------------------------------------------------------------------------------------------------

void TestCliPortal::apiKeyRightAndWrong()
{
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("prod"),
                      QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                      QStringLiteral("--secret-env"), secretVariable},
                     PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("portalkeys-cli portal test prod")));
    QVERIFY(run.err.isEmpty());

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("prod")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Signed in as Ada Admin (admin@example.com)")),
             qPrintable(run.out));
    const QJsonArray requests = m_simulator.requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().toObject().value(QLatin1String("authorization_scheme")).toString().toLower(),
             QStringLiteral("bearer"));

    run = cli(
        {QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("prod"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("email")).toString(), QStringLiteral("admin@example.com"));
    QCOMPARE(report.value(QLatin1String("isOwner")).toBool(), true);

    const QByteArray wrongKey = "sk-" + QByteArray(64, '0');
    rememberSecret(wrongKey);
    run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("wrong"),
               QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
               QStringLiteral("--secret-env"), secretVariable},
              wrongKey);
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("wrong")});
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.startsWith(QStringLiteral("portalkeys-cli: ")));
    QVERIFY2(run.err.contains(QStringLiteral("credentials")), qPrintable(run.err));

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("wrong"),
               QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Authentication);
    const QJsonObject failure = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(failure.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(failure.value(QLatin1String("kind")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(failure.value(QLatin1String("exitCode")).toInt(), code(ExitCode::Authentication));

    // Both outcomes are kept with the saved portals, as the app's Portals page shows them after a restart.
    run = cli({QStringLiteral("portal"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    QHash<QString, QJsonObject> lastTests;
    for (const QJsonValue &entry : QJsonDocument::fromJson(run.out.toUtf8()).array())
        lastTests.insert(entry[QLatin1String("name")].toString(),
                         entry[QLatin1String("lastTest")].toObject());
    QCOMPARE(lastTests.value(QStringLiteral("prod")).value(QLatin1String("ok")).toBool(), true);
    QVERIFY(lastTests.value(QStringLiteral("wrong")).contains(QLatin1String("ok")));
    QCOMPARE(lastTests.value(QStringLiteral("wrong")).value(QLatin1String("ok")).toBool(true), false);
}

void TestCliPortal::apiKeyWithUnusualShapeIsWarnedAboutButKept()
{
    const QByteArray oddKey = QByteArrayLiteral("legacy-key-Xq93mZ");
    rememberSecret(oddKey);
    const CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("odd"),
                            QStringLiteral("--url"), http(), QStringLiteral("--auth"),
                            QStringLiteral("apikey"), QStringLiteral("--secret-env"), secretVariable},
                           oddKey);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.startsWith(QStringLiteral("portalkeys-cli: warning: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("sk-")));
    const std::optional<PortalProfile> profile = savedProfile(QStringLiteral("odd"));
    QVERIFY(profile);
    QVERIFY(keychainEntry(profile->secretKey(SecretSlot::ApiKey)) == oddKey);
}

void TestCliPortal::basicRightAndWrong()
{
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("basic"),
                      QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("basic"),
                      QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
                      QStringLiteral("--secret-env"), secretVariable},
                     PortalSimulator::adminPassword());
    CHECK_EXIT(run, ExitCode::Success);
    const std::optional<PortalProfile> profile = savedProfile(QStringLiteral("basic"));
    QVERIFY(profile);
    QVERIFY(keychainEntry(profile->secretKey(SecretSlot::Password)) == PortalSimulator::adminPassword());

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("basic")});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(m_simulator.requests()
                 .last()
                 .toObject()
                 .value(QLatin1String("authorization_scheme"))
                 .toString()
                 .toLower(),
             QStringLiteral("basic"));

    const QByteArray wrongPassword = QByteArrayLiteral("not-the-password-71");
    rememberSecret(wrongPassword);
    run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("basic-wrong"),
               QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("basic"),
               QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
               QStringLiteral("--secret-file"), QStringLiteral("-")},
              {}, {}, wrongPassword + '\n');
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("basic-wrong")});
    CHECK_EXIT(run, ExitCode::Authentication);
}

void TestCliPortal::tokenSignInKeepsOnlyTheLoginToken()
{
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("token"),
                      QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
                      QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
                      QStringLiteral("--secret-env"), secretVariable},
                     PortalSimulator::adminPassword());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("not the password")), qPrintable(run.out));
    const std::optional<PortalProfile> profile = savedProfile(QStringLiteral("token"));
    QVERIFY(profile);
    const std::optional<QByteArray> token = keychainEntry(profile->secretKey(SecretSlot::LoginToken));
    QVERIFY(token && !token->isEmpty());
    QVERIFY(*token != PortalSimulator::adminPassword());
    QVERIFY(!keychainEntry(profile->secretKey(SecretSlot::Password)));

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("token")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Ada Admin")));

    // `login` signs in again and replaces the token.
    run = cli({QStringLiteral("portal"), QStringLiteral("login"), QStringLiteral("token"),
               QStringLiteral("--secret-env"), secretVariable},
              PortalSimulator::adminPassword());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Signed in as Ada Admin")));
    const std::optional<QByteArray> renewed = keychainEntry(profile->secretKey(SecretSlot::LoginToken));
    QVERIFY(renewed && !renewed->isEmpty());
    QVERIFY(*renewed != *token);
}

void TestCliPortal::tokenSignInWithWrongPasswordAddsNothing()
{
    const QByteArray wrongPassword = QByteArrayLiteral("wrong-password-5521");
    rememberSecret(wrongPassword);
    const CliRun run =
        cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("token-wrong"),
             QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
             QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
             QStringLiteral("--secret-env"), secretVariable},
            wrongPassword);
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.count(QLatin1Char('\n')) == 1, qPrintable(run.err));
    QVERIFY(!savedProfile(QStringLiteral("token-wrong")));
}

void TestCliPortal::signInRefusalsSayWhatThePortalMeans_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password") << PortalSimulator::adminEmail() << QByteArray("wrong-password-5522")
                                    << QStringLiteral("e-mail or the password is wrong");
    QTest::newRow("unknown e-mail") << QByteArray("nobody@example.com") << QByteArray("wrong-password-5523")
                                    << QStringLiteral("e-mail or the password is wrong");
    QTest::newRow("disabled user") << QByteArray("disabled@example.com") << QByteArray("disabled-password")
                                   << QStringLiteral("disabled@example.com is disabled");
}

void TestCliPortal::signInRefusalsSayWhatThePortalMeans()
{
    QFETCH(QByteArray, email);
    QFETCH(QByteArray, password);
    QFETCH(QString, expected);
    rememberSecret(password);
    const CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("refused"),
                            QStringLiteral("--url"), http(), QStringLiteral("--auth"),
                            QStringLiteral("token"), QStringLiteral("--user"), QString::fromUtf8(email),
                            QStringLiteral("--secret-env"), secretVariable},
                           password);
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    // DocSpace answers an unknown e-mail like a wrong password; PortalKeys does not pretend to know more.
    QVERIFY(!run.err.contains(QLatin1String("no user")));
    QVERIFY(!savedProfile(QStringLiteral("refused")));
}

void TestCliPortal::lockedSignInSaysToWaitAndIsNotRetried()
{
    const QByteArray wrongPassword = QByteArrayLiteral("wrong-password-5524");
    rememberSecret(wrongPassword);
    const QStringList add{QStringLiteral("portal"),
                          QStringLiteral("add"),
                          QStringLiteral("locked"),
                          QStringLiteral("--url"),
                          http(),
                          QStringLiteral("--auth"),
                          QStringLiteral("token"),
                          QStringLiteral("--user"),
                          QString::fromUtf8(PortalSimulator::userEmail()),
                          QStringLiteral("--secret-env"),
                          secretVariable};
    for (int attempt = 0; attempt < 5; ++attempt)
        CHECK_EXIT(cli(add, wrongPassword), ExitCode::Authentication);
    const auto signInsSoFar = [this] {
        int count = 0;
        for (const QJsonValue &request : m_simulator.requests())
            count += request.toObject().value(QLatin1String("path")).toString() ==
                     QLatin1String("/api/2.0/authentication");
        return count;
    };
    const int before = signInsSoFar();
    // The right password during the lock is refused too, and PortalKeys says to wait instead of trying again.
    const CliRun run = cli(add, PortalSimulator::userPassword());
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(QLatin1String("Wait a few minutes")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("browser")));
    QCOMPARE(signInsSoFar(), before + 1);
    QVERIFY(!savedProfile(QStringLiteral("locked")));
}

void TestCliPortal::testReportsTheProductAndVersion()
{
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("versioned"),
                      QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                      QStringLiteral("--secret-env"), secretVariable},
                     PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("versioned")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QLatin1String("Portal: DocSpace 3.7.2.1800, self-hosted")),
             qPrintable(run.out));
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("versioned"),
               QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject server =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("server")).toObject();
    QCOMPARE(server.value(QLatin1String("version")).toString(), QStringLiteral("3.7.2.1800"));
    QCOMPARE(server.value(QLatin1String("docSpace")).toBool(), true);
    QCOMPARE(server.value(QLatin1String("standalone")).toBool(), true);
}

void TestCliPortal::pastedAccessToken()
{
    const QByteArray token = signInDirectly(PortalSimulator::adminEmail(), PortalSimulator::adminPassword());
    QVERIFY(!token.isEmpty());
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("pat"),
                      QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
                      QStringLiteral("--secret-env"), secretVariable},
                     token);
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("pat")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Ada Admin")));

    const QByteArray wrongToken = QByteArrayLiteral("pasted-token-that-the-portal-never-issued");
    rememberSecret(wrongToken);
    run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("pat-wrong"),
               QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
               QStringLiteral("--secret-env"), secretVariable},
              wrongToken);
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("pat-wrong")});
    CHECK_EXIT(run, ExitCode::Authentication);
}

void TestCliPortal::twoFactorCodeFromEnvironment()
{
    CliRun run =
        cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("tfa"), QStringLiteral("--url"),
             http(), QStringLiteral("--auth"), QStringLiteral("token"), QStringLiteral("--user"),
             QString::fromUtf8(PortalSimulator::tfaEmail()), QStringLiteral("--secret-env"), secretVariable,
             QStringLiteral("--tfa-code-env"), codeVariable},
            PortalSimulator::tfaPassword(), PortalSimulator::tfaCode());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(!run.err.contains(QStringLiteral("Two-factor code")));
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("tfa")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Tess Twofactor")));
}

void TestCliPortal::twoFactorCodeTypedOnStdin()
{
    const CliRun run =
        cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("tfa-typed"),
             QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
             QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::tfaEmail()),
             QStringLiteral("--secret-env"), secretVariable},
            PortalSimulator::tfaPassword(), {}, QByteArrayLiteral("123 456\n"));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.contains(QStringLiteral("Two-factor code for tfa@example.com")), qPrintable(run.err));
    QVERIFY(savedProfile(QStringLiteral("tfa-typed")));
}

void TestCliPortal::twoFactorWrongCodeIsRefused()
{
    CliRun run =
        cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("tfa-wrong"),
             QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
             QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::tfaEmail()),
             QStringLiteral("--secret-env"), secretVariable, QStringLiteral("--tfa-code-env"), codeVariable},
            PortalSimulator::tfaPassword(), QByteArrayLiteral("000000"));
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY(!savedProfile(QStringLiteral("tfa-wrong")));

    // No code and nothing on standard input: refused, nothing saved.
    run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("tfa-none"),
               QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
               QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::tfaEmail()),
               QStringLiteral("--secret-env"), secretVariable},
              PortalSimulator::tfaPassword());
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY(run.err.contains(QStringLiteral("--tfa-code-env")));
    QVERIFY(!savedProfile(QStringLiteral("tfa-none")));
}

void TestCliPortal::oauthLoginWithTheBrowserStep_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("clientSecret");
    QTest::addColumn<bool>("expectRefreshToken");
    QTest::newRow("confidential client")
        << PortalSimulator::oauthClientId() << PortalSimulator::oauthClientSecret() << true;
    QTest::newRow("public client with PKCE") << PortalSimulator::publicClientId() << QByteArray() << false;
}

void TestCliPortal::oauthLoginWithTheBrowserStep()
{
    QFETCH(QString, clientId);
    QFETCH(QByteArray, clientSecret);
    QFETCH(bool, expectRefreshToken);

    QStringList add{QStringLiteral("portal"),
                    QStringLiteral("add"),
                    QStringLiteral("oauth"),
                    QStringLiteral("--url"),
                    http(),
                    QStringLiteral("--auth"),
                    QStringLiteral("oauth2"),
                    QStringLiteral("--client-id"),
                    clientId};
    if (!clientSecret.isEmpty())
        add << QStringLiteral("--secret-env") << secretVariable;
    CliRun run = cli(add, clientSecret);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("portalkeys-cli portal login oauth")));

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("oauth")});
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(QStringLiteral("portalkeys-cli portal login oauth")), qPrintable(run.err));

    // `login` waits for the browser: run it in the background and play the browser once it prints the
    // address.
    QProcess login;
    login.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    login.start(QStringLiteral(PORTALKEYS_CLI_PATH),
                {QStringLiteral("portal"), QStringLiteral("login"), QStringLiteral("oauth"),
                 QStringLiteral("--no-browser")});
    QVERIFY(login.waitForStarted(10000));
    login.closeWriteChannel();
    QByteArray err;
    static const QRegularExpression addressLine(QStringLiteral("Open this address in your browser: (\\S+)"));
    QRegularExpressionMatch match;
    QElapsedTimer timer;
    timer.start();
    while (!(match = addressLine.match(QString::fromUtf8(err))).hasMatch() && timer.elapsed() < 20000 &&
           login.state() == QProcess::Running) {
        login.waitForReadyRead(200);
        err += login.readAllStandardError();
    }
    QVERIFY2(match.hasMatch(), err.constData());
    const QUrl authorization(match.captured(1), QUrl::StrictMode);
    QVERIFY(authorization.isValid());
    QCOMPARE(authorization.path(), QStringLiteral("/oauth2/authorize"));

    QString failure;
    QVERIFY2(visit(authorization, &failure), qPrintable(failure));
    QVERIFY(login.waitForFinished(30000));
    const CliRun loginRun{login.exitStatus() == QProcess::NormalExit ? login.exitCode() : -1,
                          QString::fromUtf8(login.readAllStandardOutput()),
                          QString::fromUtf8(err + login.readAllStandardError())};
    remember(loginRun);
    CHECK_EXIT(loginRun, ExitCode::Success);
    QVERIFY2(loginRun.out.contains(QStringLiteral("Signed in as Ada Admin")), qPrintable(loginRun.out));

    const std::optional<PortalProfile> profile = savedProfile(QStringLiteral("oauth"));
    QVERIFY(profile);
    const std::optional<QByteArray> access = keychainEntry(profile->secretKey(SecretSlot::AccessToken));
    QVERIFY(access && access->count('.') == 2);
    QCOMPARE(bool(keychainEntry(profile->secretKey(SecretSlot::RefreshToken))), expectRefreshToken);

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("oauth")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Ada Admin")));
    QCOMPARE(m_simulator.requests()
                 .last()
                 .toObject()
                 .value(QLatin1String("authorization_scheme"))
                 .toString()
                 .toLower(),
             QStringLiteral("bearer"));
}

void TestCliPortal::tlsNeedsAPinnedCertificate()
{
    const QString sha256 = m_simulator.certificateSha256().toLower();
    QCOMPARE(sha256.size(), 64);
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("self signed"),
                      QStringLiteral("--url"), https(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                      QStringLiteral("--secret-env"), secretVariable},
                     PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Success);

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("self signed")});
    CHECK_EXIT(run, ExitCode::Network);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith(QStringLiteral("portalkeys-cli: ")));
    QString colons;
    for (int i = 0; i < sha256.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + sha256.mid(i, 2).toUpper();
    QVERIFY2(run.err.contains(colons), qPrintable(run.err));
    const QString pinCommand = QStringLiteral("portalkeys-cli portal pin 'self signed' --sha256 ") + sha256;
    QVERIFY2(run.err.contains(pinCommand), qPrintable(run.err));
    // The credentials never left: the TLS check failed before any request was sent.
    for (const QJsonValue &request : m_simulator.requests())
        QVERIFY(!request.toObject().value(QLatin1String("has_authorization")).toBool());

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("self signed"),
               QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Network);
    const QJsonObject failure = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(failure.value(QLatin1String("kind")).toString(), QStringLiteral("tls"));
    QCOMPARE(failure.value(QLatin1String("certificate")).toObject().value(QLatin1String("sha256")).toString(),
             sha256);

    run = cli({QStringLiteral("portal"), QStringLiteral("pin"), QStringLiteral("self signed"),
               QStringLiteral("--sha256"), QStringLiteral("00") + sha256.mid(2)});
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("self signed")});
    CHECK_EXIT(run, ExitCode::Network); // another certificate is pinned: still refused

    run = cli({QStringLiteral("portal"), QStringLiteral("pin"), QStringLiteral("self signed"),
               QStringLiteral("--sha256"), colons});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(savedProfile(QStringLiteral("self signed"))->pinnedSha256, sha256);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("self signed")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Ada Admin")));

    run = cli({QStringLiteral("portal"), QStringLiteral("pin"), QStringLiteral("self signed"),
               QStringLiteral("--clear")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(savedProfile(QStringLiteral("self signed"))->pinnedSha256.isEmpty());
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("self signed")});
    CHECK_EXIT(run, ExitCode::Network);

    run = cli({QStringLiteral("portal"), QStringLiteral("pin"), QStringLiteral("self signed"),
               QStringLiteral("--sha256"), QStringLiteral("abc")});
    CHECK_EXIT(run, ExitCode::Usage);
    run = cli({QStringLiteral("portal"), QStringLiteral("pin"), QStringLiteral("self signed")});
    CHECK_EXIT(run, ExitCode::Usage);
    run = cli({QStringLiteral("portal"), QStringLiteral("pin"), QStringLiteral("nobody"),
               QStringLiteral("--clear")});
    CHECK_EXIT(run, ExitCode::Negative);

    // A fingerprint given to `add` is kept.
    run = cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("pinned"),
               QStringLiteral("--url"), https(), QStringLiteral("--auth"), QStringLiteral("apikey"),
               QStringLiteral("--secret-env"), secretVariable, QStringLiteral("--pin-sha256"),
               sha256.toUpper()},
              PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Success);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("pinned")});
    CHECK_EXIT(run, ExitCode::Success);
}

void TestCliPortal::adHocPortalWithoutSaving()
{
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), http(),
                      QStringLiteral("--api-key-env"), secretVariable},
                     PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Ada Admin")));

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), http(),
               QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
               QStringLiteral("--password-env"), secretVariable},
              PortalSimulator::adminPassword());
    CHECK_EXIT(run, ExitCode::Success);

    const QByteArray token = signInDirectly(PortalSimulator::adminEmail(), PortalSimulator::adminPassword());
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), http(),
               QStringLiteral("--token-env"), secretVariable},
              token);
    CHECK_EXIT(run, ExitCode::Success);

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), http(),
               QStringLiteral("--api-key-env"), secretVariable},
              "sk-" + QByteArray(64, 'e'));
    CHECK_EXIT(run, ExitCode::Authentication);

    const QString sha256 = m_simulator.certificateSha256().toLower();
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), https(),
               QStringLiteral("--api-key-env"), secretVariable},
              PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Network);
    QVERIFY2(run.err.contains(QStringLiteral("--pin-sha256 ") + sha256), qPrintable(run.err));
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), https(),
               QStringLiteral("--api-key-env"), secretVariable, QStringLiteral("--pin-sha256"), sha256},
              PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Success);

    // Nothing was saved, and a saved portal's options do not mix with ad hoc ones.
    QVERIFY(!QFile::exists(ProfileStore::defaultPath()));
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), http()});
    CHECK_EXIT(run, ExitCode::Usage);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"), http(),
               QStringLiteral("--api-key-env"), QStringLiteral("PK_TEST_UNSET_VARIABLE")});
    CHECK_EXIT(run, ExitCode::Usage);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("--url"),
               QStringLiteral("http://portal.example.com"), QStringLiteral("--api-key-env"), secretVariable},
              PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("https")));
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("somewhere"),
               QStringLiteral("--url"), http(), QStringLiteral("--api-key-env"), secretVariable},
              PortalSimulator::fullApiKey());
    CHECK_EXIT(run, ExitCode::Usage);
    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("missing")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY(run.err.contains(QStringLiteral("portal list")));
}

void TestCliPortal::listShowsPortalsButNeverSecrets()
{
    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("list")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("portal add")));
    run = cli({QStringLiteral("portal"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);

    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("alpha"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                    QStringLiteral("--secret-env"), secretVariable},
                   PortalSimulator::fullApiKey()),
               ExitCode::Success);
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("beta"),
                    QStringLiteral("--url"), https(), QStringLiteral("--auth"), QStringLiteral("basic"),
                    QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
                    QStringLiteral("--secret-env"), secretVariable, QStringLiteral("--pin-sha256"),
                    m_simulator.certificateSha256(), QStringLiteral("--timeout"), QStringLiteral("12")},
                   PortalSimulator::adminPassword()),
               ExitCode::Success);
    CHECK_EXIT(
        cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("gamma"),
             QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("oauth2"),
             QStringLiteral("--client-id"), PortalSimulator::oauthClientId(), QStringLiteral("--secret-env"),
             secretVariable, QStringLiteral("--scopes"), QStringLiteral("accounts:read files:read")},
            PortalSimulator::oauthClientSecret()),
        ExitCode::Success);

    run = cli({QStringLiteral("portal"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("alpha"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("auth")).toString(), QStringLiteral("apikey"));
    const QJsonObject beta = list.at(1).toObject();
    QCOMPARE(beta.value(QLatin1String("user")).toString(), QString::fromUtf8(PortalSimulator::adminEmail()));
    QCOMPARE(beta.value(QLatin1String("pinnedSha256")).toString(), m_simulator.certificateSha256().toLower());
    QCOMPARE(beta.value(QLatin1String("timeoutSeconds")).toInt(), 12);
    const QJsonObject gamma = list.at(2).toObject();
    QCOMPARE(gamma.value(QLatin1String("clientId")).toString(), PortalSimulator::oauthClientId());
    QCOMPARE(gamma.value(QLatin1String("scopes")).toArray().size(), 2);

    const CliRun table = cli({QStringLiteral("portal"), QStringLiteral("list")});
    CHECK_EXIT(table, ExitCode::Success);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY(lines.at(2).contains(QStringLiteral("basic")) && lines.at(2).endsWith(QStringLiteral("yes")));
    QVERIFY(lines.at(3).contains(PortalSimulator::oauthClientId()) &&
            lines.at(3).endsWith(QStringLiteral("no")));

    for (const QByteArray &secret : std::as_const(m_secrets)) {
        QVERIFY(!run.out.toUtf8().contains(secret));
        QVERIFY(!table.out.toUtf8().contains(secret));
    }
    QFile file(ProfileStore::defaultPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY(!stored.contains(secret));
}

void TestCliPortal::removeDeletesTheProfileAndItsSecrets()
{
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("doomed"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("oauth2"),
                    QStringLiteral("--client-id"), PortalSimulator::oauthClientId(),
                    QStringLiteral("--secret-env"), secretVariable},
                   PortalSimulator::oauthClientSecret()),
               ExitCode::Success);
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("kept"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                    QStringLiteral("--secret-env"), secretVariable},
                   PortalSimulator::fullApiKey()),
               ExitCode::Success);
    const std::optional<PortalProfile> doomed = savedProfile(QStringLiteral("doomed"));
    const std::optional<PortalProfile> kept = savedProfile(QStringLiteral("kept"));
    QVERIFY(doomed && kept);
    QVERIFY(keychainEntry(doomed->secretKey(SecretSlot::ClientSecret)));

    CliRun run = cli({QStringLiteral("portal"), QStringLiteral("remove"), QStringLiteral("doomed")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(!savedProfile(QStringLiteral("doomed")));
    for (SecretSlot slot : PortalProfile::allSecretSlots())
        QVERIFY(!keychainEntry(doomed->secretKey(slot)));
    QVERIFY(savedProfile(QStringLiteral("kept")));
    QVERIFY(keychainEntry(kept->secretKey(SecretSlot::ApiKey)));

    run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("doomed")});
    CHECK_EXIT(run, ExitCode::Negative);
    run = cli({QStringLiteral("portal"), QStringLiteral("remove"), QStringLiteral("doomed")});
    CHECK_EXIT(run, ExitCode::Negative);

    // The name is free again.
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("doomed"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                    QStringLiteral("--secret-env"), secretVariable},
                   PortalSimulator::fullApiKey()),
               ExitCode::Success);
}

void TestCliPortal::portalFaultsGiveAClearMessageAndExitCode_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedWords");
    const QString authentication = QStringLiteral("/api/2.0/authentication");
    const QString self = QStringLiteral("/api/2.0/people/@self");
    QTest::newRow("500") << QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                        {QStringLiteral("path"), authentication},
                                        {QStringLiteral("times"), 0},
                                        {QStringLiteral("status"), 500}}
                         << code(ExitCode::Network) << QStringLiteral("internal error");
    QTest::newRow("503 every time") << QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                                   {QStringLiteral("path"), authentication},
                                                   {QStringLiteral("times"), 0},
                                                   {QStringLiteral("status"), 503}}
                                    << code(ExitCode::Network) << QStringLiteral("503");
    QTest::newRow("malformed") << QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                              {QStringLiteral("path"), self},
                                              {QStringLiteral("times"), 0},
                                              {QStringLiteral("malformed"), true}}
                               << code(ExitCode::Network) << QStringLiteral("JSON");
    QTest::newRow("truncated") << QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                              {QStringLiteral("path"), self},
                                              {QStringLiteral("times"), 0},
                                              {QStringLiteral("truncated"), true}}
                               << code(ExitCode::Network) << QString();
    QTest::newRow("403") << QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                        {QStringLiteral("path"), self},
                                        {QStringLiteral("times"), 0},
                                        {QStringLiteral("status"), 403}}
                         << code(ExitCode::Authentication) << QStringLiteral("refused");
    QTest::newRow("cross-origin redirect")
        << QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("path"), authentication},
                       {QStringLiteral("times"), 0},
                       {QStringLiteral("redirect"), QStringLiteral("http://example.com/x")}}
        << code(ExitCode::Network) << QString();
}

void TestCliPortal::portalFaultsGiveAClearMessageAndExitCode()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedWords);
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("faulty"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                    QStringLiteral("--secret-env"), secretVariable},
                   PortalSimulator::fullApiKey()),
               ExitCode::Success);
    m_simulator.addFault(fault);
    const CliRun run = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("faulty")});
    QVERIFY2(run.exitCode == expectedExit, qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.startsWith(QStringLiteral("portalkeys-cli: ")));
    QVERIFY(run.err.size() > 40); // a sentence, not a code
    if (!expectedWords.isEmpty())
        QVERIFY2(run.err.contains(expectedWords, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCliPortal::usageMistakesExitWithTwo()
{
    const QStringList base{QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("usage")};
    const QStringList apiKey{QStringLiteral("--url"),        http(),
                             QStringLiteral("--auth"),       QStringLiteral("apikey"),
                             QStringLiteral("--secret-env"), secretVariable};
    const QByteArray key = PortalSimulator::fullApiKey();

    CHECK_EXIT(cli(base + apiKey, key), ExitCode::Success);
    CliRun run = cli(base + apiKey, key);
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QStringLiteral("portalkeys-cli portal remove usage")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("USAGE")} + apiKey,
              key);
    CHECK_EXIT(run, ExitCode::Usage); // names are compared without case

    const QList<QStringList> mistakes = {
        {QStringLiteral("portal"), QStringLiteral("add")},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http()},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("kerberos"), QStringLiteral("--secret-env"),
         secretVariable},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         QStringLiteral("http://portal.example.com"), QStringLiteral("--auth"), QStringLiteral("apikey"),
         QStringLiteral("--secret-env"), secretVariable},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("apikey")},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--client-id"),
         QStringLiteral("c"), QStringLiteral("--secret-env"), secretVariable},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--secret-env"),
         secretVariable},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("oauth2")},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--secret-env"),
         secretVariable, QStringLiteral("--timeout"), QStringLiteral("0")},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--secret-env"),
         secretVariable, QStringLiteral("--pin-sha256"), QStringLiteral("beef")},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("apikey"), QString::fromUtf8(key)},
        {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
         http(), QStringLiteral("--auth"), QStringLiteral("token"), QStringLiteral("--secret-env"),
         secretVariable, QStringLiteral("--tfa-code-env"), codeVariable},
        {QStringLiteral("portal"), QStringLiteral("login"), QStringLiteral("usage")},
        {QStringLiteral("portal"), QStringLiteral("frobnicate")},
        {QStringLiteral("portal"), QStringLiteral("list"), QStringLiteral("extra")},
    };
    for (const QStringList &arguments : mistakes) {
        run = cli(arguments, key);
        QVERIFY2(run.exitCode == code(ExitCode::Usage),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(run)));
        QVERIFY2(run.err.startsWith(QStringLiteral("portalkeys-cli: ")) ||
                     run.err.startsWith(QStringLiteral("Usage")),
                 qPrintable(run.err));
        QVERIFY(!savedProfile(QStringLiteral("x")));
    }
}

void TestCliPortal::keychainFailureLeavesNoHalfAddedPortal()
{
    QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/bus"));
    noKeychain.remove(QStringLiteral("DISPLAY"));
    noKeychain.insert(secretVariable, QString::fromUtf8(PortalSimulator::fullApiKey()));
    CliRun run = cliWith({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                          QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                          QStringLiteral("--secret-env"), secretVariable},
                         noKeychain);
    CHECK_EXIT(run, ExitCode::Keychain);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.startsWith(QStringLiteral("portalkeys-cli: No keychain is available.")));
    QVERIFY(!savedProfile(QStringLiteral("nokeychain")));

    // Also when the secret is a login token obtained from the portal first.
    noKeychain.insert(secretVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    run = cliWith({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                   QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("token"),
                   QStringLiteral("--user"), QString::fromUtf8(PortalSimulator::adminEmail()),
                   QStringLiteral("--secret-env"), secretVariable},
                  noKeychain);
    CHECK_EXIT(run, ExitCode::Keychain);
    QVERIFY(!savedProfile(QStringLiteral("nokeychain")));

    // A saved portal whose secrets cannot be read: exit 5, and `remove` keeps it rather than orphan secrets.
    CHECK_EXIT(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("saved"),
                    QStringLiteral("--url"), http(), QStringLiteral("--auth"), QStringLiteral("apikey"),
                    QStringLiteral("--secret-env"), secretVariable},
                   PortalSimulator::fullApiKey()),
               ExitCode::Success);
    run = cliWith({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("saved")}, noKeychain);
    CHECK_EXIT(run, ExitCode::Keychain);
    run = cliWith({QStringLiteral("portal"), QStringLiteral("remove"), QStringLiteral("saved")}, noKeychain);
    CHECK_EXIT(run, ExitCode::Keychain);
    QVERIFY(savedProfile(QStringLiteral("saved")));
}

void TestCliPortal::noSecretInFilesOrOutput()
{
    QVERIFY(!m_secrets.isEmpty());
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!m_output.contains(secret), "a secret appeared in the CLI's output");

    const PortalKeys::Testing::DiskScan scan = PortalKeys::Testing::scanHomeForSecrets(m_secrets);
    QVERIFY2(scan.leak.isEmpty(), qPrintable(scan.leak));
    QVERIFY(scan.filesRead > 0);
}

QTEST_GUILESS_MAIN(TestCliPortal)
#include "tst_cliportal.moc"
