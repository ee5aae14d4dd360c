// The OAuth app registry end to end against the portal simulator: x-signature, create, the secret read
// again, paging, complete updates, activation, secret regeneration, delete, field errors, the cloud
// registry's limits, scope groups.
#include "../portal/PortalTestSupport.h"

#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppsApi.h"
#include "oauth/ScopeModel.h"
#include "portal/Credentials.h"

#include <QJsonArray>
#include <QJsonDocument>
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

    template <typename Result, typename Call> std::pair<PortalError, Result> wait(Call call)
    {
        bool done = false;
        std::pair<PortalError, Result> result;
        call([&](const PortalError &error, const Result &value) {
            result = {error, value};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    std::pair<PortalError, RegisteredApp> create(const QJsonObject &body)
    {
        return wait<RegisteredApp>([&](auto done) { m_api->create(body, done); });
    }
    std::pair<PortalError, RegisteredApp> get(const QString &id)
    {
        return wait<RegisteredApp>([&](auto done) { m_api->get(id, done); });
    }
    PortalError plain(const std::function<void(OAuthAppsApi::Done)> &call)
    {
        return wait<bool>([&](auto done) { call([done](const PortalError &error) { done(error, true); }); })
            .first;
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

    void getGivesTheSecretAgainTheListDoesNot()
    {
        const auto [error, created] = create(appBody(QStringLiteral("CRM sync")));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        const QString id = created.app.clientId;
        QVERIFY(!id.isEmpty());
        const QByteArray secret = created.clientSecret;
        QCOMPARE(secret.size(), 36);
        // The secret is kept apart: the portal's description, which scripts print, does not carry it.
        QVERIFY(!created.description.contains(QLatin1String("client_secret")));
        QCOMPARE(created.description.value(QLatin1String("client_id")).toString(), id);
        QCOMPARE(created.descriptionWithSecret().value(QLatin1String("client_secret")).toString(),
                 QString::fromLatin1(secret));
        // An admin reads the same secret again: it is not "shown once".
        const auto [getError, shown] = get(id);
        QVERIFY2(!getError.isError(), qPrintable(getError.message()));
        QCOMPARE(shown.app.name, QStringLiteral("CRM sync"));
        QCOMPARE(shown.clientSecret, secret);
        QCOMPARE(signatureRequests(), 1); // one signature served both calls
        // The list's secret is encrypted, never the one that signs in: it is not handed on at all.
        const auto [listError, page] = list(50, {}, {});
        QVERIFY(!listError.isError());
        bool listed = false;
        for (const RegisteredApp &app : page.apps) {
            if (app.app.clientId == id) {
                listed = true;
                QVERIFY(!app.hasSecret());
                QVERIFY(!app.description.contains(QLatin1String("client_secret")));
            }
        }
        QVERIFY(listed);
    }

    void registryLimitsAreNamed_data()
    {
        // The identity service's words (CoreDynamoClientRepository) and what PortalKeys must say instead.
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("portal") << QStringLiteral("Tenant has reached the maximum allowed number of clients")
                                << QStringLiteral("at most 100 OAuth apps,");
        QTest::newRow("user") << QStringLiteral("User has reached the maximum allowed number of clients")
                              << QStringLiteral("at most 10 OAuth apps per user");
    }
    void registryLimitsAreNamed()
    {
        QFETCH(QString, detail);
        QFETCH(QString, expected);
        const QJsonObject problem{{QStringLiteral("type"), QStringLiteral("about:blank")},
                                  {QStringLiteral("title"), QStringLiteral("Bad Request")},
                                  {QStringLiteral("status"), 400},
                                  {QStringLiteral("detail"), detail},
                                  {QStringLiteral("instance"), QStringLiteral("/api/2.0/clients")}};
        m_simulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("/api/2.0/clients")},
                              {QStringLiteral("status"), 400},
                              {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(problem).toJson())}});
        const auto [error, created] = create(appBody(QStringLiteral("One too many")));
        QCOMPARE(error.kind(), Kind::BadRequest);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(!created.app.isRegistered());
        // Any other refusal keeps its own message.
        QJsonObject body = appBody(QStringLiteral("x"));
        const PortalError other = create(body).first;
        QCOMPARE(other.kind(), Kind::BadRequest);
        QVERIFY2(!other.message().contains(QLatin1String("OAuth apps")), qPrintable(other.message()));
    }

    void updateSendsACompleteBody()
    {
        // PKCE on; then only the name changes. A body without allow_pkce would turn PKCE off, one without
        // logo or allowed_origins is refused.
        const QString id = create(appBody(QStringLiteral("Complete"))).second.app.clientId;
        QVERIFY(!id.isEmpty());
        OAuthApp app = get(id).second.app;
        QVERIFY(app.allowPkce);
        app.name = QStringLiteral("Complete, renamed");
        const PortalError error = plain([&](auto done) { m_api->update(id, app.toUpdateJson(), done); });
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        const OAuthApp after = get(id).second.app;
        QCOMPARE(after.name, QStringLiteral("Complete, renamed"));
        QVERIFY(after.allowPkce);
        QCOMPARE(after.logo, app.logo);
        QCOMPARE(after.allowedOrigins, app.allowedOrigins);
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
        QList<bool> more;
        while (pages < 10) {
            const auto [error, page] = list(2, afterId, afterCreated);
            QVERIFY2(!error.isError(), qPrintable(error.message()));
            if (page.apps.isEmpty())
                break;
            ++pages;
            more.append(page.hasMore);
            for (const RegisteredApp &app : page.apps)
                seen.insert(app.app.clientId);
            afterId = page.lastClientId;
            afterCreated = page.lastCreatedOn;
            if (!page.hasMore)
                break; // the portal's cursor is null on the last page
        }
        // Three new apps and the two the demo portal starts with, in pages of two; the last one says so.
        QCOMPARE(seen.size(), 5);
        QCOMPARE(pages, 3);
        QCOMPARE(more, (QList<bool>{true, true, false}));
    }

    void updateActivationRegenerateDelete()
    {
        const QString id = create(appBody(QStringLiteral("Lifecycle"))).second.app.clientId;
        QJsonObject change{
            {QStringLiteral("name"), QStringLiteral("Lifecycle 2")},
            {QStringLiteral("description"), QStringLiteral("renamed")},
            {QStringLiteral("logo"), appBody(QString()).value(QLatin1String("logo"))},
            {QStringLiteral("allow_pkce"), false},
            {QStringLiteral("is_public"), true},
            {QStringLiteral("allowed_origins"), QJsonArray{QStringLiteral("https://crm.example.com")}}};
        QVERIFY(!plain([&](auto done) { m_api->update(id, change, done); }).isError());
        QCOMPARE(get(id).second.app.name, QStringLiteral("Lifecycle 2"));

        QVERIFY(!plain([&](auto done) { m_api->setEnabled(id, false, done); }).isError());
        QCOMPARE(get(id).second.app.enabled, false);
        QVERIFY(!plain([&](auto done) { m_api->setEnabled(id, true, done); }).isError());
        QCOMPARE(get(id).second.app.enabled, true);

        const QByteArray before = get(id).second.clientSecret;
        const auto [regenError, regenerated] =
            wait<QByteArray>([&](auto done) { m_api->regenerateSecret(id, done); });
        QVERIFY(!regenError.isError());
        QCOMPARE(regenerated.size(), 36);
        QVERIFY(regenerated != before);
        QCOMPARE(get(id).second.clientSecret, regenerated);

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
        // The portal's groups and the built-in ones have the same names, so both lists agree.
        QString problem;
        const ScopeModel portal = ScopeModel::fromServerJson(scopes, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ScopeModel builtIn = ScopeModel::builtIn();
        for (const QString &scope : builtIn.knownScopes())
            QCOMPARE(portal.groupOf(scope), builtIn.groupOf(scope));
    }
};

QTEST_GUILESS_MAIN(TestOAuthAppsApi)
#include "tst_oauthappsapi.moc"
