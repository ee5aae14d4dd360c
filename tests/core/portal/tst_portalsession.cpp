// Profiles, the real keychain (a private Secret Service) and the simulator together: what a user's session
// does, and afterwards no secret anywhere on disk in clear text.
#include "PortalTestSupport.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "portal/ConnectionTest.h"
#include "portal/PasswordLogin.h"
#include "portal/PortalSession.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "support/PortalBrowser.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace PortalKeys;
using namespace PortalKeys::Portal;
using namespace PortalKeys::Testing;

class TestPortalSession : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_simulator;
    QString m_skipReason;
    KeychainSecretStore m_keychain{QStringLiteral("PortalKeys-test")};
    QList<QByteArray> m_secretsUsed;

    void store(const PortalProfile &profile, const QList<QPair<SecretSlot, QByteArray>> &values)
    {
        bool done = false;
        PortalError error;
        PortalSession::storeSecrets(&m_keychain, profile, values, this, [&](const PortalError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        for (const auto &value : values)
            m_secretsUsed << value.second;
    }

    QByteArray readSecret(const PortalProfile &profile, SecretSlot slot, SecretError *errorOut = nullptr)
    {
        bool done = false;
        QByteArray secret;
        m_keychain.read(profile.secretKey(slot), this,
                        [&](const SecretError &error, const QByteArray &value) {
                            secret = value;
                            if (errorOut)
                                *errorOut = error;
                            done = true;
                        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return secret;
    }

    std::pair<PortalError, ConnectionReport> openAndTest(const PortalProfile &profile)
    {
        PortalSession session(profile, &m_keychain);
        std::pair<PortalError, ConnectionReport> result;
        bool done = false;
        ConnectionTest *test = nullptr;
        session.open([&](const PortalError &error, PortalClient *client) {
            if (error.isError()) {
                result.first = error;
                done = true;
                return;
            }
            test = new ConnectionTest(client, &session);
            test->start([&](const PortalError &testError, const ConnectionReport &report) {
                result = {testError, report};
                done = true;
            });
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return result;
    }

    PortalProfile profile(CredentialKind kind)
    {
        return PortalProfile::create(QStringLiteral("sim-%1").arg(credentialKindName(kind)),
                                     m_simulator.httpUrl(), kind);
    }

private slots:
    void initTestCase() { m_skipReason = m_simulator.start(); }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_skipReason));
        m_simulator.reset();
    }

    void apiKeyFromTheKeychain()
    {
        const PortalProfile apiKey = profile(CredentialKind::ApiKey);
        const auto [missing, nobody] = openAndTest(apiKey);
        QCOMPARE(missing.kind(), PortalError::Kind::Unauthorized);
        QVERIFY(missing.message().contains(QLatin1String("No API key is stored")));

        store(apiKey, {{SecretSlot::ApiKey, PortalSimulator::fullApiKey()}});
        const auto [error, report] = openAndTest(apiKey);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(report.displayName, QStringLiteral("Ada Admin"));
    }

    void basicAndTokenFromTheKeychain()
    {
        PortalProfile basic = profile(CredentialKind::Basic);
        basic.user = QString::fromLatin1(PortalSimulator::adminEmail());
        store(basic, {{SecretSlot::Password, PortalSimulator::adminPassword()}});
        QVERIFY(!openAndTest(basic).first.isError());

        // A login token from e-mail and password: only the token is kept.
        const PortalProfile token = profile(CredentialKind::Token);
        PortalClient portal(PortalSession::clientSettings(token));
        PasswordLogin login(&portal, QString::fromLatin1(PortalSimulator::adminEmail()),
                            PortalSimulator::adminPassword());
        QSignalSpy succeeded(&login, &PasswordLogin::succeeded);
        login.start();
        QVERIFY(succeeded.wait(10000));
        store(token, {{SecretSlot::LoginToken, succeeded.first().at(0).toByteArray()}});
        QVERIFY(!openAndTest(token).first.isError());
        QVERIFY(readSecret(token, SecretSlot::Password).isEmpty());
    }

    void expiredOAuthTokenIsRenewedAndRotated()
    {
        PortalProfile oauth = profile(CredentialKind::OAuth2);
        oauth.clientId = PortalSimulator::oauthClientId();
        store(oauth, {{SecretSlot::ClientSecret, PortalSimulator::oauthClientSecret()}});

        // Sign in through the code flow, playing the browser.
        PortalClient portal(PortalSession::clientSettings(oauth));
        OAuth::AuthorizationCodeFlow flow(
            &portal, {oauth.baseUrl, oauth.clientId, PortalSimulator::oauthClientSecret(), {}, 0});
        QSignalSpy urlReady(&flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady);
        QSignalSpy succeeded(&flow, &OAuth::AuthorizationCodeFlow::succeeded);
        flow.start();
        QVERIFY(urlReady.wait(10000));
        PortalBrowser browser; // the admin's, signed in to the portal; it consents when asked
        browser.open(urlReady.first().at(0).toUrl());
        QVERIFY2(succeeded.wait(15000), qPrintable(browser.failure()));
        const auto tokens = succeeded.first().at(0).value<OAuth::OAuthTokens>();

        // An access token that expired a minute ago: the session must renew it before use.
        QJsonObject claims{{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 60}};
        const QByteArray expired =
            Jwt::Signer::sign(claims, Jwt::Algorithm::HS256, *Jwt::Key::fromSecret(QByteArray(32, 'k')).key)
                .token.toLatin1();
        store(oauth, {{SecretSlot::AccessToken, expired}, {SecretSlot::RefreshToken, tokens.refreshToken}});

        const auto [error, report] = openAndTest(oauth);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(report.displayName, QStringLiteral("Ada Admin"));
        const QByteArray rotated = readSecret(oauth, SecretSlot::RefreshToken);
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != tokens.refreshToken);
        QVERIFY(readSecret(oauth, SecretSlot::AccessToken) != expired);
        m_secretsUsed << tokens.accessToken << tokens.refreshToken << rotated;
    }

    void removingAProfileRemovesItsSecrets()
    {
        const PortalProfile apiKey = profile(CredentialKind::ApiKey);
        store(apiKey, {{SecretSlot::ApiKey, PortalSimulator::fullApiKey()}});
        bool done = false;
        PortalSession::removeSecrets(&m_keychain, apiKey, this, [&](const PortalError &error) {
            QVERIFY(!error.isError());
            done = true;
        });
        QTRY_VERIFY(done);
        SecretError error;
        readSecret(apiKey, SecretSlot::ApiKey, &error);
        QCOMPARE(error.kind(), SecretError::Kind::NotFound);
    }

    void profilesSurviveARestartWithoutTheirSecrets()
    {
        PortalProfile basic = profile(CredentialKind::Basic);
        basic.user = QString::fromLatin1(PortalSimulator::adminEmail());
        const ProfileStore store;
        QCOMPARE(store
                     .update([&basic](QList<PortalProfile> &list) {
                         list = {basic};
                         return QString();
                     })
                     .error,
                 QString());
        const ProfileStore::LoadResult loaded = ProfileStore().load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.profiles.size(), 1);
        QCOMPARE(loaded.profiles.first().toJson(), basic.toJson());
    }

    void noSecretAnywhereOnDisk()
    {
        // Runs last: everything the session above handled must be in the keychain (encrypted) or gone, and
        // never in clear text under the app's folders or anywhere in this test's private HOME.
        m_secretsUsed << PortalSimulator::fullApiKey() << PortalSimulator::adminPassword()
                      << PortalSimulator::oauthClientSecret();
        const QStringList roots{QDir::homePath(),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
        int filesRead = 0;
        for (const QString &root : roots) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++filesRead;
                const QByteArray content = file.readAll();
                for (const QByteArray &secret : std::as_const(m_secretsUsed))
                    QVERIFY2(!content.contains(secret),
                             qPrintable(QStringLiteral("a secret is in ") + file.fileName()));
            }
        }
        QVERIFY(filesRead > 0); // the profile file at least
    }
};

QTEST_GUILESS_MAIN(TestPortalSession)
#include "tst_portalsession.moc"
