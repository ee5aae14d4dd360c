// The authorization-keys API end to end against the portal simulator: list, enable, change, disable, "Bad
// keys", plans and permissions, Apple's name quirk, read-back.
#include "../portal/PortalTestSupport.h"

#include "authservice/AuthServiceApi.h"
#include "portal/Credentials.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace PortalKeys::AuthService;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;
using Kind = PortalError::Kind;

class TestAuthServiceApi : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_simulator;
    QString m_skipReason;

    std::unique_ptr<PortalClient> client(const QByteArray &apiKey = PortalSimulator::fullApiKey())
    {
        auto result = std::make_unique<PortalClient>(settingsFor(m_simulator.httpUrl()));
        result->setAuthorization(Credentials{CredentialKind::ApiKey, {}, apiKey}.authorizationHeader());
        return result;
    }

    std::pair<PortalError, QList<Service>> list(PortalClient &portal)
    {
        bool done = false;
        std::pair<PortalError, QList<Service>> result;
        AuthServiceApi::list(&portal, [&](const PortalError &error, const QList<Service> &services) {
            result = {error, services};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    std::pair<PortalError, AuthServiceApi::SaveResult> save(PortalClient &portal, const QString &name,
                                                            const KeyValues &values)
    {
        bool done = false;
        std::pair<PortalError, AuthServiceApi::SaveResult> result;
        AuthServiceApi::save(&portal, name, values,
                             [&](const PortalError &error, const AuthServiceApi::SaveResult &saved) {
                                 result = {error, saved};
                                 done = true;
                             });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    QString storedValue(const QString &service, const QString &key)
    {
        const QJsonObject consumers = m_simulator.state().value(QLatin1String("consumers")).toObject();
        return consumers.value(service).toObject().value(key).toString();
    }

private slots:
    void initTestCase() { m_skipReason = m_simulator.start(); }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_simulator.reset();
    }

    void listsTheServicesOfTheDocSpace37Portal()
    {
        auto portal = client();
        const auto [error, services] = list(*portal);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(services.size(), 19);
        QCOMPARE(services.first().name, QStringLiteral("dropbox"));
        bool sawExternalDb = false;
        for (const Service &service : services) {
            QVERIFY(!service.isEnabled());
            if (service.name == QLatin1String("externaldb")) {
                sawExternalDb = true;
                const ServiceKey *type = service.key(QStringLiteral("databaseType"));
                QVERIFY(type);
                QCOMPARE(type->type, QStringLiteral("select"));
                QVERIFY(type->options.contains(QStringLiteral("mysql")));
                QCOMPARE(service.key(QStringLiteral("sqliteFilePath"))->dependsOn,
                         QStringLiteral("databaseType"));
            }
            QVERIFY(!service.instructionText().contains(QLatin1String("{0}")));
        }
        QVERIFY(sawExternalDb);
    }

    void enableChangeOneKeyAndDisable()
    {
        auto portal = client();
        const KeyValues keys{
            {QStringLiteral("googleClientId"), QStringLiteral("1234-abc.apps.googleusercontent.com")},
            {QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-first-secret")}};
        const auto [error, saved] = save(*portal, QStringLiteral("google"), keys);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(saved.changed);
        QVERIFY(saved.after.isEnabled());
        QVERIFY(saved.mismatches.isEmpty());
        QCOMPARE(storedValue(QStringLiteral("google"), QStringLiteral("googleClientSecret")),
                 QStringLiteral("GOCSPX-first-secret"));

        // The same values again: the portal says nothing changed.
        QVERIFY(!save(*portal, QStringLiteral("google"), keys).second.changed);

        KeyValues changed = keys;
        changed[1].second = QStringLiteral("GOCSPX-second-secret");
        const QList<KeyChange> preview =
            KeyChange::compute(saved.after, changed, {QStringLiteral("googleClientSecret")});
        QCOMPARE(preview.at(0).kind, KeyChange::Kind::Unchanged);
        QCOMPARE(preview.at(1).kind, KeyChange::Kind::Changed);
        QVERIFY(!preview.at(1).describe(false).contains(QLatin1String("second-secret")));
        QVERIFY(preview.at(1).describe(true).contains(QLatin1String("second-secret")));
        QVERIFY(save(*portal, QStringLiteral("google"), changed).second.changed);
        QCOMPARE(storedValue(QStringLiteral("google"), QStringLiteral("googleClientSecret")),
                 QStringLiteral("GOCSPX-second-secret"));

        const KeyValues off = AuthServiceApi::disabledValues(saved.after);
        QVERIFY(KeyChange::disables(KeyChange::compute(saved.after, off, {})));
        const auto [offError, offResult] = save(*portal, QStringLiteral("google"), off);
        QVERIFY(!offError.isError());
        QVERIFY(!offResult.after.isEnabled());
    }

    void badKeysClearTheServiceAndSaySo()
    {
        auto portal = client();
        const auto [error, result] = save(*portal, QStringLiteral("twilio"),
                                          {{QStringLiteral("twilioAccountSid"), QStringLiteral("not-a-sid")},
                                           {QStringLiteral("twilioAuthToken"), QString(32, QLatin1Char('f'))},
                                           {QStringLiteral("twiliosender"), QStringLiteral("+15005550006")}});
        QCOMPARE(error.kind(), Kind::BadRequest);
        QVERIFY2(error.message().contains(QLatin1String("cleared")), qPrintable(error.message()));
        QCOMPARE(storedValue(QStringLiteral("twilio"), QStringLiteral("twilioAuthToken")), QString());
    }

    void appleIsSavedUnderTheNameThePortalLooksUp()
    {
        auto portal = client();
        const auto [error, result] =
            save(*portal, QStringLiteral("appleID"),
                 {{QStringLiteral("appleIdClientId"), QStringLiteral("com.example.web")},
                  {QStringLiteral("appleIdTeamId"), QStringLiteral("ABCDE12345")}});
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(result.savedName, QStringLiteral("appleid"));
        QCOMPARE(result.after.name, QStringLiteral("appleID"));
    }

    void paidServiceWithoutThePlan()
    {
        m_simulator.control("POST", QStringLiteral("/__sim/config"),
                            {{QStringLiteral("plan_without_paid"), true}});
        auto portal = client();
        const auto [error, result] =
            save(*portal, QStringLiteral("s3"),
                 {{QStringLiteral("acesskey"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
                  {QStringLiteral("secretaccesskey"), QStringLiteral("wJalrXUtnFEMI")}});
        QCOMPARE(error.kind(), Kind::PaymentRequired);
        QVERIFY(error.message().contains(QLatin1String("plan")));
    }

    void readOnlyServiceIsRefused()
    {
        m_simulator.control("POST", QStringLiteral("/__sim/config"),
                            {{QStringLiteral("readonly_consumers"), QJsonArray{QStringLiteral("box")}}});
        auto portal = client();
        const auto services = list(*portal).second;
        for (const Service &service : services) {
            if (service.name == QLatin1String("box")) {
                QVERIFY(!service.canSet);
                QVERIFY(service.keys.isEmpty());
            }
        }
        const auto [error, result] = save(*portal, QStringLiteral("box"),
                                          {{QStringLiteral("boxClientId"), QStringLiteral("x")},
                                           {QStringLiteral("boxClientSecret"), QStringLiteral("y")}});
        QCOMPARE(error.kind(), Kind::Forbidden);
        QVERIFY(error.message().contains(QLatin1String("read-only")));
    }

    void readOnlyApiKeyCannotSave()
    {
        auto portal = client(PortalSimulator::readOnlyApiKey());
        QVERIFY(!list(*portal).first.isError());
        const auto [error, result] = save(*portal, QStringLiteral("google"),
                                          {{QStringLiteral("googleClientId"), QStringLiteral("a")},
                                           {QStringLiteral("googleClientSecret"), QStringLiteral("b")}});
        QCOMPARE(error.kind(), Kind::Forbidden);
        QVERIFY2(error.message().contains(QLatin1String("*:write")), qPrintable(error.message()));
    }

    void filesOnlyApiKeyCannotEvenRead()
    {
        auto portal = client(PortalSimulator::filesOnlyApiKey());
        const auto [error, services] = list(*portal);
        QCOMPARE(error.kind(), Kind::Forbidden);
        QVERIFY2(error.message().contains(QLatin1String("*:read")), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestAuthServiceApi)
#include "tst_authserviceapi.moc"
