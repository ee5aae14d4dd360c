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

    void findByNameIgnoresCase()
    {
        const QList<PortalProfile> profiles{oauthProfile()};
        QVERIFY(ProfileStore::findByName(profiles, QStringLiteral("STAGING")));
        QVERIFY(!ProfileStore::findByName(profiles, QStringLiteral("prod")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
