#include "common/Translations.h"
#include "portal/ConnectionTest.h"
#include "portal/PortalError.h"
#include "portal/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalKeys::Portal;

class TestProfileStore : public QObject {
    Q_OBJECT

private:
    static PortalProfile oauthProfile()
    {
        PortalProfile profile = PortalProfile::create(QStringLiteral("staging"),
                                                      QUrl(QStringLiteral("https://staging.example.com")),
                                                      CredentialKind::OAuth2);
        profile.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        profile.scopes = {QStringLiteral("accounts:read"), QStringLiteral("files:write")};
        profile.oauthServer = QUrl(QStringLiteral("https://oauth.onlyoffice.com"));
        profile.pinnedSha256 = QString(64, QLatin1Char('a'));
        profile.timeoutSeconds = 45;
        return profile;
    }

private slots:
    void initTestCase()
    {
        // Plural forms ("3 days") come from the English translation, as in the applications.
        PortalKeys::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("sub/portals.json")));
        PortalProfile basic =
            PortalProfile::create(QStringLiteral("production"),
                                  QUrl(QStringLiteral("https://portal.example.com")), CredentialKind::Basic);
        basic.user = QStringLiteral("admin@example.com");
        const QList<PortalProfile> saved{basic, oauthProfile()};
        QCOMPARE(store
                     .update([&saved](QList<PortalProfile> &list) {
                         list = saved;
                         return QString();
                     })
                     .error,
                 QString());

        const ProfileStore::LoadResult loaded = ProfileStore(store.path()).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.profiles.size(), 2);
        QCOMPARE(loaded.profiles.at(0).toJson(), saved.at(0).toJson());
        QCOMPARE(loaded.profiles.at(1).toJson(), saved.at(1).toJson());
        QCOMPARE(loaded.profiles.at(1).scopes, saved.at(1).scopes);
        QCOMPARE(QFile(store.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void noFileMeansNoPortals()
    {
        QTemporaryDir dir;
        const ProfileStore::LoadResult loaded =
            ProfileStore(dir.filePath(QStringLiteral("none.json"))).load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.profiles.isEmpty());
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"portals\": [");
        file.close();
        const ProfileStore::LoadResult loaded = ProfileStore(path).load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QLatin1String("damaged")), qPrintable(loaded.error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"format\": 1, \"portals\": ["));
    }

    void newerFormatIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 99, \"portals\": []}");
        file.close();
        const ProfileStore::LoadResult loaded = ProfileStore(path).load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QLatin1String("newer PortalKeys")), qPrintable(loaded.error));
    }

    void profileProblems()
    {
        PortalProfile profile =
            PortalProfile::create({}, QUrl(QStringLiteral("https://p.example.com")), CredentialKind::Basic);
        QVERIFY(profile.problem().contains(QLatin1String("name")));
        profile.name = QStringLiteral("p");
        QVERIFY(profile.problem().contains(QLatin1String("e-mail")));
        profile.user = QStringLiteral("a@example.com");
        QCOMPARE(profile.problem(), QString());
        profile.baseUrl = QUrl(QStringLiteral("http://p.example.com"));
        QVERIFY(profile.problem().contains(QLatin1String("https")));
        profile.baseUrl = QUrl(QStringLiteral("https://p.example.com"));
        profile.pinnedSha256 = QStringLiteral("abc");
        QVERIFY(profile.problem().contains(QLatin1String("64")));
    }

    void secretKeysAreDerivedFromTheId()
    {
        const PortalProfile one = oauthProfile();
        const PortalProfile two = oauthProfile();
        QVERIFY(one.id != two.id);
        QCOMPARE(one.secretKey(SecretSlot::RefreshToken),
                 QStringLiteral("portal/") + one.id + QStringLiteral("/refresh-token"));
        QCOMPARE(one.secretSlots().size(), 3);
        // The profile file never names a secret's value: only its kind and fields.
        const QByteArray json = QJsonDocument(one.toJson()).toJson();
        QVERIFY(!json.contains("secret\""));
    }

    // A test's outcome outlives the app: kept with the profile under the list's lock, read back after a
    // "restart" (a new store on the same file), and said as "Tested 2 hours ago: OK"; never a secret.
    void lastTestIsKeptWithTheProfile()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.filePath(QStringLiteral("portals.json")));
        PortalProfile portal = PortalProfile::create(
            QStringLiteral("lab"), QUrl(QStringLiteral("https://docspace.lab.internal:8443")),
            CredentialKind::ApiKey);
        QVERIFY(!portal.lastTest.isValid());
        QVERIFY(!portal.toJson().contains(QLatin1String("lastTest")));
        QVERIFY(store
                    .update([&portal](QList<PortalProfile> &list) {
                        list = {portal};
                        return QString();
                    })
                    .ok());

        ConnectionReport report;
        report.displayName = QStringLiteral("Ada Admin");
        report.email = QStringLiteral("admin@example.com");
        report.isOwner = true;
        const QDateTime testedAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 - 5);
        const TestRecord record = TestRecord::of({}, report, testedAt);
        QVERIFY(store.update(TestRecord::keep(portal.id, portal.baseUrl, record)).ok());

        const ProfileStore::LoadResult restarted = ProfileStore(store.path()).load();
        QVERIFY2(restarted.ok(), qPrintable(restarted.error));
        const TestRecord kept = restarted.profiles.constFirst().lastTest;
        QVERIFY(kept.isValid());
        QCOMPARE(kept.at, testedAt.addMSecs(-testedAt.time().msec()));
        QVERIFY(kept.ok);
        QVERIFY(kept.admin);
        QCOMPARE(kept.detail, QStringLiteral("Ada Admin (portal owner)"));
        QCOMPARE(kept.summary(), QStringLiteral("Tested 2 hours ago: OK"));
        QCOMPARE(kept.summary(testedAt.addSecs(30)), QStringLiteral("Tested just now: OK"));
        QCOMPARE(kept.summary(testedAt.addSecs(61)), QStringLiteral("Tested 1 minute ago: OK"));
        QCOMPARE(kept.summary(testedAt.addDays(3)), QStringLiteral("Tested 3 days ago: OK"));

        // A failure keeps the error's first line; a user who is no admin is said so.
        const PortalError refused(PortalError::Kind::Unauthorized,
                                  QStringLiteral("The portal refused the API key.\nCreate a new one."));
        const TestRecord failed = TestRecord::of(refused, {}, testedAt);
        QCOMPARE(failed.summary(testedAt.addSecs(3 * 60)), QStringLiteral("Tested 3 minutes ago: failed"));
        QCOMPARE(failed.detail, QStringLiteral("The portal refused the API key."));
        report.isOwner = false;
        QCOMPARE(TestRecord::of({}, report, testedAt).summary(testedAt),
                 QStringLiteral("Tested just now: OK, not a portal admin"));

        // The file holds the record, not a secret.
        const QByteArray file = QJsonDocument(restarted.profiles.constFirst().toJson()).toJson();
        QVERIFY(file.contains("\"lastTest\""));
        QVERIFY(!file.contains("secret") && !file.contains("token") && !file.contains("password"));

        // A portal edited during the test (another address) or removed keeps nothing.
        QVERIFY(!store
                     .update(TestRecord::keep(portal.id, QUrl(QStringLiteral("https://other.example.com")),
                                              failed))
                     .ok());
        QVERIFY(!store.update(TestRecord::keep(QStringLiteral("gone"), portal.baseUrl, failed)).ok());
        QVERIFY(ProfileStore(store.path()).load().profiles.constFirst().lastTest.ok);

        // A damaged record is dropped, not the portal.
        QJsonObject damaged = portal.toJson();
        damaged.insert(QStringLiteral("lastTest"),
                       QJsonObject{{QStringLiteral("at"), QStringLiteral("yesterday")}});
        QString error;
        const std::optional<PortalProfile> read = PortalProfile::fromJson(damaged, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(!read->lastTest.isValid());
    }

    void findByNameIgnoresCase()
    {
        const QList<PortalProfile> profiles{oauthProfile()};
        QVERIFY(ProfileStore::findByName(profiles, QStringLiteral("STAGING")));
        QVERIFY(!ProfileStore::findByName(profiles, QStringLiteral("prod")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
