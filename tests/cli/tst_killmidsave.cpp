// A process killed (SIGKILL) at any moment while saving leaves the old file or the new one, never a damaged
// or empty one, and the keychain and the lists never disagree in a way the next start cannot repair.
// Writers are killed after a random delay, many times: a small helper that saves in a loop through the code
// the app uses (support/list_writer.cpp), and the real portalkeys-cli against the private test keyring.
#include "common/ListFile.h"
#include "drafts/DraftStore.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainRepair.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJournal.h"
#include "support/CliRunner.h"
#include "support/KeychainProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace PortalKeys;
using PortalKeys::Testing::CliRun;
using PortalKeys::Testing::KeychainProbe;
using PortalKeys::Testing::probeKeychain;

namespace {

constexpr int kills = 100;
#if defined(__SANITIZE_ADDRESS__)
constexpr int startupSlowdown = 20; // a sanitized writer needs far longer to start and to write
#else
constexpr int startupSlowdown = 1;
#endif
const QString secretVariable = QStringLiteral("PK_TEST_SECRET");

// Starts `program`, kills it after a random delay of up to `maxDelayMs`, and waits until it is gone.
void startAndKill(const QString &program, const QStringList &arguments, int maxDelayMs,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForStarted();
    const bool writer = program == QLatin1String(PORTALKEYS_LISTWRITER_PATH);
    QThread::msleep(QRandomGenerator::global()->bounded(maxDelayMs * (writer ? startupSlowdown : 1) + 1));
    process.kill(); // SIGKILL: no destructor, no QSaveFile clean-up, no unlock
    process.waitForFinished();
}

// The names w1 … wk that list_writer gives, in order, or an explanation of what is wrong with them.
QString checkSequence(const QStringList &names, qsizetype *length)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i) != QStringLiteral("w%1").arg(i + 1))
            return QStringLiteral("entry %1 is “%2”").arg(i + 1).arg(names.at(i));
    }
    *length = names.size();
    return {};
}

QByteArray pattern(char seed, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + (i * 7) % 23);
    return bytes;
}

// A journal record of a process that has ended, as a killed writer leaves it.
void addEndedRecord(const QString &key)
{
    QProcess finished;
    finished.start(QStringLiteral("true"), QStringList());
    finished.waitForStarted();
    const qint64 deadPid = finished.processId();
    finished.waitForFinished();
    SecretJournal::Record record;
    record.key = key;
    record.pid = deadPid;
    record.host = QSysInfo::machineHostName();
    record.boot = QSysInfo::bootUniqueId();
    record.time = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    const QString path = SecretJournal::defaultPath();
    ListFile(path, QStringLiteral("keys"), SecretJournal::formatVersion, path)
        .update([&record](QJsonArray &entries) {
            entries.append(record.toJson());
            return QString();
        });
}

// Replaces this test process's own journal records (alive, so never looked at) by ended ones.
void endOwnRecords()
{
    const SecretJournal journal;
    QList<SecretJournal::Record> mine;
    for (const SecretJournal::Record &record : journal.read().records) {
        if (record.pid == QCoreApplication::applicationPid())
            mine.append(record);
    }
    journal.forget(mine);
    for (const SecretJournal::Record &record : std::as_const(mine))
        addEndedRecord(record.key);
}

bool storeSecret(const QString &key, const QByteArray &value)
{
    KeychainSecretStore store;
    QObject context;
    QEventLoop loop;
    bool ok = false;
    store.write(key, value, &context, [&](const SecretError &error) {
        ok = !error.isError();
        loop.quit();
    });
    loop.exec();
    return ok;
}

// As a writer killed between the keychain and the list leaves it: `key` stored and journaled, no portal
// listed (the record is this process's until endOwnRecords()).
bool leaveOrphan(const QString &key)
{
    QFile::remove(Portal::ProfileStore::defaultPath());
    QFile::remove(SecretJournal::defaultPath());
    return storeSecret(key, "sk-orphaned-by-a-kill");
}

} // namespace

class TestKillMidSave : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedListWriterLeavesOldOrNewList_data();
    void killedListWriterLeavesOldOrNewList();
    void killedFileWriterLeavesOldOrNewFile();
    void killedPortalAddLeavesNothingHalfDone();
    void killedDraftSaveLeavesNothingHalfDone();
    void secretWithoutEntryIsRemovedOnNextStart();
    void theAppRemovesItOnceItsWindowIsShown();
    void entryWithoutSecretIsListedAndExplained();

private:
    bool m_keyring = false;
};

void TestKillMidSave::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    QVERIFY2(QFile::exists(QStringLiteral(PORTALKEYS_LISTWRITER_PATH)), "portalkeys_listwriter is not built");
    m_keyring = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void TestKillMidSave::killedListWriterLeavesOldOrNewList_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("portal list") << QStringLiteral("portals");
    QTest::newRow("drafts list") << QStringLiteral("drafts");
}

void TestKillMidSave::killedListWriterLeavesOldOrNewList()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(kind + QStringLiteral(".json"));
    qsizetype kept = 0;
    for (int round = 0; round < kills; ++round) {
        startAndKill(QStringLiteral(PORTALKEYS_LISTWRITER_PATH), {kind, path}, 50);
        QStringList names;
        QString error;
        if (kind == QLatin1String("portals")) {
            const Portal::ProfileStore::LoadResult loaded = Portal::ProfileStore(path).load();
            error = loaded.error;
            for (const Portal::PortalProfile &profile : loaded.profiles)
                names.append(profile.name);
        } else {
            const Drafts::DraftStore::LoadResult loaded = Drafts::DraftStore(path).load();
            error = loaded.error;
            for (const Drafts::Draft &draft : loaded.drafts)
                names.append(draft.title);
        }
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("after kill %1: %2").arg(round + 1).arg(error)));
        qsizetype length = 0;
        const QString wrong = checkSequence(names, &length);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("after kill %1: %2").arg(round + 1).arg(wrong)));
        // Whatever a killed writer had written completely is still there.
        QVERIFY2(
            length >= kept,
            qPrintable(
                QStringLiteral("after kill %1: %2 entries, %3 before").arg(round + 1).arg(length).arg(kept)));
        kept = length;
    }
    QVERIFY2(kept > 0, "the writer never got to write; the test proves nothing");
    // A lock left by a killed writer does not block the next change.
    QElapsedTimer timer;
    timer.start();
    const ListFile::Read unchanged =
        ListFile(path, kind, 1, path).update([](QJsonArray &) { return QString(); });
    QVERIFY2(unchanged.ok(), qPrintable(unchanged.error));
    QVERIFY(timer.elapsed() < 5000);
}

void TestKillMidSave::killedFileWriterLeavesOldOrNewFile()
{
    // Bundle-sized contents; AtomicFile writes bundles, OAuth app drafts and the lists alike.
    QTemporaryDir dir;
    const QByteArray first = pattern('a', 700 * 1024);
    const QByteArray second = pattern('K', 1100 * 1024);
    const QString firstPath = dir.filePath(QStringLiteral("first"));
    const QString secondPath = dir.filePath(QStringLiteral("second"));
    for (const auto &[path, content] : {qMakePair(firstPath, first), qMakePair(secondPath, second)}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString target = dir.filePath(QStringLiteral("export.pkbundle"));
    QFile::copy(firstPath, target);
    int sawSecond = 0;
    for (int round = 0; round < kills; ++round) {
        startAndKill(QStringLiteral(PORTALKEYS_LISTWRITER_PATH),
                     {QStringLiteral("file"), target, firstPath, secondPath}, 50);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray now = file.readAll();
        QVERIFY2(now == first || now == second,
                 qPrintable(QStringLiteral("after kill %1: %2 bytes, neither the old nor the new file")
                                .arg(round + 1)
                                .arg(now.size())));
        sawSecond += now == second ? 1 : 0;
    }
    QVERIFY2(sawSecond > 0, "the writer never got to write; the test proves nothing");
}

void TestKillMidSave::killedPortalAddLeavesNothingHalfDone()
{
    if (!m_keyring)
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    QFile::remove(Portal::ProfileStore::defaultPath());
    QFile::remove(SecretJournal::defaultPath());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(secretVariable, QStringLiteral("sk-") + QString(64, QLatin1Char('a')));
    const auto add = [](int i) {
        return QStringList{QStringLiteral("portal"),
                           QStringLiteral("add"),
                           QStringLiteral("k%1").arg(i),
                           QStringLiteral("--url"),
                           QStringLiteral("https://k%1.example.com").arg(i),
                           QStringLiteral("--auth"),
                           QStringLiteral("apikey"),
                           QStringLiteral("--secret-env"),
                           secretVariable};
    };
    // Kills spread over the whole run: start-up, keychain, list.
    QElapsedTimer timer;
    timer.start();
    CHECK_EXIT(PortalKeys::Testing::runCli(add(0), environment), ExitCode::Success);
    const int runMs = int(qMax<qint64>(50, timer.elapsed()));
    for (int i = 1; i <= kills; ++i) {
        startAndKill(QStringLiteral(PORTALKEYS_CLI_PATH), add(i), runMs, environment);
        const Portal::ProfileStore::LoadResult loaded = Portal::ProfileStore().load();
        QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(loaded.error)));
    }
    const QList<SecretJournal::Record> journaled = SecretJournal().read().records;

    // The next start repairs: every listed portal has its key, no key is left without its portal.
    CHECK_EXIT(PortalKeys::Testing::runCli({QStringLiteral("portal"), QStringLiteral("list")}, environment),
               ExitCode::Success);
    const Portal::ProfileStore::LoadResult loaded = Portal::ProfileStore().load();
    QVERIFY(loaded.ok());
    QSet<QString> listedKeys;
    for (const Portal::PortalProfile &profile : loaded.profiles) {
        listedKeys.insert(profile.secretKey(Portal::SecretSlot::ApiKey));
        const KeychainProbe probe = probeKeychain(profile.secretKey(Portal::SecretSlot::ApiKey));
        QVERIFY2(probe.state == KeychainProbe::State::Stored, qPrintable(profile.name + probe.error));
    }
    int orphans = 0;
    for (const SecretJournal::Record &record : journaled) {
        if (listedKeys.contains(record.key))
            continue;
        ++orphans;
        const KeychainProbe probe = probeKeychain(record.key);
        QVERIFY2(probe.state == KeychainProbe::State::Missing, qPrintable(record.key + probe.error));
    }
    qInfo("%lld of %d killed adds were listed; %d keys without a portal were looked at",
          qlonglong(loaded.profiles.size() - 1), kills, orphans);
    QVERIFY(!KeychainRepair::needed());
}

void TestKillMidSave::killedDraftSaveLeavesNothingHalfDone()
{
    if (!m_keyring)
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    QFile::remove(Drafts::DraftStore::defaultPath());
    QFile::remove(SecretJournal::defaultPath());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(secretVariable, QStringLiteral("GOCSPX-kill-test-secret"));
    const auto set = [](int i) {
        return QStringList{
            QStringLiteral("services"),
            QStringLiteral("set"),
            QStringLiteral("google"),
            QStringLiteral("--offline"),
            QStringLiteral("--prop"),
            QStringLiteral("googleClientId=123456789012-kill%1.apps.googleusercontent.com").arg(i),
            QStringLiteral("--prop-env"),
            QStringLiteral("googleClientSecret=") + secretVariable};
    };
    QElapsedTimer timer;
    timer.start();
    CHECK_EXIT(PortalKeys::Testing::runCli(set(0), environment), ExitCode::Success);
    const int runMs = int(qMax<qint64>(50, timer.elapsed()));
    QFile::remove(Drafts::DraftStore::defaultPath()); // the killed runs start from no draft, as a new user
    for (int i = 1; i <= kills; ++i) {
        startAndKill(QStringLiteral(PORTALKEYS_CLI_PATH), set(i), runMs, environment);
        const Drafts::DraftStore::LoadResult loaded = Drafts::DraftStore().load();
        QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(loaded.error)));
    }
    const QList<SecretJournal::Record> journaled = SecretJournal().read().records;
    CHECK_EXIT(PortalKeys::Testing::runCli({QStringLiteral("services"), QStringLiteral("show"),
                                            QStringLiteral("google"), QStringLiteral("--offline")},
                                           environment),
               ExitCode::Success);
    const Drafts::DraftStore::LoadResult loaded = Drafts::DraftStore().load();
    QVERIFY(loaded.ok());
    QSet<QString> listedKeys;
    for (const Drafts::Draft &draft : loaded.drafts) {
        for (const QString &name : draft.keyNames) {
            listedKeys.insert(draft.secretKey(name));
            const KeychainProbe probe = probeKeychain(draft.secretKey(name));
            QVERIFY2(probe.state == KeychainProbe::State::Stored, qPrintable(name + probe.error));
        }
    }
    for (const SecretJournal::Record &record : journaled) {
        if (!listedKeys.contains(record.key)) {
            const KeychainProbe probe = probeKeychain(record.key);
            QVERIFY2(probe.state == KeychainProbe::State::Missing, qPrintable(record.key + probe.error));
        }
    }
    QVERIFY(!KeychainRepair::needed());
}

void TestKillMidSave::secretWithoutEntryIsRemovedOnNextStart()
{
    if (!m_keyring)
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    const QString orphan = QStringLiteral("portal/7f0c7b43-0000-4000-8000-00000000dead/apiKey");
    QVERIFY(leaveOrphan(orphan));
    // And a portal that was saved completely, whose record is still in the journal.
    CHECK_EXIT(PortalKeys::Testing::runCli(
                   {QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("kept"),
                    QStringLiteral("--url"), QStringLiteral("https://kept.example.com"),
                    QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--user"),
                    QStringLiteral("admin@example.com"), QStringLiteral("--secret-env"), secretVariable},
                   [] {
                       QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                       environment.insert(secretVariable, QStringLiteral("kept-password"));
                       return environment;
                   }()),
               ExitCode::Success);
    // The command settled its own record when it ended; as if it had been killed right after the list.
    QVERIFY(SecretJournal().read().records.size() == 1);
    addEndedRecord(
        Portal::ProfileStore().load().profiles.constFirst().secretKey(Portal::SecretSlot::Password));
    endOwnRecords();
    QVERIFY(KeychainRepair::needed());

    const CliRun run = PortalKeys::Testing::runCli({QStringLiteral("portal"), QStringLiteral("list")},
                                                   QProcessEnvironment::systemEnvironment());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.contains(QStringLiteral("Removed 1 keychain entry left behind by an interrupted save")),
             qPrintable(run.err));
    QCOMPARE(probeKeychain(orphan).state, KeychainProbe::State::Missing);
    const Portal::ProfileStore::LoadResult loaded = Portal::ProfileStore().load();
    QCOMPARE(loaded.profiles.size(), 1);
    const KeychainProbe kept =
        probeKeychain(loaded.profiles.constFirst().secretKey(Portal::SecretSlot::Password));
    QCOMPARE(kept.state, KeychainProbe::State::Stored);
    QVERIFY(!KeychainRepair::needed());
    QVERIFY(SecretJournal().read().records.isEmpty());

    // Nothing more to do on the start after.
    const CliRun again = PortalKeys::Testing::runCli({QStringLiteral("portal"), QStringLiteral("list")},
                                                     QProcessEnvironment::systemEnvironment());
    QVERIFY2(!again.err.contains(QStringLiteral("Removed")), qPrintable(again.err));
}

void TestKillMidSave::theAppRemovesItOnceItsWindowIsShown()
{
#ifndef PORTALKEYS_GUI_PATH
    QSKIP("The app is not built.");
#else
    if (!m_keyring)
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    const QString orphan = QStringLiteral("portal/7f0c7b43-0000-4000-8000-00000000beef/apiKey");
    QVERIFY(leaveOrphan(orphan));
    endOwnRecords();
    QVERIFY(KeychainRepair::needed());

    // The app repairs once its first frame is drawn, reading its files on a worker thread.
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(PORTALKEYS_GUI_PATH), QStringList());
    QVERIFY(app.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(probeKeychain(orphan).state == KeychainProbe::State::Missing, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(SecretJournal().read().records.isEmpty(), 10000);
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
#endif
}

void TestKillMidSave::entryWithoutSecretIsListedAndExplained()
{
    if (!m_keyring)
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    QFile::remove(Portal::ProfileStore::defaultPath());
    // As a writer killed between removing the secrets and the entry leaves it.
    const Portal::PortalProfile lost = Portal::PortalProfile::create(
        QStringLiteral("lost"), QUrl(QStringLiteral("http://127.0.0.1:9")), Portal::CredentialKind::ApiKey);
    QVERIFY(Portal::ProfileStore()
                .update([&lost](QList<Portal::PortalProfile> &profiles) {
                    profiles.append(lost);
                    return QString();
                })
                .ok());
    const CliRun list = PortalKeys::Testing::runCli({QStringLiteral("portal"), QStringLiteral("list")},
                                                    QProcessEnvironment::systemEnvironment());
    CHECK_EXIT(list, ExitCode::Success);
    QVERIFY(list.out.contains(QStringLiteral("lost")));
    const CliRun test = PortalKeys::Testing::runCli(
        {QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("lost")},
        QProcessEnvironment::systemEnvironment());
    CHECK_EXIT(test, ExitCode::Authentication);
    QVERIFY2(test.err.contains(QStringLiteral("No API key is stored for the portal “lost”")),
             qPrintable(test.err));
}

QTEST_GUILESS_MAIN(TestKillMidSave)
#include "tst_killmidsave.moc"
