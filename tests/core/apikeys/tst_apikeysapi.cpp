// API keys end to end against the portal simulator: the permission list, listing as an admin and as a user,
// creating (the full key once, then only its last four characters), renaming, new permissions, switching
// off and on, deleting, "which key is this", the portal's refusals (guest, developer tools limited to admins,
// rate limit, a key without the permission), false from PUT and DELETE; the expiry rules and the table
// model; adding the new key as a portal profile.
#include "../portal/PortalTestSupport.h"

#include "apikeys/ApiKeyPermissions.h"
#include "apikeys/ApiKeyTableModel.h"
#include "apikeys/ApiKeysApi.h"
#include "common/Translations.h"
#include "portal/Credentials.h"
#include "portal/ProfileAdder.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QTemporaryDir>

using namespace PortalKeys;
using namespace PortalKeys::ApiKeys;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;
using Kind = PortalError::Kind;

namespace {

struct Created {
    PortalError error;
    ApiKey key;
    QByteArray secret;
};

} // namespace

class TestApiKeysApi : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_simulator;
    QString m_skipReason;
    std::unique_ptr<PortalClient> m_client;

    std::unique_ptr<PortalClient> clientFor(const QByteArray &authorization)
    {
        auto client = std::make_unique<PortalClient>(settingsFor(m_simulator.httpUrl()));
        client->setAuthorization(authorization);
        return client;
    }
    static QByteArray basic(const QByteArray &email, const QByteArray &password)
    {
        return Credentials{CredentialKind::Basic, QString::fromLatin1(email), password}.authorizationHeader();
    }
    static QByteArray bearer(const QByteArray &key)
    {
        return Credentials{CredentialKind::ApiKey, {}, key}.authorizationHeader();
    }

    template <typename Result, typename Call> Result wait(Call call)
    {
        bool done = false;
        Result result;
        call([&](Result value) {
            result = std::move(value);
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }
    std::pair<PortalError, QList<ApiKey>> list(PortalClient *client)
    {
        using R = std::pair<PortalError, QList<ApiKey>>;
        return wait<R>([client](auto done) {
            ApiKeysApi::list(client, [done](const PortalError &e, const QList<ApiKey> &k) { done(R{e, k}); });
        });
    }
    Created create(PortalClient *client, const NewApiKey &key)
    {
        return wait<Created>([client, key](auto done) {
            ApiKeysApi::create(client, key,
                               [done](const PortalError &e, const ApiKey &k, const QByteArray &s) {
                                   done(Created{e, k, s});
                               });
        });
    }
    PortalError update(PortalClient *client, const QString &id, const ApiKeyChange &change)
    {
        return wait<PortalError>([&](auto done) {
            ApiKeysApi::update(client, id, QString(), change, [done](const PortalError &e) { done(e); });
        });
    }
    PortalError remove(PortalClient *client, const QString &id)
    {
        return wait<PortalError>([&](auto done) {
            ApiKeysApi::remove(client, id, QString(), [done](const PortalError &e) { done(e); });
        });
    }
    std::pair<PortalError, ApiKey> whoami(PortalClient *client)
    {
        using R = std::pair<PortalError, ApiKey>;
        return wait<R>([client](auto done) {
            ApiKeysApi::whoami(client, [done](const PortalError &e, const ApiKey &k) { done(R{e, k}); });
        });
    }
    ApiKey find(const QString &id)
    {
        for (const ApiKey &key : list(m_client.get()).second) {
            if (key.id == id)
                return key;
        }
        return {};
    }
    static NewApiKey newKey(const QString &name, const QStringList &permissions = {QStringLiteral("*")},
                            std::optional<int> days = std::nullopt)
    {
        NewApiKey key;
        key.name = name;
        key.permissions = permissions;
        key.expiresInDays = days;
        return key;
    }
    void configure(const QJsonObject &config)
    {
        m_simulator.control("POST", QStringLiteral("/__sim/config"), config);
    }

private slots:
    void initTestCase()
    {
        // Plural forms ("3 days") come from the English translation, as in the applications.
        installTranslations(*QCoreApplication::instance());
        m_skipReason = m_simulator.start();
    }
    void init()
    {
        if (!m_skipReason.isEmpty() && QByteArray(QTest::currentTestFunction()).startsWith("rule"))
            return; // offline rules need no simulator
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_simulator.reset();
        m_client = clientFor(basic(PortalSimulator::adminEmail(), PortalSimulator::adminPassword()));
    }

    void permissionsAreThePortals()
    {
        using R = std::pair<PortalError, QStringList>;
        const R result = wait<R>([this](auto done) {
            ApiKeysApi::permissions(m_client.get(), [done](const PortalError &e, const QStringList &n) {
                done(R{e, n});
            });
        });
        QVERIFY2(!result.first.isError(), qPrintable(result.first.message()));
        QVERIFY(result.second.contains(QStringLiteral("*:read")));
        QVERIFY(result.second.contains(QStringLiteral("rooms:write")));
        QCOMPARE(ApiKeyPermissions::scopesOf(result.second).size(), 8);
    }

    void adminSeesEveryKeyUserOnlyOwn()
    {
        const auto [error, keys] = list(m_client.get());
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(keys.size(), 4);
        const auto user = clientFor(basic(PortalSimulator::userEmail(), PortalSimulator::userPassword()));
        const auto [userError, own] = list(user.get());
        QVERIFY2(!userError.isError(), qPrintable(userError.message()));
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().name, QStringLiteral("Demo user key"));
        QCOMPARE(own.first().createdBy, QStringLiteral("Uma User"));
        QCOMPARE(own.first().maskedKey(), QStringLiteral("sk-***dddd"));
        QCOMPARE(own.first().permissionsText(), QStringLiteral("All"));
        QVERIFY(!own.first().expiresAt.isValid());
        QVERIFY(own.first().createdOn.isValid());
    }

    void createdKeyIsWholeOnceThenMasked()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Created created =
            create(m_client.get(), newKey(QStringLiteral("CI deploy"), {QStringLiteral("*:read")}, 30));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
        QVERIFY2(ApiKeysApi::looksLikeKey(created.secret), created.secret.left(6).constData());
        QVERIFY(ApiKeysApi::isKeyId(created.key.id));
        QCOMPARE(created.key.keyPostfix, QString::fromLatin1(created.secret.right(4)));
        QCOMPARE(created.key.permissions, QStringList{QStringLiteral("*:read")});
        QVERIFY(qAbs(created.key.expiresAt.secsTo(before.addDays(30))) < 120);

        // The list shows the key masked; its value never comes again.
        const ApiKey listed = find(created.key.id);
        QCOMPARE(listed.name, QStringLiteral("CI deploy"));
        QCOMPARE(listed.maskedKey(), QStringLiteral("sk-***") + QString::fromLatin1(created.secret.right(4)));
        QVERIFY(!QJsonDocument(listed.toJson(before)).toJson().contains(created.secret));

        // The key works, and "which key is this" names it.
        const auto keyClient = clientFor(bearer(created.secret));
        const auto [error, self] = whoami(keyClient.get());
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(self.id, created.key.id);
        QCOMPARE(self.permissionsText(), QStringLiteral("Read only"));
    }

    void neverExpiringKeyHasNoDate()
    {
        const Created created = create(m_client.get(), newKey(QStringLiteral("Forever")));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
        QVERIFY(!find(created.key.id).expiresAt.isValid());
        QCOMPARE(find(created.key.id).permissionsText(), QStringLiteral("All"));
    }

    void renamePermissionsSwitchOffOnDelete()
    {
        const Created created =
            create(m_client.get(), newKey(QStringLiteral("Reports"), {QStringLiteral("files:read")}));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
        const QString id = created.key.id;

        ApiKeyChange rename;
        rename.name = QStringLiteral("Monthly reports");
        rename.permissions = QStringList{QStringLiteral("files:read"), QStringLiteral("rooms:read")};
        QVERIFY(!update(m_client.get(), id, rename).isError());
        QCOMPARE(find(id).name, QStringLiteral("Monthly reports"));
        QCOMPARE(find(id).permissions,
                 (QStringList{QStringLiteral("files:read"), QStringLiteral("rooms:read")}));

        ApiKeyChange everything;
        everything.permissions = ApiKeyPermissions::forChoice(ApiKeyPermissions::Choice::All);
        QVERIFY(!update(m_client.get(), id, everything).isError());
        QCOMPARE(find(id).permissionsText(), QStringLiteral("All"));

        ApiKeyChange off;
        off.isActive = false;
        QVERIFY(!update(m_client.get(), id, off).isError());
        QVERIFY(!find(id).isActive);
        const auto keyClient = clientFor(bearer(created.secret));
        QCOMPARE(list(keyClient.get()).first.kind(), Kind::Unauthorized); // a switched-off key is refused
        ApiKeyChange on;
        on.isActive = true;
        QVERIFY(!update(m_client.get(), id, on).isError());
        QVERIFY(!list(keyClient.get()).first.isError());

        QVERIFY(!remove(m_client.get(), id).isError());
        QVERIFY(find(id).id.isEmpty());
        // DocSpace fails on an unknown key ID; the message says what that likely means.
        const PortalError again = remove(m_client.get(), id);
        QCOMPARE(again.kind(), Kind::ServerError);
        QVERIFY2(again.message().contains(id) &&
                     again.message().contains(QLatin1String("no key with this ID")),
                 qPrintable(again.message()));
    }

    void falseFromPutAndDeleteIsReported()
    {
        const QString adminKey = find(list(m_client.get()).second.first().id).id;
        QVERIFY(!adminKey.isEmpty());
        const auto user = clientFor(basic(PortalSimulator::userEmail(), PortalSimulator::userPassword()));
        ApiKeyChange rename;
        rename.name = QStringLiteral("Taken over");
        const PortalError updated = update(user.get(), adminKey, rename);
        QCOMPARE(updated.kind(), Kind::BadRequest);
        QVERIFY2(updated.message().contains(QLatin1String("expired")) &&
                     updated.message().contains(QLatin1String("another user")),
                 qPrintable(updated.message()));
        const PortalError deleted = remove(user.get(), adminKey);
        QCOMPARE(deleted.kind(), Kind::BadRequest);
        QVERIFY2(deleted.message().contains(QLatin1String("another user")), qPrintable(deleted.message()));
        QVERIFY(!find(adminKey).id.isEmpty());
        QCOMPARE(find(adminKey).name == QStringLiteral("Taken over"), false);
    }

    void whoamiNeedsAnApiKey()
    {
        const auto [error, key] = whoami(m_client.get());
        QVERIFY(error.isError());
        QVERIFY2(error.message().contains(QLatin1String("API key")), qPrintable(error.message()));
        const auto keyClient = clientFor(bearer(PortalSimulator::fullApiKey()));
        const auto [keyError, self] = whoami(keyClient.get());
        QVERIFY2(!keyError.isError(), qPrintable(keyError.message()));
        QCOMPARE(self.name, QStringLiteral("Demo full access"));
        QCOMPARE(self.maskedKey(), QStringLiteral("sk-***aaaa"));
    }

    void guestIsRefusedInWords()
    {
        const auto guest = clientFor(basic("guest@example.com", "guest-password"));
        const Created created = create(guest.get(), newKey(QStringLiteral("Guest key")));
        QCOMPARE(created.error.kind(), Kind::Forbidden);
        QVERIFY2(created.error.message().startsWith(QLatin1String("Guests cannot create API keys")),
                 qPrintable(created.error.message()));
        QVERIFY(created.secret.isEmpty());
    }

    void limitedDeveloperToolsAreNamed()
    {
        configure({{QStringLiteral("limited_dev_tools"), true}});
        const auto user = clientFor(basic(PortalSimulator::userEmail(), PortalSimulator::userPassword()));
        const Created refused = create(user.get(), newKey(QStringLiteral("User key")));
        QCOMPARE(refused.error.kind(), Kind::Forbidden);
        QVERIFY2(refused.error.message().contains(QLatin1String("limits developer tools")),
                 qPrintable(refused.error.message()));
        // The owner and admins still may.
        QVERIFY(!create(m_client.get(), newKey(QStringLiteral("Admin key"))).error.isError());
    }

    void rateLimitSaysWhenToTryAgain()
    {
        configure({{QStringLiteral("key_create_limit"), 1}});
        QVERIFY(!create(m_client.get(), newKey(QStringLiteral("First"))).error.isError());
        const Created second = create(m_client.get(), newKey(QStringLiteral("Second")));
        QCOMPARE(second.error.kind(), Kind::RateLimited);
        QVERIFY2(second.error.message().contains(QLatin1String("only a few new API keys")) &&
                     second.error.message().contains(QLatin1String("few minutes")),
                 qPrintable(second.error.message()));
        // With Retry-After the wait is named. POST is never retried, so the 429 comes through at once.
        m_simulator.reset();
        m_simulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                              {QStringLiteral("status"), 429},
                              {QStringLiteral("retry_after"), 7}});
        const Created third = create(m_client.get(), newKey(QStringLiteral("Third")));
        QCOMPARE(third.error.kind(), Kind::RateLimited);
        QVERIFY2(third.error.message().contains(QLatin1String("7 seconds")),
                 qPrintable(third.error.message()));
    }

    void keyWithoutWritePermissionIsNamed()
    {
        const auto readOnly = clientFor(bearer(PortalSimulator::readOnlyApiKey()));
        QVERIFY(!list(readOnly.get()).first.isError()); // reading needs *:read only
        const Created refused = create(readOnly.get(), newKey(QStringLiteral("From a read-only key")));
        QCOMPARE(refused.error.kind(), Kind::Forbidden);
        QVERIFY2(refused.error.message().contains(QStringLiteral("“*:write”")),
                 qPrintable(refused.error.message()));
    }

    void portalRefusesWhatChecksWouldStop()
    {
        // The checks before sending exist because the portal refuses these; it still says so on its own.
        const Created tooLong = create(m_client.get(), newKey(QString(31, QLatin1Char('x'))));
        QCOMPARE(tooLong.error.kind(), Kind::BadRequest);
        const Created unknown =
            create(m_client.get(), newKey(QStringLiteral("Odd"), {QStringLiteral("mail:read")}));
        QCOMPARE(unknown.error.kind(), Kind::BadRequest);
    }

    void ruleNewKeyChecks()
    {
        const QStringList offered = ApiKeyPermissions::builtIn();
        QVERIFY(newKey(QStringLiteral("ok"), {QStringLiteral("*")}, 365).problems(offered).isEmpty());
        QVERIFY(newKey(QString(30, QLatin1Char('n'))).problems(offered).isEmpty());
        QCOMPARE(newKey(QString(31, QLatin1Char('n'))).problems(offered).size(), 1);
        QCOMPARE(newKey(QStringLiteral("  ")).problems(offered).size(), 1);
        QCOMPARE(newKey(QStringLiteral("a"), {QStringLiteral("*")}, 0).problems(offered).size(), 1);
        QCOMPARE(newKey(QStringLiteral("a"), {QStringLiteral("*")}, 366).problems(offered).size(), 1);
        QCOMPARE(newKey(QStringLiteral("a"), {}).problems(offered).size(), 1);
        const QStringList unknown =
            newKey(QStringLiteral("a"), {QStringLiteral("mail:read")}).problems(offered);
        QCOMPARE(unknown.size(), 1);
        QVERIFY(unknown.first().contains(QLatin1String("mail:read")));
        const QJsonObject never = newKey(QStringLiteral("a")).toJson();
        QVERIFY(never.value(QLatin1String("expiresInDays")).isNull());
        QCOMPARE(newKey(QStringLiteral("a"), {QStringLiteral("*")}, 9)
                     .toJson()
                     .value(QLatin1String("expiresInDays"))
                     .toInt(),
                 9);
    }

    void ruleExpiry_data()
    {
        QTest::addColumn<qint64>("secondsLeft"); // -1: never expires
        QTest::addColumn<int>("withinDays");
        QTest::addColumn<bool>("within");
        QTest::addColumn<int>("expiry");
        const qint64 day = 86400;
        QTest::newRow("never") << qint64(-1) << 365 << false << int(ApiKey::Expiry::Never);
        QTest::newRow("expired") << -day << 0 << true << int(ApiKey::Expiry::Expired);
        QTest::newRow("in 3 days, within 7") << 3 * day << 7 << true << int(ApiKey::Expiry::Soon);
        QTest::newRow("in 3 days, within 2") << 3 * day << 2 << false << int(ApiKey::Expiry::Soon);
        QTest::newRow("in exactly 14 days") << 14 * day << 14 << true << int(ApiKey::Expiry::Soon);
        QTest::newRow("in 15 days") << 15 * day << 14 << false << int(ApiKey::Expiry::Later);
    }
    void ruleExpiry()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(int, withinDays);
        QFETCH(bool, within);
        QFETCH(int, expiry);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2025-06-01T12:00:00Z"), Qt::ISODate);
        ApiKey key;
        if (secondsLeft != -1)
            key.expiresAt = now.addSecs(secondsLeft);
        QCOMPARE(key.expiresWithin(withinDays, now), within);
        QCOMPARE(int(key.expiry(now)), expiry);
        QCOMPARE(key.isExpired(now), expiry == int(ApiKey::Expiry::Expired));
    }

    void ruleDatesOfThePortalAreRead()
    {
        const ApiKey key = ApiKey::fromJson(QJsonDocument::fromJson(R"({
            "id": "0b5c7a0e-1111-2222-3333-444455556666", "name": "n", "key": "sk-***beef",
            "keyPostfix": "beef", "createOn": "2025-01-02T03:04:05.1234567+00:00",
            "expiresAt": "2025-02-01T00:00:00.0000000+02:00", "isActive": false,
            "createBy": {"id": "u1", "displayName": "Ada Admin"}})")
                                                .object());
        QCOMPARE(key.createdOn,
                 QDateTime::fromString(QStringLiteral("2025-01-02T03:04:05.123Z"), Qt::ISODateWithMs));
        QCOMPARE(key.expiresAt, QDateTime::fromString(QStringLiteral("2025-01-31T22:00:00Z"), Qt::ISODate));
        QVERIFY(!key.lastUsed.isValid());
        QVERIFY(!key.isActive);
        QCOMPARE(key.createdBy, QStringLiteral("Ada Admin"));
        QCOMPARE(key.permissionsText(), QStringLiteral("All")); // no list: everything
        const QDateTime now = QDateTime::fromString(QStringLiteral("2025-02-03T22:00:00Z"), Qt::ISODate);
        QCOMPARE(key.expiryText(now), QStringLiteral("expired 3 days ago"));
        QCOMPARE(key.toJson(now).value(QLatin1String("expired")).toBool(), true);
    }

    void ruleTableMarksExpiringAndExpired()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2025-06-01T12:00:00Z"), Qt::ISODate);
        ApiKey soon;
        soon.id = QStringLiteral("1");
        soon.name = QStringLiteral("soon");
        soon.expiresAt = now.addDays(3);
        ApiKey gone = soon;
        gone.id = QStringLiteral("2");
        gone.name = QStringLiteral("gone");
        gone.expiresAt = now.addDays(-2);
        ApiKey later = soon;
        later.id = QStringLiteral("3");
        later.expiresAt = now.addDays(40);
        ApiKey never = soon;
        never.id = QStringLiteral("4");
        never.expiresAt = QDateTime();
        never.isActive = false;
        ApiKeyTableModel model;
        model.setReferenceTime(now);
        model.setKeys({soon, gone, later, never});
        const auto expiry = [&model](int row) {
            return ApiKey::Expiry(model.index(row, 0).data(ApiKeyTableModel::ExpiryRole).toInt());
        };
        QCOMPARE(expiry(0), ApiKey::Expiry::Soon);
        QCOMPARE(expiry(1), ApiKey::Expiry::Expired);
        QCOMPARE(expiry(2), ApiKey::Expiry::Later);
        QCOMPARE(expiry(3), ApiKey::Expiry::Never);
        QCOMPARE(model.expiringCount(), 1);
        QCOMPARE(model.expiredCount(), 1);
        QVERIFY(
            model.index(1, ApiKeyTableModel::Expires).data().toString().startsWith(QLatin1String("Expired")));
        QVERIFY(
            model.index(0, ApiKeyTableModel::Expires).data().toString().contains(QLatin1String("in 3 days")));
        QCOMPARE(model.index(3, ApiKeyTableModel::Expires).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(3, ApiKeyTableModel::Active).data().toString(), QStringLiteral("Off"));
        QCOMPARE(model.index(1, ApiKeyTableModel::Active).data().toString(), QStringLiteral("Off (expired)"));
        // A longer warning period takes in the key of 40 days.
        model.setWarningDays(60);
        QCOMPARE(model.expiringCount(), 2);
    }

    void newKeyBecomesAPortalProfile()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.filePath(QStringLiteral("portals.json")));
        MemorySecretStore secrets;
        PortalProfile source =
            PortalProfile::create(QStringLiteral("prod"), m_simulator.httpsUrl(), CredentialKind::Basic);
        source.user = QStringLiteral("admin@example.com");
        source.pinnedSha256 = m_simulator.certificateSha256();
        const Created created = create(m_client.get(), newKey(QStringLiteral("As a portal")));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));

        const PortalProfile profile = ProfileAdder::apiKeyProfile(QStringLiteral("prod-key"), source);
        QObject context;
        bool done = false;
        ProfileAdder::Result result;
        ProfileAdder::add(&secrets, store, profile, {{SecretSlot::ApiKey, created.secret}}, &context,
                          [&](const ProfileAdder::Result &r) {
                              result = r;
                              done = true;
                          });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QVERIFY2(result.ok(), qPrintable(result.message));
        const ProfileStore::LoadResult loaded = store.load();
        QCOMPARE(loaded.profiles.size(), 1);
        QCOMPARE(loaded.profiles.first().kind, CredentialKind::ApiKey);
        QCOMPARE(loaded.profiles.first().pinnedSha256, source.pinnedSha256);
        QVERIFY(secrets.contains(profile.secretKey(SecretSlot::ApiKey)));
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(created.secret));

        // The same name again: refused before anything is stored.
        const PortalProfile twin = ProfileAdder::apiKeyProfile(QStringLiteral("prod-key"), source);
        QCOMPARE(ProfileAdder::check(store, twin).failure, ProfileAdder::Failure::NameTaken);
        done = false;
        ProfileAdder::add(&secrets, store, twin, {{SecretSlot::ApiKey, created.secret}}, &context,
                          [&](const ProfileAdder::Result &r) {
                              result = r;
                              done = true;
                          });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(result.failure, ProfileAdder::Failure::NameTaken);
        QVERIFY(!secrets.contains(twin.secretKey(SecretSlot::ApiKey)));
    }
};

QTEST_GUILESS_MAIN(TestApiKeysApi)
#include "tst_apikeysapi.moc"
