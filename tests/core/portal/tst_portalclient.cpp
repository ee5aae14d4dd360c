// The portal client end to end, through the real network stack, against the portal simulator.
#include "PortalTestSupport.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "portal/ConnectionTest.h"
#include "portal/Credentials.h"
#include "portal/PasswordLogin.h"
#include "support/PortalBrowser.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;
using Kind = PortalError::Kind;

class TestPortalClient : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_simulator;
    QString m_skipReason;

    std::unique_ptr<PortalClient> client(const Credentials &credentials, bool https = false,
                                         int timeoutMs = 10000)
    {
        auto result = std::make_unique<PortalClient>(
            settingsFor(https ? m_simulator.httpsUrl() : m_simulator.httpUrl(), timeoutMs));
        result->setAuthorization(credentials.authorizationHeader());
        return result;
    }
    std::unique_ptr<PortalClient> adminKeyClient(bool https = false)
    {
        return client({CredentialKind::ApiKey, {}, PortalSimulator::fullApiKey()}, https);
    }

    CallResult self(PortalClient &portal)
    {
        return sendAndWait(portal, PortalRequest::get(QStringLiteral("/api/2.0/people/@self")));
    }

    void fault(const char *path, const QJsonObject &what)
    {
        QJsonObject spec = what;
        spec.insert(QStringLiteral("path"), QString::fromLatin1(path));
        if (!spec.contains(QLatin1String("method")))
            spec.insert(QStringLiteral("method"), QStringLiteral("*"));
        m_simulator.addFault(spec);
    }

    std::pair<PortalError, ConnectionReport> testConnection(PortalClient &portal)
    {
        ConnectionTest test(&portal);
        bool done = false;
        std::pair<PortalError, ConnectionReport> result;
        test.start([&](const PortalError &error, const ConnectionReport &report) {
            result = {error, report};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return result;
    }

private slots:
    void initTestCase() { m_skipReason = m_simulator.start(); }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_simulator.reset();
    }

    void apiKeyRightAndWrong()
    {
        auto right = adminKeyClient();
        const auto [error, report] = testConnection(*right);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(report.displayName, QStringLiteral("Ada Admin"));
        QVERIFY(report.isOwner && report.isAdmin);
        QVERIFY(report.summary().contains(QLatin1String("portal owner")));

        auto wrong = client({CredentialKind::ApiKey, {}, "sk-" + QByteArray(64, '0')});
        const auto [wrongError, wrongReport] = testConnection(*wrong);
        QCOMPARE(wrongError.kind(), Kind::Unauthorized);
    }

    void basicRightAndWrong()
    {
        auto right = client({CredentialKind::Basic, QString::fromLatin1(PortalSimulator::userEmail()),
                             PortalSimulator::userPassword()});
        const auto [error, report] = testConnection(*right);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(report.email, QString::fromLatin1(PortalSimulator::userEmail()));
        QVERIFY(!report.isAdmin);
        QVERIFY(report.summary().contains(QLatin1String("not a portal admin")));

        auto wrong =
            client({CredentialKind::Basic, QString::fromLatin1(PortalSimulator::userEmail()), "nope"});
        QCOMPARE(testConnection(*wrong).first.kind(), Kind::Unauthorized);
    }

    void passwordLoginGivesARawToken()
    {
        PortalClient portal(settingsFor(m_simulator.httpUrl()));
        PasswordLogin login(&portal, QString::fromLatin1(PortalSimulator::adminEmail()),
                            PortalSimulator::adminPassword());
        QSignalSpy succeeded(&login, &PasswordLogin::succeeded);
        login.start();
        QVERIFY(succeeded.wait(10000));
        const QByteArray token = succeeded.first().at(0).toByteArray();
        QVERIFY(!token.isEmpty());
        QVERIFY(succeeded.first().at(1).toDateTime().isValid());

        auto withToken = client({CredentialKind::Token, {}, token});
        QVERIFY(!testConnection(*withToken).first.isError());
        const QJsonArray requests = m_simulator.requests();
        QCOMPARE(requests.last().toObject().value(QLatin1String("authorization_scheme")).toString(),
                 QStringLiteral("raw"));
    }

    void passwordLoginWrongPassword()
    {
        PortalClient portal(settingsFor(m_simulator.httpUrl()));
        PasswordLogin login(&portal, QString::fromLatin1(PortalSimulator::adminEmail()), "wrong");
        QSignalSpy failed(&login, &PasswordLogin::failed);
        login.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<PortalError>().kind(), Kind::Unauthorized);
    }

    void twoFactorLogin()
    {
        PortalClient portal(settingsFor(m_simulator.httpUrl()));
        PasswordLogin login(&portal, QString::fromLatin1(PortalSimulator::tfaEmail()),
                            PortalSimulator::tfaPassword());
        QSignalSpy needsCode(&login, &PasswordLogin::twoFactorRequired);
        QSignalSpy failed(&login, &PasswordLogin::failed);
        QSignalSpy succeeded(&login, &PasswordLogin::succeeded);
        login.start();
        QVERIFY(needsCode.wait(10000));
        login.submitCode(QStringLiteral("000000"));
        QVERIFY(failed.wait(10000));
        login.submitCode(QString::fromLatin1(PortalSimulator::tfaCode()));
        QVERIFY(succeeded.wait(10000));
        auto withToken = client({CredentialKind::Token, {}, succeeded.first().at(0).toByteArray()});
        QCOMPARE(testConnection(*withToken).second.displayName, QStringLiteral("Tess Twofactor"));
    }

    void tlsRefusedWithoutPinAcceptedWithIt()
    {
        auto unpinned = adminKeyClient(true);
        const CallResult refused = self(*unpinned);
        QCOMPARE(refused.error.kind(), Kind::Tls);
        QCOMPARE(refused.error.certificate().sha256, m_simulator.certificateSha256());
        QVERIFY(refused.error.certificate().selfSigned);
        QVERIFY(refused.error.certificate().describe().contains(QLatin1String("SHA-256")));
        // Nothing reached the portal: the handshake failed before any request.
        QVERIFY(m_simulator.requests().isEmpty());

        ClientSettings pinned = settingsFor(m_simulator.httpsUrl());
        pinned.pinnedSha256 = m_simulator.certificateSha256();
        PortalClient trusted(pinned);
        trusted.setAuthorization(
            Credentials{CredentialKind::ApiKey, {}, PortalSimulator::fullApiKey()}.authorizationHeader());
        const auto [error, report] = testConnection(trusted);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(report.displayName, QStringLiteral("Ada Admin"));

        ClientSettings wrongPin = pinned;
        wrongPin.pinnedSha256 = QString(64, QLatin1Char('0'));
        PortalClient mispinned(wrongPin);
        QCOMPARE(self(mispinned).error.kind(), Kind::Tls);
    }

    void noCredentialsAfterACrossOriginRedirect()
    {
        // The HTTPS listener is another origin (other scheme and port) of the same simulator.
        QUrl elsewhere = m_simulator.httpUrl();
        elsewhere.setHost(QStringLiteral("localhost"));
        elsewhere.setPath(QStringLiteral("/api/2.0/people/@self"));
        fault("/api/2.0/people/@self", {{QStringLiteral("redirect"), elsewhere.toString()}});
        auto portal = adminKeyClient();
        const CallResult result = self(*portal);
        QCOMPARE(result.error.kind(), Kind::CrossOriginRedirect);
        QVERIFY(result.error.message().contains(QLatin1String("localhost")));
        // Exactly one request arrived: the redirect was not followed at all.
        QCOMPARE(m_simulator.requests().size(), 1);
    }

    void sameOriginRedirectIsFollowedWithCredentials()
    {
        fault("/api/2.0/people/@me", {{QStringLiteral("redirect"), QStringLiteral("/api/2.0/people/@self")}});
        auto portal = adminKeyClient();
        const CallResult result =
            sendAndWait(*portal, PortalRequest::get(QStringLiteral("/api/2.0/people/@me")));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
        QCOMPARE(result.response.value.toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Ada Admin"));
        const QJsonArray requests = m_simulator.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(1).toObject().value(QLatin1String("has_authorization")).toBool());
    }

    void eachStatusGivesItsOwnError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("401") << 401 << int(Kind::Unauthorized) << "credentials";
        QTest::newRow("402") << 402 << int(Kind::PaymentRequired) << "plan";
        QTest::newRow("403") << 403 << int(Kind::Forbidden) << "permission";
        QTest::newRow("404") << 404 << int(Kind::NotFound) << "Not found";
        QTest::newRow("500") << 500 << int(Kind::ServerError) << "internal error";
    }
    void eachStatusGivesItsOwnError()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        fault("/api/2.0/people/@self", {{QStringLiteral("status"), status}, {QStringLiteral("times"), 0}});
        auto portal = adminKeyClient();
        const CallResult result = self(*portal);
        QCOMPARE(int(result.error.kind()), kind);
        QVERIFY2(result.error.message().contains(mentions), qPrintable(result.error.message()));
    }

    void transientFailuresOfGetAreRetried()
    {
        fault("/api/2.0/people/@self", {{QStringLiteral("status"), 503}, {QStringLiteral("times"), 1}});
        auto portal = adminKeyClient();
        const CallResult result = self(*portal);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
        QCOMPARE(result.response.attempts, 2);
    }

    void retriesAreBounded()
    {
        fault("/api/2.0/people/@self", {{QStringLiteral("status"), 503}, {QStringLiteral("times"), 0}});
        auto portal = adminKeyClient();
        const CallResult result = self(*portal);
        QCOMPARE(result.error.kind(), Kind::ServerError);
        QCOMPARE(m_simulator.requests().size(), 3); // the first try and two retries
    }

    void postsAreNeverRetried()
    {
        fault("/api/2.0/settings/authservice",
              {{QStringLiteral("status"), 503}, {QStringLiteral("times"), 0}});
        auto portal = adminKeyClient();
        const CallResult result =
            sendAndWait(*portal, PortalRequest::postJson(QStringLiteral("/api/2.0/settings/authservice"),
                                                         QJsonDocument(QJsonObject{})));
        QCOMPARE(result.error.kind(), Kind::ServerError);
        QCOMPARE(m_simulator.requests().size(), 1);
    }

    void rateLimitHonoursRetryAfter()
    {
        fault("/api/2.0/people/@self", {{QStringLiteral("status"), 429},
                                        {QStringLiteral("retry_after"), 1},
                                        {QStringLiteral("times"), 1}});
        auto portal = adminKeyClient();
        const CallResult result = self(*portal);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
        QCOMPARE(result.response.attempts, 2);

        fault("/api/2.0/people/@self", {{QStringLiteral("status"), 429},
                                        {QStringLiteral("retry_after"), 3600},
                                        {QStringLiteral("times"), 1}});
        const CallResult tooLong = self(*portal);
        QCOMPARE(tooLong.error.kind(), Kind::RateLimited);
        QCOMPARE(tooLong.error.retryAfterSeconds(), 3600);
        QVERIFY(tooLong.error.message().contains(QLatin1String("3600")));
    }

    void brokenAnswers_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed") << "malformed"
                                   << "broken or incomplete JSON";
        QTest::newRow("truncated") << "truncated"
                                   << "cut off";
        QTest::newRow("garbage") << "garbage"
                                 << "web page";
    }
    void brokenAnswers()
    {
        QFETCH(QString, what);
        QFETCH(QString, mentions);
        fault("/api/2.0/people/@self", {{what, true}, {QStringLiteral("times"), 0}});
        auto portal = adminKeyClient();
        const CallResult result = self(*portal);
        QVERIFY(result.done);
        QVERIFY(result.error.isError());
        QVERIFY2(result.error.message().contains(mentions), qPrintable(result.error.message()));
    }

    void hangingPortalTimesOut()
    {
        fault("/api/2.0/people/@self", {{QStringLiteral("hang"), true}, {QStringLiteral("times"), 0}});
        PortalClient portal(settingsFor(m_simulator.httpUrl(), 700));
        const CallResult result = self(portal);
        QCOMPARE(result.error.kind(), Kind::Timeout);
        QVERIFY(result.error.message().contains(QLatin1String("did not answer")));
    }

    void slowCallCanBeCancelled()
    {
        fault("/api/2.0/people/@self", {{QStringLiteral("delay"), 20}});
        auto portal = adminKeyClient();
        bool done = false;
        PortalError error;
        PortalCall *call = portal->send(PortalRequest::get(QStringLiteral("/api/2.0/people/@self")),
                                        [&](const PortalError &e, const PortalResponse &) {
                                            error = e;
                                            done = true;
                                        });
        QTest::qWait(200);
        QVERIFY(!done);
        call->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
        QCOMPARE(error.kind(), Kind::Cancelled);
    }

    void deletingTheClientDuringACallIsSafe()
    {
        fault("/api/2.0/people/@self", {{QStringLiteral("delay"), 5}});
        auto portal = adminKeyClient();
        bool handlerRan = false;
        portal->send(PortalRequest::get(QStringLiteral("/api/2.0/people/@self")),
                     [&](const PortalError &, const PortalResponse &) { handlerRan = true; });
        QTest::qWait(200);
        portal.reset(); // e.g. the window closes while a portal is slow
        QTest::qWait(100);
        QVERIFY(!handlerRan);
    }

    void connectionRefused()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost));
        const quint16 port = placeholder.serverPort();
        placeholder.close(); // now nothing listens there
        PortalClient portal(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        const CallResult result = self(portal);
        QCOMPARE(result.error.kind(), Kind::ConnectionRefused);
    }

    void plainHttpElsewhereIsNeverSent()
    {
        PortalClient portal(settingsFor(QUrl(QStringLiteral("http://portal.example.com"))));
        portal.setAuthorization("Bearer sk-secret");
        const CallResult result = self(portal);
        QCOMPARE(result.error.kind(), Kind::InsecureUrl);
    }

    void oauthCodeFlowWithPkceAndRefreshRotation()
    {
        PortalClient portal(settingsFor(m_simulator.httpUrl()));
        PortalKeys::OAuth::AuthorizationCodeFlow::Settings settings;
        settings.serverRoot = m_simulator.httpUrl();
        settings.clientId = PortalSimulator::oauthClientId();
        settings.clientSecret = PortalSimulator::oauthClientSecret();
        settings.scopes = {QStringLiteral("accounts.self:read"), QStringLiteral("files:read")};
        PortalKeys::OAuth::AuthorizationCodeFlow flow(&portal, settings);
        QSignalSpy urlReady(&flow, &PortalKeys::OAuth::AuthorizationCodeFlow::authorizationUrlReady);
        QSignalSpy succeeded(&flow, &PortalKeys::OAuth::AuthorizationCodeFlow::succeeded);
        QSignalSpy failed(&flow, &PortalKeys::OAuth::AuthorizationCodeFlow::failed);
        flow.start();
        QVERIFY(urlReady.wait(10000));
        const QUrl authorizationUrl = urlReady.first().at(0).toUrl();
        const QUrlQuery query(authorizationUrl);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"))
                    .startsWith(QLatin1String("http://127.0.0.1:")));

        // Play the admin's browser: signed in to the portal, it consents and is sent to PortalKeys' listener.
        PortalKeys::Testing::PortalBrowser browser;
        browser.open(authorizationUrl);
        QVERIFY(succeeded.wait(15000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(0).value<PortalError>().message()));
        QTRY_VERIFY(browser.isFinished());
        QVERIFY2(browser.succeeded(), qPrintable(browser.failure()));
        QCOMPARE(browser.consentsGiven(), 1);
        QVERIFY(browser.lastPage().contains("PortalKeys is signed in"));

        const auto tokens = succeeded.first().at(0).value<PortalKeys::OAuth::OAuthTokens>();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        auto withAccess = client({CredentialKind::OAuth2, {}, tokens.accessToken});
        QCOMPARE(testConnection(*withAccess).second.displayName, QStringLiteral("Ada Admin"));

        // Refresh rotates: the new refresh token works, the old one no longer does.
        const QUrl tokenEndpoint =
            succeeded.first().at(1).value<PortalKeys::OAuth::OAuthServer>().tokenEndpoint;
        auto refresh = [&](const QByteArray &refreshToken) {
            bool done = false;
            std::pair<PortalError, PortalKeys::OAuth::OAuthTokens> result;
            PortalKeys::OAuth::AuthorizationCodeFlow::refresh(
                &portal, tokenEndpoint, settings.clientId, settings.clientSecret, refreshToken,
                [&](const PortalError &error, const PortalKeys::OAuth::OAuthTokens &fresh) {
                    result = {error, fresh};
                    done = true;
                });
            (void)QTest::qWaitFor([&] { return done; }, 10000);
            return result;
        };
        const auto first = refresh(tokens.refreshToken);
        QVERIFY2(!first.first.isError(), qPrintable(first.first.message()));
        QVERIFY(first.second.refreshToken != tokens.refreshToken);
        const auto reused = refresh(tokens.refreshToken);
        QCOMPARE(reused.first.kind(), Kind::BadRequest);
        QVERIFY(reused.first.message().contains(QLatin1String("invalid_grant")));
    }

    void oauthAnswerWithAForeignStateIsRefused()
    {
        PortalClient portal(settingsFor(m_simulator.httpUrl()));
        PortalKeys::OAuth::AuthorizationCodeFlow::Settings settings;
        settings.serverRoot = m_simulator.httpUrl();
        settings.clientId = PortalSimulator::publicClientId();
        PortalKeys::OAuth::AuthorizationCodeFlow flow(&portal, settings);
        QSignalSpy urlReady(&flow, &PortalKeys::OAuth::AuthorizationCodeFlow::authorizationUrlReady);
        QSignalSpy failed(&flow, &PortalKeys::OAuth::AuthorizationCodeFlow::failed);
        flow.start();
        QVERIFY(urlReady.wait(10000));
        QUrl forged(QUrlQuery(urlReady.first().at(0).toUrl())
                        .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        forged.setQuery(QStringLiteral("code=stolen&state=not-ours"));
        QNetworkAccessManager browser;
        QNetworkReply *page = browser.get(QNetworkRequest(forged));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(0).value<PortalError>().message().contains(QLatin1String("state")));
        page->deleteLater();
    }

    void simulatorLogHoldsNoSecret()
    {
        auto portal = adminKeyClient();
        QVERIFY(!self(*portal).error.isError());
        const QByteArray log = m_simulator.takeLog();
        QVERIFY(!log.contains(PortalSimulator::fullApiKey()));
        QVERIFY(!log.contains(PortalSimulator::adminPassword()));
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "tst_portalclient.moc"
