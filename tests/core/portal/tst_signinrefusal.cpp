#include "portal/ResponseReader.h"
#include "portal/SignInRefusal.h"

#include <QTest>

using namespace PortalKeys::Portal;
using Reason = SignInRefusal::Reason;

namespace {

// A refusal as DocSpace 3.7 sends it (ResponseWrapper.cs: error.type only for exceptions with a stack).
PortalError refusal(int status, const QByteArray &body)
{
    return ResponseReader::read(ResponseFormat::Envelope, status, QByteArrayLiteral("application/json"), body,
                                {QStringLiteral("portal.example.com"), false, true})
        .error;
}

} // namespace

class TestSignInRefusal : public QObject {
    Q_OBJECT

private slots:
    void portalAnswersAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("reason");
        QTest::newRow("wrong password or unknown e-mail")
            << 401
            << QByteArray(R"({"error":{"message":"User authentication failed"},"status":1,"statusCode":401})")
            << int(Reason::WrongCredentials);
        QTest::newRow("brute-force lock")
            << 403
            << QByteArray(
                   R"({"error":{"message":"Too many login attempts. Please try again later"},"status":1,)"
                   R"("statusCode":403})")
            << int(Reason::TooManyAttempts);
        QTest::newRow("brute-force lock in German")
            << 403
            << QByteArray(R"({"error":{"message":"Zu viele Anmeldeversuche."},"status":1,"statusCode":403})")
            << int(Reason::TooManyAttempts);
        QTest::newRow("reCAPTCHA")
            << 403 << QByteArray(R"({"error":{"message":"Invalid Recaptcha"},"status":1,"statusCode":403})")
            << int(Reason::Recaptcha);
        QTest::newRow("disabled user")
            << 403
            << QByteArray(R"({"error":{"message":"User disabled","type":"System.InvalidOperationException",)"
                          R"("hresult":-2146233079},"status":1,"statusCode":403})")
            << int(Reason::UserDisabled);
        QTest::newRow("server error")
            << 500 << QByteArray(R"({"error":{"message":"boom"},"status":1})") << int(Reason::Other);
    }

    void portalAnswersAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, reason);
        QCOMPARE(int(SignInRefusal::classify(refusal(status, body))), reason);
    }

    void wrongCredentialsDoNotSayWhichOneIsWrong()
    {
        const PortalError error = SignInRefusal::explain(
            refusal(401, R"({"error":{"message":"User authentication failed"},"status":1})"),
            QStringLiteral("ada@example.com"));
        QCOMPARE(error.kind(), PortalError::Kind::Unauthorized);
        QVERIFY(error.message().contains(QLatin1String("e-mail or the password is wrong")));
        QVERIFY(!error.message().contains(QLatin1String("no user")));
    }

    void lockSaysToWaitAndNotToRetry()
    {
        const PortalError error = SignInRefusal::explain(
            refusal(403,
                    R"({"error":{"message":"Too many login attempts. Please try again later"},"status":1})"),
            QStringLiteral("ada@example.com"));
        QVERIFY(error.message().contains(QLatin1String("Wait a few minutes")));
        QVERIFY(error.message().contains(QLatin1String("browser")));
        QVERIFY(!error.isTransient());
    }

    void disabledUserIsNamed()
    {
        const PortalError error = SignInRefusal::explain(
            refusal(403, R"({"error":{"message":"User disabled","type":"System.InvalidOperationException"},)"
                         R"("status":1})"),
            QStringLiteral("ada@example.com"));
        QVERIFY(error.message().contains(QLatin1String("ada@example.com is disabled")));
    }

    void otherFailuresPassThrough()
    {
        const PortalError timeout(PortalError::Kind::Timeout, QStringLiteral("no answer"));
        QCOMPARE(SignInRefusal::explain(timeout, QStringLiteral("a@b.c")).message(), timeout.message());
    }
};

QTEST_GUILESS_MAIN(TestSignInRefusal)
#include "tst_signinrefusal.moc"
