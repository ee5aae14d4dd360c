// Claims: the order and meaning of described claims, NumericDate conversion, relative texts and the time
// checks of RFC 7519 §4.1.4-5 with and without leeway.
#include "jwt/Claims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PortalKeys::Jwt;

namespace {

// A fixed "now": 2024-05-01 10:00:00 UTC.
const QDateTime fixedNow = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
const qint64 nowSeconds = fixedNow.toSecsSinceEpoch();

QJsonObject payload(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList names(const QList<ClaimInfo> &claims)
{
    QStringList result;
    for (const ClaimInfo &claim : claims)
        result << claim.name;
    return result;
}

const ClaimInfo *find(const QList<ClaimInfo> &claims, const QString &name)
{
    for (const ClaimInfo &claim : claims)
        if (claim.name == name)
            return &claim;
    return nullptr;
}

} // namespace

class TestClaims : public QObject {
    Q_OBJECT

private slots:
    void describeListsKnownClaimsFirstInFixedOrder()
    {
        // Written in an odd order on purpose, with unknown members mixed in.
        const QJsonObject p =
            payload("{\"zeta\":1,\"typ\":\"at+jwt\",\"sid\":\"s1\",\"azp\":\"a1\",\"auth_time\":1714557600,"
                    "\"scp\":[\"files:read\"],\"scope\":\"files:read "
                    "rooms:read\",\"tid\":7,\"cid\":\"c-42\",\"jti\":\"j-1\","
                    "\"iat\":1714557600,\"nbf\":1714557600,\"exp\":1714561200,\"aud\":[\"https://"
                    "portal.example.com\"],"
                    "\"sub\":\"user-1\",\"iss\":\"https://portal.example.com/oauth2\",\"alpha\":\"a\"}");
        const QList<ClaimInfo> claims = Claims::describe(p, fixedNow);
        QCOMPARE(names(claims),
                 (QStringList{QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"),
                              QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat"),
                              QStringLiteral("jti"), QStringLiteral("cid"), QStringLiteral("tid"),
                              QStringLiteral("scope"), QStringLiteral("scp"), QStringLiteral("auth_time"),
                              QStringLiteral("azp"), QStringLiteral("sid"), QStringLiteral("typ"),
                              QStringLiteral("alpha"), QStringLiteral("zeta")}));
    }

    void describeExplainsMeaningsAndValues()
    {
        const QJsonObject p = payload(
            "{\"iss\":\"https://portal.example.com/oauth2\",\"sub\":\"user-1\","
            "\"aud\":[\"https://portal.example.com\"],\"cid\":\"c-42\",\"tid\":7,\"custom\":{\"a\":[1,2]}}");
        const QList<ClaimInfo> claims = Claims::describe(p, fixedNow);
        QCOMPARE(find(claims, QStringLiteral("iss"))->meaning, QStringLiteral("Issuer"));
        QCOMPARE(find(claims, QStringLiteral("iss"))->valueText,
                 QStringLiteral("https://portal.example.com/oauth2"));
        QCOMPARE(find(claims, QStringLiteral("sub"))->meaning, QStringLiteral("Subject"));
        QCOMPARE(find(claims, QStringLiteral("aud"))->meaning, QStringLiteral("Audience"));
        QCOMPARE(find(claims, QStringLiteral("aud"))->valueText,
                 QStringLiteral("[\"https://portal.example.com\"]"));
        QVERIFY(find(claims, QStringLiteral("cid"))->meaning.contains(QStringLiteral("client")));
        QVERIFY(find(claims, QStringLiteral("tid"))->meaning.contains(QStringLiteral("Tenant")));
        QCOMPARE(find(claims, QStringLiteral("tid"))->valueText, QStringLiteral("7"));
        QCOMPARE(find(claims, QStringLiteral("custom"))->valueText, QStringLiteral("{\"a\":[1,2]}"));
        QVERIFY(find(claims, QStringLiteral("custom"))->meaning.isEmpty());
        for (const ClaimInfo &claim : claims)
            QVERIFY2(!claim.isTime, qPrintable(claim.name));

        // A string audience is shown as is.
        const QList<ClaimInfo> single = Claims::describe(payload("{\"aud\":\"docs\"}"), fixedNow);
        QCOMPARE(single.value(0).valueText, QStringLiteral("docs"));
    }

    void describeConvertsTimes()
    {
        const QJsonObject p = payload("{\"exp\":1714561200,\"nbf\":1714557000.25,\"iat\":1714556700}");
        const QList<ClaimInfo> claims = Claims::describe(p, fixedNow);
        const ClaimInfo *exp = find(claims, QStringLiteral("exp"));
        QVERIFY(exp->isTime);
        QCOMPARE(exp->meaning, QStringLiteral("Expires"));
        QCOMPARE(exp->valueText, QStringLiteral("1714561200"));
        QCOMPARE(exp->time, QDateTime(QDate(2024, 5, 1), QTime(11, 0, 0), Qt::UTC));
        QCOMPARE(exp->time.timeSpec(), Qt::UTC);
        QCOMPARE(exp->relative, QStringLiteral("expires in 1 hour"));

        const ClaimInfo *nbf = find(claims, QStringLiteral("nbf"));
        QCOMPARE(nbf->meaning, QStringLiteral("Not valid before"));
        QCOMPARE(nbf->time, QDateTime(QDate(2024, 5, 1), QTime(9, 50, 0, 250), Qt::UTC));
        QCOMPARE(nbf->relative, QStringLiteral("became valid 9 minutes ago")); // 9 min 59.75 s, rounded down

        const ClaimInfo *iat = find(claims, QStringLiteral("iat"));
        QCOMPARE(iat->meaning, QStringLiteral("Issued at"));
        QCOMPARE(iat->relative, QStringLiteral("issued 15 minutes ago"));
    }

    void describeRelativeTexts_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("relative");
        QTest::newRow("exp in 2 hours") << "exp" << qint64(2 * 3600) << "expires in 2 hours";
        QTest::newRow("exp 3 days ago") << "exp" << qint64(-3 * 86400) << "expired 3 days ago";
        QTest::newRow("exp at now") << "exp" << qint64(0) << "expired just now";
        QTest::newRow("exp in 1 second") << "exp" << qint64(1) << "expires in 1 second";
        QTest::newRow("exp 59 seconds ago") << "exp" << qint64(-59) << "expired 59 seconds ago";
        QTest::newRow("exp 1 minute ago") << "exp" << qint64(-60) << "expired 1 minute ago";
        QTest::newRow("exp in 47 hours") << "exp" << qint64(47 * 3600 + 59) << "expires in 47 hours";
        QTest::newRow("exp in 2 days") << "exp" << qint64(48 * 3600) << "expires in 2 days";
        QTest::newRow("nbf in 10 minutes") << "nbf" << qint64(600) << "becomes valid in 10 minutes";
        QTest::newRow("iat 5 minutes ago") << "iat" << qint64(-300) << "issued 5 minutes ago";
        QTest::newRow("iat in the future") << "iat" << qint64(120) << "issued 2 minutes in the future";
        QTest::newRow("auth_time") << "auth_time" << qint64(-7200) << "signed in 2 hours ago";
    }

    void describeRelativeTexts()
    {
        QFETCH(QString, claim);
        QFETCH(qint64, offset);
        QFETCH(QString, relative);
        QJsonObject p;
        p.insert(claim, double(nowSeconds + offset));
        const QList<ClaimInfo> claims = Claims::describe(p, fixedNow);
        QCOMPARE(claims.size(), 1);
        QVERIFY(claims[0].isTime);
        QCOMPARE(claims[0].relative, relative);
    }

    void describeNonNumericAndOutOfRangeTimes()
    {
        const QList<ClaimInfo> claims =
            Claims::describe(payload("{\"exp\":\"tomorrow\",\"nbf\":1e300,\"iat\":null}"), fixedNow);
        const ClaimInfo *exp = find(claims, QStringLiteral("exp"));
        QVERIFY(exp->isTime);
        QVERIFY(!exp->time.isValid());
        QCOMPARE(exp->valueText, QStringLiteral("tomorrow"));
        QVERIFY(!exp->relative.isEmpty());
        QVERIFY(!find(claims, QStringLiteral("nbf"))->time.isValid());
        QVERIFY(!find(claims, QStringLiteral("iat"))->time.isValid());
        QCOMPARE(find(claims, QStringLiteral("iat"))->valueText, QStringLiteral("null"));
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << "now";
        QTest::newRow("half a second ahead") << qint64(500) << "in less than a second";
        QTest::newRow("in 1 second") << qint64(1000) << "in 1 second";
        QTest::newRow("30 seconds ago") << qint64(-30000) << "30 seconds ago";
        QTest::newRow("in 2 hours") << qint64(2 * 3600 * 1000) << "in 2 hours";
        QTest::newRow("3 days ago") << qint64(-3LL * 86400 * 1000) << "3 days ago";
        QTest::newRow("in 1 minute") << qint64(119 * 1000) << "in 1 minute";
    }

    void relativeTime()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(QString, text);
        QCOMPARE(Claims::relativeTime(fixedNow.addMSecs(offsetMs), fixedNow), text);
    }

    void checkTimesWithoutTimeClaimsIsOk()
    {
        const TimeCheck check = Claims::checkTimes(payload("{\"sub\":\"x\"}"), fixedNow, 0);
        QVERIFY(check.ok);
        QVERIFY(check.error.isEmpty());
    }

    void checkTimesExpiry_data()
    {
        QTest::addColumn<double>("exp");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<bool>("ok");
        const double now = double(nowSeconds);
        QTest::newRow("one second left") << now + 1 << qint64(0) << true;
        QTest::newRow("exactly at exp") << now << qint64(0) << false;
        QTest::newRow("fraction left") << now + 0.5 << qint64(0) << true;
        QTest::newRow("fraction past") << now - 0.001 << qint64(0) << false;
        QTest::newRow("expired, within leeway") << now - 59 << qint64(60) << true;
        QTest::newRow("exactly at exp + leeway") << now - 60 << qint64(60) << false;
        QTest::newRow("expired beyond leeway") << now - 3600 << qint64(60) << false;
    }

    void checkTimesExpiry()
    {
        QFETCH(double, exp);
        QFETCH(qint64, leeway);
        QFETCH(bool, ok);
        QJsonObject p;
        p.insert(QStringLiteral("exp"), exp);
        const TimeCheck check = Claims::checkTimes(p, fixedNow, leeway);
        QCOMPARE(check.ok, ok);
        QCOMPARE(check.error.isEmpty(), ok);
    }

    void checkTimesNotBefore_data()
    {
        QTest::addColumn<double>("nbf");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<bool>("ok");
        const double now = double(nowSeconds);
        QTest::newRow("exactly at nbf") << now << qint64(0) << true;
        QTest::newRow("one second early") << now + 1 << qint64(0) << false;
        QTest::newRow("early, within leeway") << now + 30 << qint64(30) << true;
        QTest::newRow("early beyond leeway") << now + 31 << qint64(30) << false;
        QTest::newRow("long valid") << now - 86400 << qint64(0) << true;
    }

    void checkTimesNotBefore()
    {
        QFETCH(double, nbf);
        QFETCH(qint64, leeway);
        QFETCH(bool, ok);
        QJsonObject p;
        p.insert(QStringLiteral("nbf"), nbf);
        QCOMPARE(Claims::checkTimes(p, fixedNow, leeway).ok, ok);
    }

    void checkTimesErrorTexts()
    {
        const TimeCheck expired =
            Claims::checkTimes(payload("{\"exp\":1714298400}"), fixedNow, 0); // 2024-04-28 10:00:00
        QVERIFY(!expired.ok);
        QCOMPARE(expired.error, QStringLiteral("The token expired at 2024-04-28 10:00:00 UTC (3 days ago)."));

        const TimeCheck early = Claims::checkTimes(payload("{\"nbf\":1714558200}"), fixedNow, 0);
        QVERIFY(!early.ok);
        QCOMPARE(early.error,
                 QStringLiteral("The token is not valid before 2024-05-01 10:10:00 UTC (in 10 minutes)."));

        // Both at once: both reasons are given.
        const TimeCheck both =
            Claims::checkTimes(payload("{\"exp\":1714298400,\"nbf\":1714558200}"), fixedNow, 0);
        QVERIFY(!both.ok);
        QVERIFY(both.error.contains(QStringLiteral("expired")));
        QVERIFY(both.error.contains(QStringLiteral("not valid before")));
    }

    void checkTimesLeavesNonNumbersToJwtForm()
    {
        // JwtForm refuses them (tst_jwtverdicts); a second sentence here would only repeat it.
        QVERIFY(Claims::checkTimes(payload("{\"exp\":\"1714561200\"}"), fixedNow, 3600).ok);
        QVERIFY(Claims::checkTimes(payload("{\"nbf\":true}"), fixedNow, 0).ok);
        // A number next to them is still checked.
        QVERIFY(!Claims::checkTimes(payload("{\"exp\":1714298400,\"nbf\":true}"), fixedNow, 0).ok);
    }

    void checkTimesIgnoresFutureIssuedAt()
    {
        // iat far in the future is informational only (RFC 7519 §4.1.6).
        QJsonObject p;
        p.insert(QStringLiteral("iat"), double(nowSeconds + 86400));
        QVERIFY(Claims::checkTimes(p, fixedNow, 0).ok);
        p.insert(QStringLiteral("iat"), QStringLiteral("not a number either"));
        QVERIFY(Claims::checkTimes(p, fixedNow, 0).ok);
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_jwtclaims.moc"
