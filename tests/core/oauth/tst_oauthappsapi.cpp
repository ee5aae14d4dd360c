// The OAuth app registry end to end against the portal simulator: x-signature, create, paging, update,
// activation, secret regeneration, delete, field errors.
#include "../portal/PortalTestSupport.h"

#include "oauth/OAuthAppsApi.h"
#include "portal/Credentials.h"

#include <QJsonArray>
#include <QSet>

using namespace PortalKeys::OAuth;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;
using Kind = PortalError::Kind;

class TestOAuthAppsApi : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_simulator;
    QString m_skipReason;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<OAuthAppsApi> m_api;

    static QJsonObject appBody(const QString &name)
    {
        return {
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), QStringLiteral("Sync rooms to the CRM")},
            {QStringLiteral("logo"), QStringLiteral("data:image/png;base64,iVBORw0KGgo=")},
            {QStringLiteral("website_url"), QStringLiteral("https://crm.example.com")},
            {QStringLiteral("terms_url"), QStringLiteral("https://crm.example.com/terms")},
            {QStringLiteral("policy_url"), QStringLiteral("https://crm.example.com/privacy")},
            {QStringLiteral("logout_redirect_uri"), QStringLiteral("https://crm.example.com")},
            {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("https://crm.example.com/oauth")}},
            {QStringLiteral("allowed_origins"), QJsonArray{QStringLiteral("https://crm.example.com")}},
            {QStringLiteral("scopes"),
             QJsonArray{QStringLiteral("rooms:read"), QStringLiteral("files:write")}},
            {QStringLiteral("allow_pkce"), true},
            {QStringLiteral("is_public"), false}};
    }

    template <typename Call> auto wait(Call call)
    {
        bool done = false;
        std::pair<PortalError, QJsonObject> result;
        call([&](const PortalError &error, const QJsonObject &object = {}) {
            result = {error, object};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    std::pair<PortalError, QJsonObject> create(const QJsonObject &body)
    {
        return wait([&](auto done) { m_api->create(body, done); });
    }
    std::pair<PortalError, QJsonObject> get(const QString &id)
    {
        return wait([&](auto done) { m_api->get(id, done); });
    }
    PortalError plain(const std::function<void(OAuthAppsApi::Done)> &call)
    {
        return wait([&](auto done) { call([done](const PortalError &error) { done(error); }); }).first;
    }
    std::pair<PortalError, OAuthAppsApi::Page> list(int limit, const QString &afterId,
                                                    const QString &afterCreated)
    {
        bool done = false;
        std::pair<PortalError, OAuthAppsApi::Page> result;
        m_api->list(limit, afterId, afterCreated,
                    [&](const PortalError &error, const OAuthAppsApi::Page &page) {
                        result = {error, page};
                        done = true;
                    });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }
    int signatureRequests()
    {
        int count = 0;
        for (const QJsonValue &request : m_simulator.requests())
            count += request.toObject().value(QLatin1String("path")).toString() ==
                     QLatin1String("/api/2.0/security/oauth2/token");
        return count;
    }

private slots:
    void initTestCase() { m_skipReason = m_simulator.start(); }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_simulator.reset();
        m_client = std::make_unique<PortalClient>(settingsFor(m_simulator.httpUrl()));
        m_client->setAuthorization(Credentials{CredentialKind::Basic,
                                               QString::fromLatin1(PortalSimulator::adminEmail()),
                                               PortalSimulator::adminPassword()}
                                       .authorizationHeader());
        m_api = std::make_unique<OAuthAppsApi>(m_client.get());
    }

    void createShowsTheSecretOnceThenGetDoesNot()
    {
        const auto [error, created] = create(appBody(QStringLiteral("CRM sync")));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        const QString id = created.value(QLatin1String("client_id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.value(QLatin1String("client_secret")).toString().size(), 36);
        const auto [getError, shown] = get(id);
        QVERIFY(!getError.isError());
        QCOMPARE(shown.value(QLatin1String("name")).toString(), QStringLiteral("CRM sync"));
        QVERIFY(!shown.contains(QLatin1String("client_secret")));
        QCOMPARE(signatureRequests(), 1); // one signature served both calls
    }

    void fieldErrorsComeBackPerField()
    {
        QJsonObject body = appBody(QStringLiteral("x"));
        body.insert(QStringLiteral("website_url"), QStringLiteral("https://localhost"));
        const auto [error, created] = create(body);
        QCOMPARE(error.kind(), Kind::BadRequest);
        QStringList fields;
        for (const FieldError &field : error.fieldErrors())
            fields << field.field;
        QVERIFY2(fields.contains(QStringLiteral("name")), qPrintable(fields.join(QLatin1Char(','))));
        QVERIFY(fields.contains(QStringLiteral("website_url")));
    }

    void listPagesWithACursor()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!create(appBody(QStringLiteral("App %1").arg(i))).first.isError());
        QSet<QString> seen;
        QString afterId, afterCreated;
        int pages = 0;
        while (pages < 10) {
            const auto [error, page] = list(2, afterId, afterCreated);
            QVERIFY2(!error.isError(), qPrintable(error.message()));
            if (page.apps.isEmpty())
                break;
            ++pages;
            for (const QJsonObject &app : page.apps)
                seen.insert(app.value(QLatin1String("client_id")).toString());
            afterId = page.lastClientId;
            afterCreated = page.lastCreatedOn;
        }
        // Three new apps and the two the demo portal starts with, in pages of two.
        QCOMPARE(seen.size(), 5);
        QCOMPARE(pages, 3);
    }

    void updateActivationRegenerateDelete()
    {
        const QString id =
            create(appBody(QStringLiteral("Lifecycle"))).second.value(QLatin1String("client_id")).toString();
        QJsonObject change{
            {QStringLiteral("name"), QStringLiteral("Lifecycle 2")},
            {QStringLiteral("description"), QStringLiteral("renamed")},
            {QStringLiteral("allow_pkce"), false},
            {QStringLiteral("is_public"), false},
            {QStringLiteral("allowed_origins"), QJsonArray{QStringLiteral("https://crm.example.com")}}};
        QVERIFY(!plain([&](auto done) { m_api->update(id, change, done); }).isError());
        QCOMPARE(get(id).second.value(QLatin1String("name")).toString(), QStringLiteral("Lifecycle 2"));

        QVERIFY(!plain([&](auto done) { m_api->setEnabled(id, false, done); }).isError());
        QCOMPARE(get(id).second.value(QLatin1String("enabled")).toBool(true), false);
        QVERIFY(!plain([&](auto done) { m_api->setEnabled(id, true, done); }).isError());
        QCOMPARE(get(id).second.value(QLatin1String("enabled")).toBool(false), true);

        const auto [regenError, regenerated] = wait([&](auto done) { m_api->regenerateSecret(id, done); });
        QVERIFY(!regenError.isError());
        QCOMPARE(regenerated.value(QLatin1String("client_secret")).toString().size(), 36);

        QVERIFY(!plain([&](auto done) { m_api->remove(id, done); }).isError());
        QCOMPARE(get(id).first.kind(), Kind::NotFound);
    }

    void refusedSignatureIsRenewedOnce()
    {
        QVERIFY(!list(10, {}, {}).first.isError());
        const QByteArray first = m_api->currentSignature();
        m_simulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("path"), QStringLiteral("/api/2.0/clients")},
                              {QStringLiteral("status"), 401}});
        const auto [error, page] = list(10, {}, {});
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(!page.apps.isEmpty());
        QCOMPARE(signatureRequests(), 2);
        QVERIFY(m_api->currentSignature() != first);

        // Refused again and again: reported, not looped.
        m_simulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("path"), QStringLiteral("/api/2.0/clients")},
                              {QStringLiteral("status"), 401},
                              {QStringLiteral("times"), 0}});
        QCOMPARE(list(10, {}, {}).first.kind(), Kind::Unauthorized);
    }

    void scopesComeFromThePortal()
    {
        bool done = false;
        QJsonArray scopes;
        m_api->scopes([&](const PortalError &error, const QJsonArray &array) {
            QVERIFY(!error.isError());
            scopes = array;
            done = true;
        });
        QTRY_VERIFY(done);
        QStringList names;
        for (const QJsonValue &scope : scopes)
            names << scope.toObject().value(QLatin1String("name")).toString();
        QVERIFY(names.contains(QStringLiteral("accounts.self:write")));
        QVERIFY(names.contains(QStringLiteral("openid")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthAppsApi)
#include "tst_oauthappsapi.moc"
