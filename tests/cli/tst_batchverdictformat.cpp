// The quick output lines of jwt verify --batch are the lines QString::arg and QJsonDocument make, byte for
// byte, for every kind of verdict.
#include "commands/jwt/BatchVerdictFormat.h"

#include <QTest>

using namespace PortalKeys;

namespace {

Jwt::BatchVerdict verdict(qint64 line, const QString &algorithm, bool valid, const QJsonValue &exp)
{
    Jwt::BatchVerdict made;
    made.line = line;
    made.algorithm = algorithm;
    made.result.signatureValid = valid;
    if (!valid)
        made.result.errors.append(QStringLiteral("The signature does not match: \"quoted\" \\ text."));
    made.exp = exp;
    return made;
}

} // namespace

class TestBatchVerdictFormat : public QObject {
    Q_OBJECT

private slots:
    void quickLinesMatchTheGeneralOnes_data();
    void quickLinesMatchTheGeneralOnes();
};

void TestBatchVerdictFormat::quickLinesMatchTheGeneralOnes_data()
{
    QTest::addColumn<Jwt::BatchVerdict>("verdict");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("valid") << verdict(1, QStringLiteral("HS256"), true, QJsonValue(qint64(1800000000)));
    QTest::newRow("valid, large line number")
        << verdict(123456789012, QStringLiteral("HS512"), true, QJsonValue(qint64(4102444800)));
    QTest::newRow("valid, no exp") << verdict(7, QStringLiteral("HS384"), true, none);
    QTest::newRow("valid, exp a fraction")
        << verdict(8, QStringLiteral("HS256"), true, QJsonValue(1.8e9 + 0.5));
    QTest::newRow("valid, exp a double") << verdict(9, QStringLiteral("HS256"), true, QJsonValue(1.8e9));
    QTest::newRow("valid, exp negative")
        << verdict(10, QStringLiteral("ES256"), true, QJsonValue(qint64(-5)));
    QTest::newRow("invalid") << verdict(11, QStringLiteral("HS256"), false, none);
    QTest::newRow("invalid, no algorithm") << verdict(12, QString(), false, none);
    Jwt::BatchVerdict warned = verdict(13, QStringLiteral("HS256"), true, none);
    warned.result.warnings.append(Jwt::Warning{QStringLiteral("no-exp"), Jwt::Warning::Severity::Info,
                                               QStringLiteral("No expiry."), QString()});
    QTest::newRow("valid with a warning") << warned;
}

void TestBatchVerdictFormat::quickLinesMatchTheGeneralOnes()
{
    QFETCH(Jwt::BatchVerdict, verdict);
    QByteArray text;
    Cli::BatchVerdictFormat(false).append(verdict, text);
    QCOMPARE(text, Cli::BatchVerdictFormat::verdictText(verdict).toUtf8() + '\n');
    QByteArray json;
    Cli::BatchVerdictFormat(true).append(verdict, json);
    QCOMPARE(json, Cli::BatchVerdictFormat::verdictJson(verdict) + '\n');
}

QTEST_GUILESS_MAIN(TestBatchVerdictFormat)
#include "tst_batchverdictformat.moc"
