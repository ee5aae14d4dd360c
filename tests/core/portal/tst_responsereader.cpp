#include "portal/ResponseReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace PortalKeys::Portal;
using Kind = PortalError::Kind;

namespace {

ResponseReader::Result read(ResponseFormat format, int status, const QByteArray &body,
                            const QByteArray &contentType = QByteArrayLiteral("application/json"),
                            ResponseReader::Context context = {QStringLiteral("portal.example.com"), false,
                                                               false})
{
    return ResponseReader::read(format, status, contentType, body, context);
}

} // namespace

class TestResponseReader : public QObject {
    Q_OBJECT

private slots:
    void envelopeGivesTheResponseMember()
    {
        const auto result = read(ResponseFormat::Envelope, 200,
                                 R"({"response": {"displayName": "Ada"}, "count": 1, "status": 0})");
        QVERIFY(!result.error.isError());
        QCOMPARE(result.response.value.toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Ada"));
    }

    void envelopeAcceptsLegacyPascalCase()
    {
        const auto result = read(ResponseFormat::Envelope, 200, R"({"Response": true, "Status": 0})");
        QVERIFY(!result.error.isError());
        QCOMPARE(result.response.value.toBool(), true);
    }

    void envelopeErrorShowsTheServersMessage()
    {
        const auto result = read(ResponseFormat::Envelope, 400,
                                 R"({"error": {"message": "Bad keys"}, "status": 1, "statusCode": 400})");
        QCOMPARE(result.error.kind(), Kind::BadRequest);
        QCOMPARE(result.error.serverMessage(), QStringLiteral("Bad keys"));
        QVERIFY(result.error.message().contains(QLatin1String("Bad keys")));
    }

    void statusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(Kind::Unauthorized);
        QTest::newRow("403") << 403 << int(Kind::Forbidden);
        QTest::newRow("402") << 402 << int(Kind::PaymentRequired);
        QTest::newRow("404") << 404 << int(Kind::NotFound);
        QTest::newRow("429") << 429 << int(Kind::RateLimited);
        QTest::newRow("500") << 500 << int(Kind::ServerError);
        QTest::newRow("503") << 503 << int(Kind::ServerError);
        QTest::newRow("415") << 415 << int(Kind::BadRequest);
    }
    void statusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        const auto result =
            read(ResponseFormat::Envelope, status, R"({"error": {"message": "x"}, "status": 1})");
        QCOMPARE(int(result.error.kind()), kind);
        QCOMPARE(result.error.httpStatus(), status);
    }

    void forbiddenSaysWhichPermissionIsMissing()
    {
        const auto withKey = read(ResponseFormat::Envelope, 403, R"({"error": {"message": "Access denied"}})",
                                  "application/json", {QStringLiteral("p"), true, true});
        QVERIFY2(withKey.error.message().contains(QLatin1String("*:write")),
                 qPrintable(withKey.error.message()));
        const auto withAccount =
            read(ResponseFormat::Envelope, 403, R"({"error": {"message": "Access denied"}})");
        QVERIFY2(withAccount.error.message().contains(QLatin1String("admin")),
                 qPrintable(withAccount.error.message()));
    }

    void problemDetailsGiveFieldErrors()
    {
        const auto result = read(ResponseFormat::Json, 400, R"({"type": "about:blank", "title": "Bad Request",
            "status": 400, "detail": "Validation failed",
            "errors": [{"field": "website_url", "code": "ErrorWrongURL", "message": "Wrong URL"}]})");
        QCOMPARE(result.error.kind(), Kind::BadRequest);
        QCOMPARE(result.error.fieldErrors().size(), 1);
        QCOMPARE(result.error.fieldErrors().first().field, QStringLiteral("website_url"));
        QCOMPARE(result.error.fieldErrors().first().code, QStringLiteral("ErrorWrongURL"));
        QVERIFY(result.error.message().contains(QLatin1String("Validation failed")));
    }

    void oauthErrorsGiveTheDescription()
    {
        const auto result = read(ResponseFormat::OAuth, 400,
                                 R"({"error": "invalid_grant", "error_description": "code used"})");
        QVERIFY(result.error.message().contains(QLatin1String("invalid_grant: code used")));
    }

    void brokenJsonIsMalformed()
    {
        const auto result = read(ResponseFormat::Envelope, 200, R"({"response": {"displayName": "Ada")");
        QCOMPARE(result.error.kind(), Kind::Malformed);
        QVERIFY(result.error.message().contains(QLatin1String("broken or incomplete JSON")));
    }

    void aWebPageIsNotData()
    {
        const auto result = read(ResponseFormat::Envelope, 200,
                                 "<!DOCTYPE html><html><body>Sign in</body></html>", "text/html");
        QCOMPARE(result.error.kind(), Kind::Malformed);
        QVERIFY(result.error.message().contains(QLatin1String("web page")));
    }

    void envelopeWithoutResponseIsMalformed()
    {
        const auto result = read(ResponseFormat::Envelope, 200, R"({"hello": "world"})");
        QCOMPARE(result.error.kind(), Kind::Malformed);
    }

    void emptyBodyIsFineOnlyWhereExpected()
    {
        QVERIFY(!read(ResponseFormat::Json, 200, {}).error.isError());
        QCOMPARE(read(ResponseFormat::Envelope, 200, {}).error.kind(), Kind::Malformed);
    }

    void errorPageOfAProxyKeepsTheStatus()
    {
        const auto result = read(ResponseFormat::Envelope, 502, "<html>Bad gateway</html>", "text/html");
        QCOMPARE(result.error.kind(), Kind::ServerError);
        QCOMPARE(result.error.httpStatus(), 502);
        QVERIFY(result.error.isTransient());
    }

    void retryAfterIsRead()
    {
        QCOMPARE(ResponseReader::parseRetryAfter("120"), 120);
        QCOMPARE(ResponseReader::parseRetryAfter(""), -1);
        QCOMPARE(ResponseReader::parseRetryAfter("soon"), -1);
        const QByteArray past = "Wed, 21 Oct 2015 07:28:00 GMT";
        QCOMPARE(ResponseReader::parseRetryAfter(past), 0);
    }
};

QTEST_GUILESS_MAIN(TestResponseReader)
#include "tst_responsereader.moc"
