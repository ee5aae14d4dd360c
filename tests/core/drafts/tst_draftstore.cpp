#include "drafts/DraftStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Drafts;

class TestDraftStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("d%1/drafts.json").arg(++m_files)); }

    static Draft googleDraft()
    {
        Draft draft = Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                                    {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
        draft.title = QStringLiteral("Google for the sales portals");
        draft.note = QStringLiteral("Project “sales-sso”, owner: IT");
        return draft;
    }

    static DraftValues googleValues()
    {
        return {{QStringLiteral("googleClientId"), "123-abc.apps.googleusercontent.com"},
                {QStringLiteral("googleClientSecret"), "GOCSPX-not-a-real-secret-7f3a9"}};
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // Runs an asynchronous DraftStore operation to its end and returns its error.
    static QString finish(const std::function<void(DraftStore::DoneHandler)> &start)
    {
        bool done = false;
        QString result = QStringLiteral("<no answer>");
        start([&](const QString &error) {
            result = error;
            done = true;
        });
        // The handler never runs before the call returns.
        if (done)
            return QStringLiteral("<answered synchronously>");
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            return QStringLiteral("<timed out>");
        return result;
    }

    static QString save(const DraftStore &store, const Draft &draft, const DraftValues &values,
                        SecretStore &secrets, QObject *context)
    {
        return finish([&](DraftStore::DoneHandler handler) {
            store.saveDraft(draft, values, secrets, context, std::move(handler));
        });
    }

    static DraftValues loadValues(const DraftStore &store, const Draft &draft, SecretStore &secrets,
                                  QObject *context, QString *error = nullptr)
    {
        DraftValues values;
        const QString result = finish([&](DraftStore::DoneHandler done) {
            store.loadValues(draft, secrets, context,
                             [&values, done](const QString &e, const DraftValues &v) {
                                 values = v;
                                 done(e);
                             });
        });
        if (error)
            *error = result;
        return values;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsDraftAndValues()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        const Draft draft = googleDraft();
        QCOMPARE(save(store, draft, googleValues(), secrets, &context), QString());

        const DraftStore::LoadResult loaded = DraftStore(store.path()).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.drafts.size(), 1);
        const Draft &back = loaded.drafts.first();
        QCOMPARE(back.id, draft.id);
        QCOMPARE(back.product, Catalog::Product::DocSpace);
        QCOMPARE(back.service, draft.service);
        QCOMPARE(back.title, draft.title);
        QCOMPARE(back.note, draft.note);
        QCOMPARE(back.keyNames, draft.keyNames);
        QCOMPARE(back.created, draft.created);
        QVERIFY(back.modified >= draft.created);
        QCOMPARE(back.created.timeSpec(), Qt::UTC);

        QString error;
        QCOMPARE(loadValues(store, back, secrets, &context, &error), googleValues());
        QCOMPARE(error, QString());
        QVERIFY(
            secrets.contains(QStringLiteral("draft/") + draft.id + QStringLiteral("/googleClientSecret")));
        QCOMPARE(QFile(store.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    // A value removed from the keychain behind PortalKeys' back (or lost when a save was killed) is named as
    // missing; a key the user left empty is not.
    void aValueLostFromTheKeychainIsNamedMissing()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        const Draft draft = googleDraft();
        const DraftValues onlyTheId{{QStringLiteral("googleClientId"), "123-abc.apps.googleusercontent.com"}};
        QCOMPARE(save(store, draft, onlyTheId, secrets, &context), QString());

        Draft back = DraftStore(store.path()).load().drafts.value(0);
        QCOMPARE(back.storedValueKeys, QStringList{QStringLiteral("googleClientId")});
        QString error;
        QCOMPARE(back.missingValues(loadValues(store, back, secrets, &context, &error)), QStringList());

        bool removed = false;
        secrets.remove(draft.secretKey(QStringLiteral("googleClientId")), &context,
                       [&](const SecretError &) { removed = true; });
        QTRY_VERIFY(removed);
        const DraftValues left = loadValues(store, back, secrets, &context, &error);
        QCOMPARE(error, QString());
        QCOMPARE(back.missingValues(left), QStringList{QStringLiteral("googleClientId")});
    }

    void theDraftsFileNeverHoldsAValue()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        Draft twilio = Draft::create(Catalog::Product::Workspace, QStringLiteral("Twilio"),
                                     {QStringLiteral("twilioAccountSid"), QStringLiteral("twilioAuthToken"),
                                      QStringLiteral("twiliosender")});
        const DraftValues values{{QStringLiteral("twilioAccountSid"), "AC0123456789abcdef0123456789abcdef"},
                                 {QStringLiteral("twilioAuthToken"), "f00dfeedf00dfeedf00dfeedf00dfeed"},
                                 {QStringLiteral("twiliosender"), "+15005550006"}};
        QCOMPARE(save(store, twilio, values, secrets, &context), QString());
        QCOMPARE(save(store, googleDraft(), googleValues(), secrets, &context), QString());

        const QByteArray file = readFile(store.path());
        QVERIFY(file.contains("twilioAuthToken")); // names are there...
        for (const DraftValues &set : {values, googleValues()}) {
            for (const QByteArray &value : set) { // ...values are not, in any common encoding
                QVERIFY2(!file.contains(value), value.constData());
                QVERIFY(!file.contains(value.toBase64()));
                QVERIFY(!file.contains(value.toHex()));
            }
        }
        QCOMPARE(secrets.size(), 5);
    }

    void handlersWaitForTheEventLoopAndTheirContext()
    {
        MemorySecretStore secrets;
        DraftStore store(newPath());
        bool called = false;
        {
            QObject context;
            store.saveDraft(googleDraft(), googleValues(), secrets, &context,
                            [&called](const QString &) { called = true; });
            QVERIFY(!called);
        }
        QTest::qWait(50);
        QVERIFY(!called); // the context is gone, so is the handler
    }

    void missingFileMeansNoDrafts()
    {
        const DraftStore::LoadResult loaded = DraftStore(newPath()).load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.drafts.isEmpty());
    }

    void defaultPathIsInTheAppDataFolder()
    {
        QCOMPARE(DraftStore().path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                          QStringLiteral("/drafts.json"));
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        QObject context;
        MemorySecretStore secrets;
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray damaged("{\"format\": 1, \"drafts\": [");
        writeFile(path, damaged);
        const DraftStore store(path);
        const DraftStore::LoadResult loaded = store.load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QLatin1String("damaged")), qPrintable(loaded.error));
        QVERIFY(loaded.error.contains(path));

        // Saving into it is refused before the keychain is touched, and the file stays as it was.
        const QString error = save(store, googleDraft(), googleValues(), secrets, &context);
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QCOMPARE(secrets.size(), 0);
        QCOMPARE(readFile(path), damaged);
    }

    void invalidEntriesAndNewerFormatsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer") << QByteArray("{\"format\": 7, \"drafts\": []}")
                               << QStringLiteral("newer PortalKeys");
        QTest::newRow("no format") << QByteArray("{\"drafts\": []}") << QStringLiteral("no format version");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("damaged");
        QTest::newRow("bad product")
            << QByteArray("{\"format\": 1, \"drafts\": [{\"id\": \"8f8e5c4e-1b1a-4d39-9d5e-0e8d1d2b7a11\", "
                          "\"product\": \"groupware\", \"service\": \"google\", \"keys\": [\"a\"], "
                          "\"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\"}]}")
            << QStringLiteral("unknown product");
        QTest::newRow("bad key name")
            << QByteArray("{\"format\": 1, \"drafts\": [{\"id\": \"8f8e5c4e-1b1a-4d39-9d5e-0e8d1d2b7a11\", "
                          "\"product\": \"docspace\", \"service\": \"google\", \"keys\": [\"a/b\"], "
                          "\"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\"}]}")
            << QStringLiteral("not a key name");
    }

    void invalidEntriesAndNewerFormatsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        writeFile(path, content);
        const DraftStore::LoadResult loaded = DraftStore(path).load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
        QCOMPARE(readFile(path), content);
    }

    void deletingADraftRemovesItsSecrets()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        const Draft keep = googleDraft();
        const Draft drop = googleDraft();
        QCOMPARE(save(store, keep, googleValues(), secrets, &context), QString());
        QCOMPARE(save(store, drop, googleValues(), secrets, &context), QString());
        QCOMPARE(secrets.size(), 4);

        QCOMPARE(finish([&](DraftStore::DoneHandler done) {
                     store.removeDraft(drop.id, secrets, &context, std::move(done));
                 }),
                 QString());
        QCOMPARE(secrets.size(), 2);
        QVERIFY(!secrets.contains(drop.secretKey(QStringLiteral("googleClientId"))));
        QVERIFY(secrets.contains(keep.secretKey(QStringLiteral("googleClientId"))));
        const DraftStore::LoadResult loaded = store.load();
        QCOMPARE(loaded.drafts.size(), 1);
        QCOMPARE(loaded.drafts.first().id, keep.id);

        // Removing what is not there succeeds.
        QCOMPARE(finish([&](DraftStore::DoneHandler done) {
                     store.removeDraft(drop.id, secrets, &context, std::move(done));
                 }),
                 QString());
    }

    void aDraftWhoseSecretsCannotBeRemovedStaysListed()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        const Draft draft = googleDraft();
        QCOMPARE(save(store, draft, googleValues(), secrets, &context), QString());
        secrets.failWith(SecretError::accessDenied({}));
        const QString error = finish([&](DraftStore::DoneHandler done) {
            store.removeDraft(draft.id, secrets, &context, std::move(done));
        });
        QVERIFY2(error.contains(QLatin1String("was not removed")), qPrintable(error));
        QCOMPARE(store.load().drafts.size(), 1);
    }

    void aFailedSaveLeavesNothingBehind()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        secrets.failWith(SecretError::unavailable({}));
        const QString error = save(store, googleDraft(), googleValues(), secrets, &context);
        QVERIFY2(error.contains(QLatin1String("No keychain is available")), qPrintable(error));
        QVERIFY(!QFile::exists(store.path()));
        secrets.failWith({});
        QCOMPARE(secrets.size(), 0);
    }

    void updatingADraftDropsTheValuesItNoLongerHas()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        Draft draft =
            Draft::create(Catalog::Product::DocSpace, QStringLiteral("appleID"),
                          {QStringLiteral("appleIdClientId"), QStringLiteral("appleIdClientIdMobile"),
                           QStringLiteral("appleIdTeamId")});
        QCOMPARE(save(store, draft,
                      {{QStringLiteral("appleIdClientId"), "com.example.web"},
                       {QStringLiteral("appleIdClientIdMobile"), "com.example.app"},
                       {QStringLiteral("appleIdTeamId"), "ABCDE12345"}},
                      secrets, &context),
                 QString());
        const QDateTime created = store.load().drafts.first().created;

        // appleIdClientIdMobile is dropped, appleIdTeamId is emptied, appleIdKeyId is new.
        draft.keyNames = {QStringLiteral("appleIdClientId"), QStringLiteral("appleIdTeamId"),
                          QStringLiteral("appleIdKeyId")};
        draft.created = QDateTime::currentDateTimeUtc().addDays(1); // ignored: the first creation time stays
        QCOMPARE(save(store, draft,
                      {{QStringLiteral("appleIdClientId"), "com.example.web2"},
                       {QStringLiteral("appleIdKeyId"), "KEY1234567"}},
                      secrets, &context),
                 QString());
        QVERIFY(!secrets.contains(draft.secretKey(QStringLiteral("appleIdClientIdMobile"))));
        QVERIFY(!secrets.contains(draft.secretKey(QStringLiteral("appleIdTeamId"))));
        QCOMPARE(secrets.size(), 2);
        const DraftStore::LoadResult loaded = store.load();
        QCOMPARE(loaded.drafts.size(), 1);
        QCOMPARE(loaded.drafts.first().keyNames, draft.keyNames);
        QCOMPARE(loaded.drafts.first().created, created);
        const DraftValues values = loadValues(store, loaded.drafts.first(), secrets, &context);
        QCOMPARE(values.value(QStringLiteral("appleIdClientId")), QByteArray("com.example.web2"));
        QVERIFY(!values.contains(QStringLiteral("appleIdTeamId"))); // no value: left out, not an error
    }

    void valuesForUnknownKeysAreRefused()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        DraftValues values = googleValues();
        values.insert(QStringLiteral("googleRefreshToken"), "x");
        const QString error = save(store, googleDraft(), values, secrets, &context);
        QVERIFY2(error.contains(QLatin1String("googleRefreshToken")), qPrintable(error));
        QCOMPARE(secrets.size(), 0);
    }

    void readFailuresAreReported()
    {
        QObject context;
        MemorySecretStore secrets;
        DraftStore store(newPath());
        const Draft draft = googleDraft();
        QCOMPARE(save(store, draft, googleValues(), secrets, &context), QString());
        secrets.failWith(SecretError::accessDenied({}));
        QString error;
        QVERIFY(loadValues(store, draft, secrets, &context, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("refused access")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("GOCSPX")));
    }

    void draftProblems()
    {
        Draft draft = googleDraft();
        QCOMPARE(draft.problem(), QString());
        QCOMPARE(draft.secretKey(QStringLiteral("googleClientId")),
                 QStringLiteral("draft/") + draft.id + QStringLiteral("/googleClientId"));
        draft.keyNames.append(QStringLiteral("GOOGLECLIENTID"));
        QVERIFY2(draft.problem().contains(QLatin1String("twice")), qPrintable(draft.problem()));
        draft.keyNames = {};
        QVERIFY(draft.problem().contains(QLatin1String("no keys")));
        draft.keyNames = {QStringLiteral("../escape")};
        QVERIFY(draft.problem().contains(QLatin1String("not a key name")));
        draft.keyNames = {QStringLiteral("ok")};
        draft.service.clear();
        QVERIFY(draft.problem().contains(QLatin1String("which service")));
        draft.service = QStringLiteral("google");
        draft.id = QStringLiteral("not-a-uuid");
        QVERIFY(draft.problem().contains(QLatin1String("id")));
        QVERIFY(Draft::create(Catalog::Product::DocSpace, QStringLiteral("s"), {QStringLiteral("k")}).id !=
                Draft::create(Catalog::Product::DocSpace, QStringLiteral("s"), {QStringLiteral("k")}).id);
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
