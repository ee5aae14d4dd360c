// Drives `portalkeys-cli apikey …` end to end: the real binary, the private test keyring
// (tests/support/with-test-keyring.sh) and the portal simulator. A new key is printed exactly once or kept
// in the keychain and never printed; it never reaches a file under the test's HOME.
#include "ExitCode.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NamedSecret.h"
#include "support/CliRunner.h"
#include "support/PortalSimulator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <optional>

using PortalKeys::ExitCode;
using PortalKeys::KeychainSecretStore;
using PortalKeys::NamedSecret;
using PortalKeys::SecretError;
using PortalKeys::Portal::CredentialKind;
using PortalKeys::Portal::PortalProfile;
using PortalKeys::Portal::ProfileStore;
using PortalKeys::Portal::SecretSlot;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::describe;
using PortalKeys::Testing::PortalSimulator;

namespace {

// Passwords go into the CLI's environment under these names, never onto its command line.
const QString adminVariable = QStringLiteral("PK_TEST_ADMIN_PW");
const QString userVariable = QStringLiteral("PK_TEST_USER_PW");
const QString guestVariable = QStringLiteral("PK_TEST_GUEST_PW");
const QString keyVariable = QStringLiteral("PK_TEST_API_KEY");
const QRegularExpression wholeKey(QStringLiteral("sk-[0-9a-f]{64}"));

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliApiKey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listShowsMaskedKeysEveryKeyForAdminsOwnForUsers();
    void createPrintsTheKeyOnceOnStandardOutput();
    void createJsonHoldsTheKeyAsAMember();
    void storeSecretKeepsTheKeyInTheKeychainOnly();
    void addPortalMakesAProfileThatSignsInWithTheKey();
    void addPortalWithATakenNameCreatesNothing();
    void expiringWithinExitsOneForExpiringAndExpiredKeys();
    void updateRenamesAndReplacesPermissions();
    void disableAndEnable();
    void deleteNeedsYesWithoutATerminal();
    void falseFromThePortalIsReported();
    void whoamiNamesTheKey();
    void refusalsHaveTheirOwnMessages();
    void usageMistakesSendNothing_data();
    void usageMistakesSendNothing();
    void noKeychainMeansNoKeyIsMade();
    void createdKeysNeverReachDiskOrAreRepeated();

private:
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QStringList admin() const;
    QStringList user() const;
    QStringList guest() const;
    QProcessEnvironment environment(const QByteArray &apiKey = {}) const;
    QJsonArray listJson();
    int keyCount() { return int(listJson().size()); }
    QJsonObject keyNamed(const QString &name);
    // Creates a key through the CLI and returns it (printed on stdout).
    QByteArray createPrinted(const QString &name, const QStringList &more = {});
    std::optional<QByteArray> keychainEntry(const QString &key);
    std::optional<PortalProfile> savedProfile(const QString &name) const;
    void configure(const QJsonObject &config)
    {
        m_simulator.control("POST", QStringLiteral("/__sim/config"), config);
    }

    PortalSimulator m_simulator;
    QList<QByteArray> m_printed; // keys the CLI printed: each must appear exactly once in its output
    QList<QByteArray> m_kept;    // keys the CLI kept: never in any output
    QByteArray m_output;         // everything the CLI printed
};

void TestCliApiKey::initTestCase()
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

void TestCliApiKey::init()
{
    m_simulator.reset();
    QFile::remove(ProfileStore::defaultPath());
}

CliRun TestCliApiKey::cli(const QStringList &arguments, const QProcessEnvironment &env)
{
    const CliRun run = PortalKeys::Testing::runCli(arguments, env.isEmpty() ? environment() : env);
    m_output += run.out.toUtf8() + run.err.toUtf8();
    return run;
}

QProcessEnvironment TestCliApiKey::environment(const QByteArray &apiKey) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(adminVariable, QString::fromUtf8(PortalSimulator::adminPassword()));
    env.insert(userVariable, QString::fromUtf8(PortalSimulator::userPassword()));
    env.insert(guestVariable, QStringLiteral("guest-password"));
    if (!apiKey.isEmpty())
        env.insert(keyVariable, QString::fromLatin1(apiKey));
    return env;
}

QStringList TestCliApiKey::admin() const
{
    return {QStringLiteral("--url"),          m_simulator.httpUrl().toString(),
            QStringLiteral("--user"),         QString::fromUtf8(PortalSimulator::adminEmail()),
            QStringLiteral("--password-env"), adminVariable};
}

QStringList TestCliApiKey::user() const
{
    return {QStringLiteral("--url"),          m_simulator.httpUrl().toString(),
            QStringLiteral("--user"),         QString::fromUtf8(PortalSimulator::userEmail()),
            QStringLiteral("--password-env"), userVariable};
}

QStringList TestCliApiKey::guest() const
{
    return {QStringLiteral("--url"),          m_simulator.httpUrl().toString(),
            QStringLiteral("--user"),         QStringLiteral("guest@example.com"),
            QStringLiteral("--password-env"), guestVariable};
}

QJsonArray TestCliApiKey::listJson()
{
    const CliRun run = cli(
        QStringList{QStringLiteral("apikey"), QStringLiteral("list"), QStringLiteral("--json")} + admin());
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(describe(run)));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject TestCliApiKey::keyNamed(const QString &name)
{
    for (const QJsonValue &key : listJson()) {
        if (key.toObject().value(QLatin1String("name")).toString() == name)
            return key.toObject();
    }
    return {};
}

QByteArray TestCliApiKey::createPrinted(const QString &name, const QStringList &more)
{
    const CliRun run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), name} + admin() + more);
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(describe(run)));
        return {};
    }
    const QByteArray key = run.out.trimmed().toLatin1();
    m_printed.append(key);
    return key;
}

std::optional<QByteArray> TestCliApiKey::keychainEntry(const QString &key)
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
    if (error.isError())
        return std::nullopt;
    return value;
}

std::optional<PortalProfile> TestCliApiKey::savedProfile(const QString &name) const
{
    const ProfileStore::LoadResult loaded = ProfileStore().load();
    const PortalProfile *found = loaded.ok() ? ProfileStore::findByName(loaded.profiles, name) : nullptr;
    return found ? std::optional<PortalProfile>(*found) : std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------

void TestCliApiKey::listShowsMaskedKeysEveryKeyForAdminsOwnForUsers()
{
    CliRun run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("list")} + admin());
    CHECK_EXIT(run, ExitCode::Success);
    for (const char *expected : {"Demo full access", "sk-***aaaa", "Read only", "files:read, files:write",
                                 "Demo user key", "Uma User", "never"})
        QVERIFY2(run.out.contains(QString::fromUtf8(expected)), qPrintable(run.out));
    QVERIFY(!run.out.contains(QString::fromLatin1(PortalSimulator::fullApiKey())));
    QCOMPARE(listJson().size(), 4);

    run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("list"), QStringLiteral("--json")} + user());
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonArray own = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().toObject().value(QLatin1String("key")).toString(), QStringLiteral("sk-***dddd"));
    QCOMPARE(own.first().toObject().value(QLatin1String("permissions")).toArray().first().toString(),
             QStringLiteral("*"));
}

void TestCliApiKey::createPrintsTheKeyOnceOnStandardOutput()
{
    const CliRun run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("CI deploy")} +
            admin() + words("--permission read --expires-in-days 30"));
    CHECK_EXIT(run, ExitCode::Success);
    const QByteArray key = run.out.trimmed().toLatin1();
    m_printed.append(key);
    // Standard output is the key and nothing else, so that a script can take it as it is.
    QVERIFY2(wholeKey.match(QString::fromLatin1(key)).hasMatch() &&
                 run.out == QString::fromLatin1(key) + QLatin1Char('\n'),
             qPrintable(run.out));
    QVERIFY(!run.err.contains(QString::fromLatin1(key)));
    QVERIFY2(run.err.contains(QStringLiteral("Created the API key “CI deploy”")) &&
                 run.err.contains(QStringLiteral("Read only")) &&
                 run.err.contains(QStringLiteral("in 30 days")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("only time the portal shows the key")));

    // The key works and is the one listed, masked.
    const CliRun whoami =
        cli({QStringLiteral("apikey"), QStringLiteral("whoami"), QStringLiteral("--url"),
             m_simulator.httpUrl().toString(), QStringLiteral("--api-key-env"), keyVariable},
            environment(key));
    CHECK_EXIT(whoami, ExitCode::Success);
    QVERIFY2(whoami.out.contains(QStringLiteral("CI deploy")) &&
                 whoami.out.contains(QStringLiteral("Read only")),
             qPrintable(whoami.out));
    QCOMPARE(keyNamed(QStringLiteral("CI deploy")).value(QLatin1String("key")).toString(),
             QStringLiteral("sk-***") + QString::fromLatin1(key.right(4)));
}

void TestCliApiKey::createJsonHoldsTheKeyAsAMember()
{
    const CliRun run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"),
                                       QStringLiteral("Reports"), QStringLiteral("--json")} +
                           admin() + words("--permission files:read,rooms:read --no-expiry"));
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QByteArray key = answer.value(QLatin1String("key")).toString().toLatin1();
    m_printed.append(key);
    QVERIFY2(wholeKey.match(QString::fromLatin1(key)).hasMatch(), qPrintable(run.out));
    QCOMPARE(answer.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(answer.value(QLatin1String("keyPostfix")).toString(), QString::fromLatin1(key.right(4)));
    QCOMPARE(answer.value(QLatin1String("permissions")).toArray(),
             (QJsonArray{QStringLiteral("files:read"), QStringLiteral("rooms:read")}));
    QVERIFY(answer.value(QLatin1String("expiresAt")).isNull());
    QVERIFY(!run.err.contains(QString::fromLatin1(key)));
}

void TestCliApiKey::storeSecretKeepsTheKeyInTheKeychainOnly()
{
    const CliRun run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Backup job")} +
            admin() + words("--store-secret backup-key --expires-in-days 90 --json"));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(!wholeKey.match(run.out + run.err).hasMatch(), "the kept key was printed");
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1String("storedAs")).toObject().value(QLatin1String("secret")).toString(),
             QStringLiteral("backup-key"));
    QVERIFY(answer.value(QLatin1String("key")).toString().startsWith(QLatin1String("sk-***")));
    const std::optional<QByteArray> stored =
        keychainEntry(NamedSecret::keychainKey(QStringLiteral("backup-key")));
    QVERIFY(stored);
    m_kept.append(*stored);
    QVERIFY(wholeKey.match(QString::fromLatin1(*stored)).hasMatch());
    QVERIFY(stored->endsWith(answer.value(QLatin1String("keyPostfix")).toString().toLatin1()));
}

void TestCliApiKey::addPortalMakesAProfileThatSignsInWithTheKey()
{
    CliRun run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Monitoring")} +
            admin() + words("--permission read --add-portal monitoring"));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(!wholeKey.match(run.out + run.err).hasMatch(), "the kept key was printed");
    QVERIFY2(run.out.contains(QStringLiteral("portalkeys-cli portal test monitoring")), qPrintable(run.out));
    const std::optional<PortalProfile> profile = savedProfile(QStringLiteral("monitoring"));
    QVERIFY(profile);
    QCOMPARE(profile->kind, CredentialKind::ApiKey);
    QCOMPARE(profile->baseUrl, m_simulator.httpUrl());
    const std::optional<QByteArray> stored = keychainEntry(profile->secretKey(SecretSlot::ApiKey));
    QVERIFY(stored);
    m_kept.append(*stored);

    run = cli(words("apikey whoami --portal monitoring --json"));
    CHECK_EXIT(run, ExitCode::Success);
    const QJsonObject self = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(self.value(QLatin1String("name")).toString(), QStringLiteral("Monitoring"));
    QCOMPARE(self.value(QLatin1String("permissions")).toArray(), QJsonArray{QStringLiteral("*:read")});
    CHECK_EXIT(cli(words("portal test monitoring")), ExitCode::Success);
}

void TestCliApiKey::addPortalWithATakenNameCreatesNothing()
{
    CHECK_EXIT(cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("First")} +
                   admin() + words("--add-portal taken")),
               ExitCode::Success);
    const int before = keyCount();
    const CliRun run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Second")} +
            admin() + words("--add-portal taken"));
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY2(run.err.contains(QStringLiteral("already a portal named “taken”")), qPrintable(run.err));
    QCOMPARE(keyCount(), before);
    if (const std::optional<PortalProfile> profile = savedProfile(QStringLiteral("taken")))
        if (const std::optional<QByteArray> stored = keychainEntry(profile->secretKey(SecretSlot::ApiKey)))
            m_kept.append(*stored);
}

void TestCliApiKey::expiringWithinExitsOneForExpiringAndExpiredKeys()
{
    const QStringList expiring = QStringList{QStringLiteral("apikey"), QStringLiteral("list")} + admin() +
                                 QStringList{QStringLiteral("--expiring-within")};
    CliRun run = cli(expiring + QStringList{QStringLiteral("30")});
    CHECK_EXIT(run, ExitCode::Success); // the demo keys never expire
    QVERIFY(run.out.contains(QStringLiteral("No API key")));

    QVERIFY(!createPrinted(QStringLiteral("Short-lived"), words("--expires-in-days 3")).isEmpty());
    run = cli(expiring + QStringList{QStringLiteral("7")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.out.contains(QStringLiteral("Short-lived")) && !run.out.contains(QStringLiteral("Demo")),
             qPrintable(run.out));
    CHECK_EXIT(cli(expiring + QStringList{QStringLiteral("2")}), ExitCode::Success);
    run = cli(expiring + QStringList{QStringLiteral("7"), QStringLiteral("--json")});
    CHECK_EXIT(run, ExitCode::Negative);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);

    // A key that has expired counts too, whatever the window (the portal's own list, as it reports one).
    m_simulator.reset();
    const QString expired = QStringLiteral(R"({"response": [{"id": "7d0c2a52-3b1e-4f55-9a63-0a1b2c3d4e5f",
        "name": "Old import", "key": "sk-***0f0f", "keyPostfix": "0f0f", "permissions": [],
        "createOn": "2025-01-01T00:00:00.0000000+00:00", "expiresAt": "2025-02-01T00:00:00.0000000+00:00",
        "isActive": false}], "count": 1, "links": [], "status": 0, "statusCode": 200})");
    m_simulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                          {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                          {QStringLiteral("status"), 200},
                          {QStringLiteral("body"), expired}});
    run = cli(expiring + QStringList{QStringLiteral("0")});
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.out.contains(QStringLiteral("Old import")) && run.out.contains(QStringLiteral("expired")),
             qPrintable(run.out));

    CHECK_EXIT(cli(expiring + QStringList{QStringLiteral("-1")}), ExitCode::Usage);
    CHECK_EXIT(cli(expiring + QStringList{QStringLiteral("soon")}), ExitCode::Usage);
}

void TestCliApiKey::updateRenamesAndReplacesPermissions()
{
    QVERIFY(!createPrinted(QStringLiteral("Sync"), words("--permission files:read")).isEmpty());
    const QString id = keyNamed(QStringLiteral("Sync")).value(QLatin1String("id")).toString();
    CliRun run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("update"), id} + admin() +
                     words("--name Sync-v2 --permission files:write --permission rooms:read"));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Sync-v2")), qPrintable(run.out));
    const QJsonObject updated = keyNamed(QStringLiteral("Sync-v2"));
    QCOMPARE(updated.value(QLatin1String("id")).toString(), id);
    QCOMPARE(updated.value(QLatin1String("permissions")).toArray(),
             (QJsonArray{QStringLiteral("files:write"), QStringLiteral("rooms:read")}));

    // A permission the portal does not know is refused before anything is sent.
    run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("update"), id} + admin() +
              words("--permission mail:read"));
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("mail:read")));
    // An ID the portal does not know.
    run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("update"),
                          QStringLiteral("0b5c7a0e-1111-2222-3333-444455556666")} +
              admin() + words("--name Nobody"));
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("no API key with the ID")), qPrintable(run.err));
}

void TestCliApiKey::disableAndEnable()
{
    const QByteArray key = createPrinted(QStringLiteral("Switchable"));
    QVERIFY(!key.isEmpty());
    const QString id = keyNamed(QStringLiteral("Switchable")).value(QLatin1String("id")).toString();
    const QStringList whoami{QStringLiteral("apikey"),        QStringLiteral("whoami"),
                             QStringLiteral("--url"),         m_simulator.httpUrl().toString(),
                             QStringLiteral("--api-key-env"), keyVariable};

    CliRun run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("disable"), id} + admin());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("off")));
    QCOMPARE(keyNamed(QStringLiteral("Switchable")).value(QLatin1String("isActive")).toBool(), false);
    CHECK_EXIT(cli(whoami, environment(key)), ExitCode::Authentication);

    CHECK_EXIT(
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("enable"), id, QStringLiteral("--yes")} +
            admin()),
        ExitCode::Success);
    CHECK_EXIT(cli(whoami, environment(key)), ExitCode::Success);
}

void TestCliApiKey::deleteNeedsYesWithoutATerminal()
{
    QVERIFY(!createPrinted(QStringLiteral("Doomed")).isEmpty());
    const QString id = keyNamed(QStringLiteral("Doomed")).value(QLatin1String("id")).toString();
    const int requestsBefore = int(m_simulator.requests().size());
    CliRun run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("delete"), id} + admin());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("--yes")));
    QCOMPARE(int(m_simulator.requests().size()), requestsBefore); // nothing was sent
    QVERIFY(!keyNamed(QStringLiteral("Doomed")).isEmpty());

    run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("delete"), id, QStringLiteral("--yes")} +
              admin());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("Deleted the API key “Doomed”")));
    QVERIFY(keyNamed(QStringLiteral("Doomed")).isEmpty());
    run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("delete"), id, QStringLiteral("--yes")} +
              admin());
    CHECK_EXIT(run, ExitCode::Negative);
}

void TestCliApiKey::falseFromThePortalIsReported()
{
    // A user cannot see the admin's keys; the portal answers false for them, which is no success.
    const QString adminKey =
        keyNamed(QStringLiteral("Demo full access")).value(QLatin1String("id")).toString();
    CliRun run = cli(
        QStringList{QStringLiteral("apikey"), QStringLiteral("delete"), adminKey, QStringLiteral("--yes")} +
        user());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("belongs to another user")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("disable"), adminKey} + user());
    CHECK_EXIT(run, ExitCode::Negative);
    QVERIFY2(run.err.contains(QStringLiteral("has expired, or it belongs to another user")),
             qPrintable(run.err));
    QCOMPARE(keyNamed(QStringLiteral("Demo full access")).value(QLatin1String("isActive")).toBool(), true);
}

void TestCliApiKey::whoamiNamesTheKey()
{
    CliRun run = cli({QStringLiteral("apikey"), QStringLiteral("whoami"), QStringLiteral("--url"),
                      m_simulator.httpUrl().toString(), QStringLiteral("--api-key-env"), keyVariable},
                     environment(PortalSimulator::filesOnlyApiKey()));
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.out.contains(QStringLiteral("Demo files only")) &&
                 run.out.contains(QStringLiteral("sk-***cccc")) &&
                 run.out.contains(QStringLiteral("files:read, files:write")),
             qPrintable(run.out));
    run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("whoami")} + admin());
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.err.contains(QStringLiteral("not with an API key")));
}

void TestCliApiKey::refusalsHaveTheirOwnMessages()
{
    CliRun run = cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Mine")} +
                     guest());
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(QStringLiteral("Guests cannot create API keys")), qPrintable(run.err));

    configure({{QStringLiteral("limited_dev_tools"), true}});
    run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Mine")} + user());
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(QStringLiteral("limits developer tools")), qPrintable(run.err));

    m_simulator.reset();
    configure({{QStringLiteral("key_create_limit"), 1}});
    QVERIFY(!createPrinted(QStringLiteral("One")).isEmpty());
    run =
        cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Two")} + admin());
    CHECK_EXIT(run, ExitCode::Network);
    QVERIFY2(run.err.contains(QStringLiteral("only a few new API keys")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // An API key without "*:write" may read keys but not make them.
    run = cli({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("From a key"),
               QStringLiteral("--url"), m_simulator.httpUrl().toString(), QStringLiteral("--api-key-env"),
               keyVariable},
              environment(PortalSimulator::readOnlyApiKey()));
    CHECK_EXIT(run, ExitCode::Authentication);
    QVERIFY2(run.err.contains(QStringLiteral("“*:write”")), qPrintable(run.err));
}

void TestCliApiKey::usageMistakesSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("name too long") << QStringList{QStringLiteral("create"), QString(31, QLatin1Char('n'))};
    QTest::newRow("zero days") << (QStringList{QStringLiteral("create"), QStringLiteral("k")} +
                                   words("--expires-in-days 0"));
    QTest::newRow("366 days") << (QStringList{QStringLiteral("create"), QStringLiteral("k")} +
                                  words("--expires-in-days 366"));
    QTest::newRow("both expiries") << (QStringList{QStringLiteral("create"), QStringLiteral("k")} +
                                       words("--expires-in-days 5 --no-expiry"));
    QTest::newRow("kept twice") << (QStringList{QStringLiteral("create"), QStringLiteral("k")} +
                                    words("--store-secret a --add-portal b"));
    QTest::newRow("all and more") << (QStringList{QStringLiteral("create"), QStringLiteral("k")} +
                                      words("--permission all --permission files:read"));
    QTest::newRow("unknown permission")
        << (QStringList{QStringLiteral("create"), QStringLiteral("k")} + words("--permission mail:read"));
    QTest::newRow("bad secret name") << (QStringList{QStringLiteral("create"), QStringLiteral("k"),
                                                     QStringLiteral("--store-secret"),
                                                     QString(101, QLatin1Char('s'))});
    QTest::newRow("not an id") << QStringList{QStringLiteral("delete"), QStringLiteral("42"),
                                              QStringLiteral("--yes")};
    QTest::newRow("nothing to update")
        << QStringList{QStringLiteral("update"), QStringLiteral("0b5c7a0e-1111-2222-3333-444455556666")};
}

void TestCliApiKey::usageMistakesSendNothing()
{
    QFETCH(QStringList, arguments);
    const int before = keyCount();
    m_simulator.reset();
    const CliRun run = cli(QStringList{QStringLiteral("apikey")} + arguments + admin());
    CHECK_EXIT(run, ExitCode::Usage);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    const QJsonArray requests = m_simulator.requests();
    for (const QJsonValue &request : requests)
        QVERIFY2(request.toObject().value(QLatin1String("method")).toString() == QLatin1String("GET"),
                 "a change was sent");
    QCOMPARE(keyCount(), before);
}

void TestCliApiKey::noKeychainMeansNoKeyIsMade()
{
    QProcessEnvironment noKeychain = environment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/bus"));
    noKeychain.remove(QStringLiteral("DISPLAY"));
    const int before = keyCount();
    for (const char *keep : {"--store-secret nokeychain", "--add-portal nokeychain"}) {
        const CliRun run =
            cli(QStringList{QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("Kept")} +
                    admin() + words(keep),
                noKeychain);
        CHECK_EXIT(run, ExitCode::Keychain);
        QVERIFY(!wholeKey.match(run.out + run.err).hasMatch());
    }
    QCOMPARE(keyCount(), before);
    QVERIFY(!savedProfile(QStringLiteral("nokeychain")));
}

void TestCliApiKey::createdKeysNeverReachDiskOrAreRepeated()
{
    QVERIFY(!m_printed.isEmpty() && !m_kept.isEmpty());
    for (const QByteArray &key : std::as_const(m_printed))
        QVERIFY2(m_output.count(key) == 1, "a printed key was printed more than once");
    for (const QByteArray &key : std::as_const(m_kept))
        QVERIFY2(!m_output.contains(key), "a kept key was printed");
    const PortalKeys::Testing::DiskScan scan = PortalKeys::Testing::scanHomeForSecrets(m_printed + m_kept);
    QVERIFY2(scan.leak.isEmpty(), qPrintable(scan.leak));
    QVERIFY(scan.filesRead > 0);
    // Nor does the portal's log (it logs requests without their bodies or header values).
    const QByteArray log = m_simulator.takeLog();
    for (const QByteArray &key : m_printed + m_kept)
        QVERIFY2(!log.contains(key), "a created key is in the simulator's log");
}

QTEST_GUILESS_MAIN(TestCliApiKey)
#include "tst_cliapikey.moc"
