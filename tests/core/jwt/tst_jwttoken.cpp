// Strict parsing of compact JWS: every refusal names the segment at fault, and pasted tokens are cleaned up.
#include "jwt/Token.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PortalKeys::Jwt;

namespace {

QString b64(const QByteArray &bytes)
{
    return encodeBase64Url(bytes);
}

QString makeToken(const QByteArray &header, const QByteArray &payload, const QByteArray &signature = "sig")
{
    return b64(header) + QLatin1Char('.') + b64(payload) + QLatin1Char('.') + b64(signature);
}

const QByteArray hs256Header = R"({"alg":"HS256","typ":"JWT"})";
const QByteArray claims = R"({"sub":"1234567890","name":"John Doe","iat":1516239022})";

} // namespace

class TestJwtToken : public QObject {
    Q_OBJECT

private slots:
    void parsesAWellFormedToken()
    {
        const QString text = makeToken(hs256Header, claims, QByteArray(32, '\x5a'));
        const Token::ParseResult result = Token::parse(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Token &token = *result.token;
        QCOMPARE(token.compact(), text);
        QCOMPARE(token.algorithmName(), QStringLiteral("HS256"));
        QCOMPARE(token.header().value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(token.headerBytes(), hs256Header);
        QCOMPARE(token.payloadBytes(), claims);
        QCOMPARE(token.signature(), QByteArray(32, '\x5a'));
        QCOMPARE(token.signingInput(), text.section(QLatin1Char('.'), 0, 1).toLatin1());
        QCOMPARE(token.signatureBase64Url(), text.section(QLatin1Char('.'), 2));
        QCOMPARE(token.payloadKind(), Token::PayloadKind::JsonObject);
        QCOMPARE(token.payloadObject().value(QLatin1String("name")).toString(), QStringLiteral("John Doe"));
        QVERIFY(token.payloadDisplayText().contains(QLatin1String("\"John Doe\"")));
        QVERIFY(token.keyId().isEmpty());
    }

    void readsTheKeyId()
    {
        const auto result = Token::parse(makeToken(R"({"alg":"RS256","kid":"k-1"})", claims));
        QVERIFY(result.ok());
        QCOMPARE(result.token->keyId(), QStringLiteral("k-1"));
    }

    void signingInputIsTheSegmentsAsReceived()
    {
        // Whitespace in the header JSON must survive: verification is over the received bytes.
        const QByteArray spaced = "{ \"alg\" : \"HS256\" }";
        const auto result = Token::parse(makeToken(spaced, claims));
        QVERIFY(result.ok());
        QCOMPARE(result.token->signingInput(), (b64(spaced) + QLatin1Char('.') + b64(claims)).toLatin1());
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("segment");
        QTest::addColumn<QString>("mentions");

        const QString header = b64(hs256Header);
        const QString payload = b64(claims);
        const QString sig = b64("signature-bytes");

        QTest::newRow("empty") << QString() << 0 << QStringLiteral("Paste a token");
        QTest::newRow("only whitespace") << QStringLiteral("  \n\t ") << 0 << QStringLiteral("Paste a token");
        QTest::newRow("only bearer") << QStringLiteral("Bearer   ") << 0 << QStringLiteral("Paste a token");
        QTest::newRow("no dot") << header << 0 << QStringLiteral("no dot");
        QTest::newRow("two segments")
            << header + QLatin1Char('.') + payload << 0 << QStringLiteral("this one has 2");
        QTest::newRow("four segments")
            << header + QLatin1Char('.') + payload + QStringLiteral(".") + sig + QStringLiteral(".xyz") << 0
            << QStringLiteral("this one has 4");
        QTest::newRow("empty header")
            << QLatin1Char('.') + payload + QLatin1Char('.') + sig << 1 << QStringLiteral("segment 1");
        QTest::newRow("bad char in payload") << header + QLatin1Char('.') + payload.left(5) +
                                                    QLatin1Char('*') + payload.mid(6) + QLatin1Char('.') + sig
                                             << 2 << QStringLiteral("“*” at position 6");
        QTest::newRow("standard base64 char in signature")
            << header + QLatin1Char('.') + payload + QStringLiteral(".ab+c") << 3
            << QStringLiteral("standard base64");
        // "sig" is 3 bytes → 4 chars, so a padded form exists; "ab" → "YWI" + "=".
        QTest::newRow("padding in signature") << header + QLatin1Char('.') + payload + QStringLiteral(".YWI=")
                                              << 3 << QStringLiteral("padding");
        QTest::newRow("padding in payload")
            << header + QLatin1Char('.') + b64("ab") + QStringLiteral("=.") + sig << 2
            << QStringLiteral("padding");
        // "YWI" is canonical for "ab"; "YWJ" decodes to the same bytes with a stray low bit set.
        QTest::newRow("non-canonical last char")
            << header + QLatin1Char('.') + payload + QStringLiteral(".YWJ") << 3
            << QStringLiteral("canonical");
        QTest::newRow("impossible length") << header + QLatin1Char('.') + payload + QStringLiteral(".YWJjZ")
                                           << 3 << QStringLiteral("length");
        QTest::newRow("header not JSON") << makeToken("not json", claims) << 1 << QStringLiteral("not JSON");
        QTest::newRow("header is an array")
            << makeToken(R"(["alg","HS256"])", claims) << 1 << QStringLiteral("not an object");
        QTest::newRow("header without alg")
            << makeToken(R"({"typ":"JWT"})", claims) << 1 << QStringLiteral("“alg”");
        QTest::newRow("alg not a string")
            << makeToken(R"({"alg":256})", claims) << 1 << QStringLiteral("not a string");
        QTest::newRow("duplicate alg in header") << makeToken(R"({"alg":"HS256","alg":"none"})", claims) << 1
                                                 << QStringLiteral("“alg” appears twice");
        QTest::newRow("duplicate via escape in header")
            << makeToken(R"({"alg":"HS256","\u0061lg":"none"})", claims) << 1
            << QStringLiteral("appears twice");
        QTest::newRow("duplicate in payload")
            << makeToken(hs256Header, R"({"sub":"alice","admin":false,"admin":true})") << 2
            << QStringLiteral("“admin” appears twice");
        QTest::newRow("duplicate nested in payload")
            << makeToken(hs256Header, R"({"ctx":{"role":"user","role":"admin"}})") << 2
            << QStringLiteral("“role” appears twice");
    }

    void refusesMalformedInput()
    {
        QFETCH(QString, input);
        QFETCH(int, segment);
        QFETCH(QString, mentions);
        const Token::ParseResult result = Token::parse(input);
        QVERIFY(!result.ok());
        QVERIFY(!result.isJwe);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QCOMPARE(result.failedSegment, segment);
        if (segment > 0)
            QVERIFY2(result.error.contains(QStringLiteral("segment %1").arg(segment)),
                     qPrintable(result.error));
    }

    void recognisesAnEncryptedJwe()
    {
        const QByteArray header = R"({"alg":"RSA-OAEP","enc":"A256GCM"})";
        const QString jwe = b64(header) + QStringLiteral(".a2V5.aXY.Y2lwaGVy.dGFn");
        const Token::ParseResult result = Token::parse(jwe);
        QVERIFY(!result.ok());
        QVERIFY(result.isJwe);
        QVERIFY2(result.error.contains(QLatin1String("encrypted")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("JWE")), qPrintable(result.error));
        QCOMPARE(result.jweHeader.value(QLatin1String("enc")).toString(), QStringLiteral("A256GCM"));
        QCOMPARE(result.jweHeader.value(QLatin1String("alg")).toString(), QStringLiteral("RSA-OAEP"));
    }

    void refusesInputOverOneMebibyte()
    {
        const QString big = makeToken(hs256Header, QByteArray(Token::maxInputBytes, 'a'));
        QVERIFY(big.size() > Token::maxInputBytes);
        const Token::ParseResult result = Token::parse(big);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("1 MiB")), qPrintable(result.error));

        // Just under the limit is fine.
        const QString fits = makeToken(hs256Header, QByteArray(700 * 1024, 'a'));
        QVERIFY(fits.size() <= Token::maxInputBytes);
        QVERIFY(Token::parse(fits).ok());
    }

    void toleratesPastedForms_data()
    {
        const QString token = makeToken(hs256Header, claims, QByteArray(32, '\x01'));
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("surrounding whitespace")
            << QStringLiteral("  \n\t") + token + QStringLiteral(" \r\n") << token;
        QTest::newRow("Bearer") << QStringLiteral("Bearer ") + token << token;
        QTest::newRow("bearer") << QStringLiteral("bearer ") + token << token;
        QTest::newRow("BEARER with tab") << QStringLiteral("BEARER\t") + token << token;
        QString wrapped = token;
        wrapped.insert(40, QStringLiteral("\r\n"));
        wrapped.insert(20, QStringLiteral("\n  "));
        wrapped.insert(10, QLatin1Char(' '));
        QTest::newRow("line breaks inside") << wrapped << token;
    }

    void toleratesPastedForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Token::ParseResult result = Token::parse(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.token->compact(), expected);
    }

    void classifiesThePayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("display");
        QTest::newRow("object") << QByteArray(R"({"a":1})") << int(Token::PayloadKind::JsonObject)
                                << QStringLiteral("{\n    \"a\": 1\n}");
        QTest::newRow("array") << QByteArray("[1, 2]") << int(Token::PayloadKind::JsonOther)
                               << QStringLiteral("[\n    1,\n    2\n]");
        QTest::newRow("number") << QByteArray("42") << int(Token::PayloadKind::JsonOther)
                                << QStringLiteral("42");
        QTest::newRow("string") << QByteArray("\"hi\"") << int(Token::PayloadKind::JsonOther)
                                << QStringLiteral("\"hi\"");
        QTest::newRow("text") << QByteArray("It\xe2\x80\x99s a dangerous business,\r\n\tFrodo")
                              << int(Token::PayloadKind::Text)
                              << QString::fromUtf8("It\xe2\x80\x99s a dangerous business,\r\n\tFrodo");
        QTest::newRow("broken JSON is text")
            << QByteArray(R"({"a":1,})") << int(Token::PayloadKind::Text) << QStringLiteral("{\"a\":1,}");
        QTest::newRow("binary") << QByteArray("\x00\x01\xfe\xff", 4) << int(Token::PayloadKind::Binary)
                                << QStringLiteral("00 01 fe ff");
        QTest::newRow("control char is binary")
            << QByteArray("abc\x07") << int(Token::PayloadKind::Binary) << QStringLiteral("61 62 63 07");
        QTest::newRow("invalid UTF-8 is binary")
            << QByteArray("caf\xc3") << int(Token::PayloadKind::Binary) << QStringLiteral("63 61 66 c3");
    }

    void classifiesThePayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, kind);
        QFETCH(QString, display);
        const Token::ParseResult result = Token::parse(makeToken(hs256Header, payload));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(int(result.token->payloadKind()), kind);
        QCOMPARE(result.token->payloadDisplayText(), display);
        QCOMPARE(result.token->payloadBytes(), payload);
        if (kind != int(Token::PayloadKind::JsonObject))
            QVERIFY(result.token->payloadObject().isEmpty());
    }

    void acceptsAnEmptyPayloadAndSignature()
    {
        const Token::ParseResult result = Token::parse(b64(R"({"alg":"none"})") + QStringLiteral(".."));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.token->payloadBytes().isEmpty());
        QVERIFY(result.token->signature().isEmpty());
        QCOMPARE(result.token->algorithmName(), QStringLiteral("none"));
    }

    void base64UrlIsStrict()
    {
        QCOMPARE(decodeBase64UrlStrict(QStringLiteral("YWI")), std::optional<QByteArray>("ab"));
        QCOMPARE(decodeBase64UrlStrict(QString()), std::optional<QByteArray>(QByteArray()));
        QVERIFY(!decodeBase64UrlStrict(QStringLiteral("YWI=")));
        QVERIFY(!decodeBase64UrlStrict(QStringLiteral("YWJ")));
        QVERIFY(!decodeBase64UrlStrict(QStringLiteral("YW I")));
        QVERIFY(!decodeBase64UrlStrict(QStringLiteral("Y")));
        QCOMPARE(encodeBase64Url(QByteArray("\xfb\xff", 2)), QStringLiteral("-_8"));
        QCOMPARE(decodeBase64UrlStrict(QStringLiteral("-_8")),
                 std::optional<QByteArray>(QByteArray("\xfb\xff", 2)));
    }

    void strictJsonRefusesDuplicatesAndBadSyntax_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("object") << QByteArray(R"({"a":[1,2,{"b":null}],"c":"\u00e9"})") << true;
        QTest::newRow("same name in sibling objects") << QByteArray(R"([{"a":1},{"a":2}])") << true;
        QTest::newRow("scalar") << QByteArray(" -1.5e3 ") << true;
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":1})") << false;
        QTest::newRow("duplicate deep") << QByteArray(R"({"x":[{"k":1,"k":2}]})") << false;
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
        QTest::newRow("leading zero") << QByteArray("012") << false;
        QTest::newRow("two values") << QByteArray("{} {}") << false;
        QTest::newRow("raw control char") << QByteArray("\"a\x01\"") << false;
        QTest::newRow("too deep") << QByteArray(100000, '[') << false;
    }

    void strictJsonRefusesDuplicatesAndBadSyntax()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const StrictJsonResult result = parseJsonStrict(json);
        QCOMPARE(result.value.has_value(), ok);
        QCOMPARE(result.error.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestJwtToken)
#include "tst_jwttoken.moc"
