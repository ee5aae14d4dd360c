// The keychain journal and the repair at start: a secret that a killed save left without its list entry is
// removed; secrets that an entry owns, and those of saves still running, are kept.
#include "drafts/DraftStore.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainRepair.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJournal.h"

#include "common/ListFile.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalKeys;

namespace {

qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), QStringList());
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

class TestKeychainRepair : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    KeychainRepair::Paths m_paths;

    // A record as a process with `pid` left it.
    void journal(const QString &key, qint64 pid, QDateTime time = QDateTime::currentDateTimeUtc())
    {
        SecretJournal::Record record;
        record.key = key;
        record.pid = pid;
        record.host = QSysInfo::machineHostName();
        record.boot = QSysInfo::bootUniqueId();
        record.time = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
        QVERIFY(ListFile(m_paths.journal, QStringLiteral("keys"), 1, m_paths.journal)
                    .update([&record](QJsonArray &entries) {
                        entries.append(record.toJson());
                        return QString();
                    })
                    .ok());
    }

    void store(MemorySecretStore &secrets, const QString &key)
    {
        QObject context;
        bool done = false;
        secrets.write(key, "value of " + key.toUtf8(), &context,
                      [&done](const SecretError &) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 2000));
    }

    KeychainRepair::Report repair(SecretStore &secrets)
    {
        QObject context;
        std::optional<KeychainRepair::Report> report;
        KeychainRepair::run(
            secrets, &context, [&report](const KeychainRepair::Report &r) { report = r; }, m_paths);
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, 5000))
            return {0, 0, QStringLiteral("<timed out>")};
        return *report;
    }

private slots:
    void init()
    {
        static int run = 0;
        const QString folder = m_dir.filePath(QString::number(++run));
        m_paths = {folder + QStringLiteral("/keychain-journal.json"),
                   folder + QStringLiteral("/portals.json"), folder + QStringLiteral("/drafts.json")};
    }

    void journalRecordsThisProcessAndForgets()
    {
        const SecretJournal journal(m_paths.journal);
        QCOMPARE(journal.record({QStringLiteral("portal/p1/apiKey"), QStringLiteral("jwt/other/key"),
                                 QStringLiteral("portal/p1/apiKey")}),
                 QString());
        SecretJournal::Read read = journal.read();
        QVERIFY(read.ok());
        QCOMPARE(read.records.size(), 1); // other kinds of keys are not journaled; no key twice
        const SecretJournal::Record record = read.records.constFirst();
        QCOMPARE(record.key, QStringLiteral("portal/p1/apiKey"));
        QCOMPARE(record.pid, QCoreApplication::applicationPid());
        QVERIFY(!record.writerEnded()); // this process runs
        QCOMPARE(journal.forget({record}), QString());
        QVERIFY(journal.read().records.isEmpty());
        // The file holds names only.
        QFile file(m_paths.journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("value"));
    }

    void writerEndedWhenItsProcessIsGoneOrTheRecordIsOld()
    {
        SecretJournal::Record record;
        record.key = QStringLiteral("draft/d/k");
        record.host = QSysInfo::machineHostName();
        record.boot = QSysInfo::bootUniqueId();
        record.time = QDateTime::currentDateTimeUtc();
        record.pid = endedProcessId();
        QVERIFY(record.writerEnded());
        record.pid = QCoreApplication::applicationPid();
        QVERIFY(!record.writerEnded());
        record.time = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(record.writerEnded());
        // Another computer sharing the folder: running, unless too old.
        record.time = QDateTime::currentDateTimeUtc();
        record.host = QStringLiteral("elsewhere.example.com");
        record.pid = endedProcessId();
        QVERIFY(!record.writerEnded());
    }

    void orphansAreRemovedOwnedAndRunningAreKept()
    {
        Portal::PortalProfile portal = Portal::PortalProfile::create(
            QStringLiteral("prod"), QUrl(QStringLiteral("https://prod.example.com")),
            Portal::CredentialKind::ApiKey);
        QVERIFY(Portal::ProfileStore(m_paths.portals)
                    .update([&portal](QList<Portal::PortalProfile> &profiles) {
                        profiles.append(portal);
                        return QString();
                    })
                    .ok());
        Drafts::Draft draft = Drafts::Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                                                    {QStringLiteral("googleClientId")});
        QVERIFY(Drafts::DraftStore(m_paths.drafts)
                    .update([&draft](QList<Drafts::Draft> &drafts) {
                        drafts.append(draft);
                        return QString();
                    })
                    .ok());
        const QString ownedPortal = portal.secretKey(Portal::SecretSlot::ApiKey);
        const QString otherSlot = portal.secretKey(Portal::SecretSlot::Password); // not used by an API key
        const QString unlistedPortal = QStringLiteral("portal/11111111-2222-3333-4444-555555555555/apiKey");
        const QString ownedDraft = draft.secretKey(QStringLiteral("googleClientId"));
        const QString droppedDraftKey = draft.secretKey(QStringLiteral("googleClientSecret"));
        const QString unlistedDraft = Drafts::Draft::secretKey(QStringLiteral("gone"), QStringLiteral("a"));
        const QString running = QStringLiteral("portal/99999999-2222-3333-4444-555555555555/apiKey");
        const QString notOurs = QStringLiteral("jwt/signing/key");
        MemorySecretStore secrets;
        for (const QString &key : {ownedPortal, otherSlot, unlistedPortal, ownedDraft, droppedDraftKey,
                                   unlistedDraft, running, notOurs})
            store(secrets, key);
        const qint64 dead = endedProcessId();
        for (const QString &key :
             {ownedPortal, otherSlot, unlistedPortal, ownedDraft, droppedDraftKey, unlistedDraft, notOurs})
            journal(key, dead);
        journal(running, QCoreApplication::applicationPid());       // a save going on right now
        journal(unlistedDraft, QCoreApplication::applicationPid()); // … that also touches this key

        QVERIFY(KeychainRepair::needed(m_paths));
        const KeychainRepair::Report report = repair(secrets);
        QCOMPARE(report.error, QString());
        QCOMPARE(report.removed, 3);
        QVERIFY(secrets.contains(ownedPortal));
        QVERIFY(!secrets.contains(otherSlot));
        QVERIFY(!secrets.contains(unlistedPortal));
        QVERIFY(secrets.contains(ownedDraft));
        QVERIFY(!secrets.contains(droppedDraftKey));
        QVERIFY(secrets.contains(unlistedDraft)); // a running save journaled it too: later
        QVERIFY(secrets.contains(running));
        QVERIFY(secrets.contains(notOurs));
        QCOMPARE(KeychainRepair::summary(report),
                 QStringLiteral("Removed 3 keychain entries left behind by an interrupted save."));

        // What stays in the journal: the running save's records, and the one it shares a key with.
        QStringList left;
        for (const SecretJournal::Record &record : SecretJournal(m_paths.journal).read().records)
            left.append(record.key);
        left.sort();
        QStringList expected{running, unlistedDraft, unlistedDraft};
        expected.sort();
        QCOMPARE(left, expected);
    }

    void nothingIsRemovedWhenAListCannotBeRead()
    {
        MemorySecretStore secrets;
        const QString key = QStringLiteral("portal/11111111-2222-3333-4444-555555555555/apiKey");
        store(secrets, key);
        journal(key, endedProcessId());
        QFile damaged(m_paths.drafts);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": 1, \"drafts\": [");
        damaged.close();
        const KeychainRepair::Report report = repair(secrets);
        QVERIFY2(report.error.contains(QStringLiteral("damaged")), qPrintable(report.error));
        QCOMPARE(report.removed, 0);
        QVERIFY(secrets.contains(key));
        QCOMPARE(SecretJournal(m_paths.journal).read().records.size(), 1);
    }

    void aKeyTheKeychainWillNotRemoveStaysJournaled()
    {
        MemorySecretStore secrets;
        const QString key = QStringLiteral("portal/11111111-2222-3333-4444-555555555555/apiKey");
        store(secrets, key);
        journal(key, endedProcessId());
        secrets.failWith(SecretError::accessDenied(QString()));
        const KeychainRepair::Report report = repair(secrets);
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(report.removed, 0);
        QCOMPARE(SecretJournal(m_paths.journal).read().records.size(), 1); // tried again next time
    }

    void nothingToDoWithoutEndedRecords()
    {
        QVERIFY(!KeychainRepair::needed(m_paths)); // no journal at all
        QCOMPARE(SecretJournal(m_paths.journal).record({QStringLiteral("draft/d/k")}), QString());
        QVERIFY(!KeychainRepair::needed(m_paths)); // only this running process
    }

    void aProcessSettlesItsOwnRecordsWhenItEnds()
    {
        Portal::PortalProfile portal = Portal::PortalProfile::create(
            QStringLiteral("prod"), QUrl(QStringLiteral("https://prod.example.com")),
            Portal::CredentialKind::ApiKey);
        QVERIFY(Portal::ProfileStore(m_paths.portals)
                    .update([&portal](QList<Portal::PortalProfile> &profiles) {
                        profiles.append(portal);
                        return QString();
                    })
                    .ok());
        const QString saved = portal.secretKey(Portal::SecretSlot::ApiKey);
        const QString unsaved = QStringLiteral("portal/11111111-2222-3333-4444-555555555555/apiKey");
        const QString someoneElses = portal.secretKey(Portal::SecretSlot::Password);
        QCOMPARE(SecretJournal(m_paths.journal).record({saved, unsaved}), QString());
        journal(someoneElses, endedProcessId());
        KeychainRepair::settleOwnRecords(m_paths);
        QStringList left;
        for (const SecretJournal::Record &record : SecretJournal(m_paths.journal).read().records)
            left.append(record.key);
        left.sort();
        // The saved portal's key is settled; the rest waits for the repair at the next start.
        QStringList expected{unsaved, someoneElses};
        expected.sort();
        QCOMPARE(left, expected);
    }

    void draftSaveJournalsDroppedKeysBeforeTheFileForgetsThem()
    {
        const Drafts::DraftStore drafts(m_paths.drafts);
        MemorySecretStore secrets;
        QObject context;
        Drafts::Draft draft =
            Drafts::Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                                  {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
        QString error = QStringLiteral("<no answer>");
        drafts.saveDraft(draft, {{QStringLiteral("googleClientSecret"), "s"}}, secrets, &context,
                         [&error](const QString &e) { error = e; });
        QVERIFY(QTest::qWaitFor([&error] { return error != QStringLiteral("<no answer>"); }, 2000));
        QCOMPARE(error, QString());
        QVERIFY(secrets.journaled().isEmpty());

        draft.keyNames = {QStringLiteral("googleClientId")};
        error = QStringLiteral("<no answer>");
        drafts.saveDraft(draft, {{QStringLiteral("googleClientId"), "id"}}, secrets, &context,
                         [&error](const QString &e) { error = e; });
        QVERIFY(QTest::qWaitFor([&error] { return error != QStringLiteral("<no answer>"); }, 2000));
        QCOMPARE(error, QString());
        QCOMPARE(secrets.journaled(), QStringList{draft.secretKey(QStringLiteral("googleClientSecret"))});
        QVERIFY(!secrets.contains(draft.secretKey(QStringLiteral("googleClientSecret"))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainRepair)
#include "tst_keychainrepair.moc"
