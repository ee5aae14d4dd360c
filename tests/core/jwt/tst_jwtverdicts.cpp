// The verdict on tokens that are correctly signed but no valid JWT (RFC 7519 §7.2, §2; RFC 7515 §4.1.4):
// invalid as the JWT libraries say, valid as a plain JWS only where the payload alone is the problem.
#include "HostileTokens.h"

#include "jwt/JwtForm.h"
#include "jwt/Key.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QTest>

using namespace PortalKeys::Jwt;

namespace {

Token parsed(const QString &text)
{
    const Token::ParseResult result = Token::parse(text);
    if (!result.ok())
        qFatal("test token does not parse: %s", qPrintable(result.error));
    return *result.token;
}

Key hostileKey()
{
    return *Key::fromSecret(HostileTokens::secret()).key;
}

bool hasCode(const QList<Warning> &warnings, const QString &code)
{
    for (const Warning &warning : warnings)
        if (warning.code == code)
            return true;
    return false;
}

} // namespace

class TestJwtVerdicts : public QObject {
    Q_OBJECT

private slots:
    void verdictAsJwtAndAsJws_data()
    {
        QTest::addColumn<int>("index");
        const QList<HostileTokens::Case> cases = HostileTokens::cases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).name) << i;
    }

    void verdictAsJwtAndAsJws()
    {
        QFETCH(int, index);
        const HostileTokens::Case c = HostileTokens::cases().at(index);
        const Token token = parsed(HostileTokens::token(c));

        VerifyOptions jwt;
        const VerifyResult asJwt = Verifier::verify(token, hostileKey(), jwt);
        QVERIFY2(asJwt.signatureValid, qPrintable(asJwt.errors.join(QLatin1Char(' '))));
        QCOMPARE(asJwt.valid(), c.validJwt);
        QCOMPARE(asJwt.formValid, c.validJwt);
        QCOMPARE(JwtForm::problems(token).isEmpty(), c.validJwt);
        if (!c.validJwt) {
            QVERIFY(hasCode(JwtForm::problems(token), QLatin1String(c.code)));
            // The reason names the rule, so that an admin can take it to the issuer.
            const QString reason = asJwt.errors.join(QLatin1Char(' '));
            QVERIFY2(reason.contains(QLatin1String("RFC 75")), qPrintable(reason));
            QVERIFY2(reason.size() < 400, qPrintable(reason));
            // Decoding shows the same problem as a warning, before any key is given; the verdict says it
            // once, as an error.
            QVERIFY(hasCode(Verifier::tokenWarnings(token, jwt.now, 0), QLatin1String(c.code)));
            QVERIFY(!hasCode(asJwt.warnings, QLatin1String(c.code)));
        }
        // Not comparing the times with the clock does not make a malformed time acceptable.
        VerifyOptions noTime;
        noTime.checkTime = false;
        QCOMPARE(Verifier::verify(token, hostileKey(), noTime).valid(), c.validJwt);

        VerifyOptions jws;
        jws.plainJws = true;
        const VerifyResult asJws = Verifier::verify(token, hostileKey(), jws);
        QCOMPARE(asJws.valid(), c.validJws);
        QCOMPARE(hasCode(asJws.warnings, QStringLiteral("payload-not-json")), false);
    }

    void messagesSayWhatWasWritten()
    {
        const auto reason = [](const QByteArray &header, const QByteArray &payload) {
            return Verifier::verify(parsed(HostileTokens::signHs256(header, payload)), hostileKey())
                .errors.join(QLatin1Char(' '));
        };
        const QByteArray hs = R"({"alg":"HS256"})";
        QVERIFY(reason(hs, "42").contains(QStringLiteral("is not a JSON object (it is a number)")));
        QVERIFY(reason(hs, "[1]").contains(QStringLiteral("(it is an array)")));
        QVERIFY(reason(hs, "").contains(QStringLiteral("(it is empty)")));
        QVERIFY(reason(hs, R"({"a":1)").contains(QStringLiteral("ends too early")));
        const QString iat = reason(hs, R"({"iat":"123"})");
        QVERIFY2(iat.contains(QStringLiteral("The “iat” claim is a string (“123”), not a NumericDate")),
                 qPrintable(iat));
        QVERIFY(reason(R"({"alg":"HS256","kid":7})", "{}").contains(QStringLiteral("“kid” is a number")));
        // A huge string is quoted shortened, never whole.
        const QByteArray long_(100000, 'x');
        QVERIFY(reason(hs, "{\"exp\":\"" + long_ + "\"}").size() < 400);
        // Each problem once, however the times are checked: the time check leaves non-numbers to JwtForm.
        const QString both = reason(hs, R"({"exp":"1","nbf":true})");
        QCOMPARE(both.count(QStringLiteral("not a NumericDate")), 2);
    }

    void plainJwsSkipsTheClaims()
    {
        // An expired JWT is still a correctly signed JWS: --jws looks at the signature and the header only.
        const Token expired = parsed(HostileTokens::signHs256(R"({"alg":"HS256"})", R"({"exp":1})"));
        QVERIFY(!Verifier::verify(expired, hostileKey()).valid());
        VerifyOptions jws;
        jws.plainJws = true;
        const VerifyResult result = Verifier::verify(expired, hostileKey(), jws);
        QVERIFY2(result.valid(), qPrintable(result.errors.join(QLatin1Char(' '))));
        QVERIFY(!hasCode(result.warnings, QStringLiteral("expired")));
        // The signature still counts.
        const Token forged =
            parsed(HostileTokens::signHs256(R"({"alg":"HS256"})", "data").chopped(2) + QStringLiteral("AA"));
        QVERIFY(!Verifier::verify(forged, hostileKey(), jws).valid());
    }
};

QTEST_GUILESS_MAIN(TestJwtVerdicts)
#include "tst_jwtverdicts.moc"
