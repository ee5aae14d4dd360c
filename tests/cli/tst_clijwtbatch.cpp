// "portalkeys-cli jwt verify --batch": one verdict per token line, in order, never the token.
#include "ExitCode.h"
#include "core/jwt/HostileTokens.h"
#include "support/CliRunner.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using PortalKeys::ExitCode;
using namespace PortalKeys::Jwt;

namespace {

using Run = PortalKeys::Testing::CliRun;

const QByteArray secretValue = "batch-test-secret-long-enough-for-hs256";

Run runCli(const QStringList &arguments, const QByteArray &stdinData = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DS_SECRET"), QString::fromLatin1(secretValue));
    environment.insert(QStringLiteral("WEAK_SECRET"), QStringLiteral("secret"));
    environment.insert(QStringLiteral("HOSTILE_SECRET"), QString::fromLatin1(HostileTokens::secret()));
    return PortalKeys::Testing::runCli(arguments, environment, stdinData);
}

QStringList batchArguments(const QString &input, const QStringList &more = {})
{
    return QStringList{QStringLiteral("jwt"),          QStringLiteral("verify"),
                       QStringLiteral("--batch"),      input,
                       QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")} +
           more;
}

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

QByteArray sign(const QJsonObject &payload, const QByteArray &secret = secretValue)
{
    return Signer::sign(payload, Algorithm::HS256, *Key::fromSecret(secret).key).token.toLatin1();
}

qint64 inAnHour()
{
    return QDateTime::currentSecsSinceEpoch() + 3600;
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

} // namespace

class TestCliJwtBatch : public QObject {
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;

private slots:
    void verdictPerLineInOrder();
    void jsonLinesShape();
    void stdinAndExitCodes();
    void largeInputKeepsOrder();
    void strictAndUnreadableInput();
    void sameVerdictsAsSingleVerify();
};

QString TestCliJwtBatch::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// Lines: 1 comment, 2 blank, 3 valid, 4 wrong secret, 5 expired, 6 malformed, 7 blank with spaces, 8 a JWE,
// 9 over-long, 10 invalid UTF-8, 11 valid with CRLF, 12 valid without a final line break.
static QByteArray mixedInput(QList<QByteArray> *tokens)
{
    const QByteArray valid =
        sign({{QStringLiteral("sub"), QStringLiteral("a")}, {QStringLiteral("exp"), inAnHour()}});
    const QByteArray wrong =
        sign({{QStringLiteral("sub"), QStringLiteral("b")}}, "another-secret-long-enough-for-hs256!");
    const QByteArray expired = sign({{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 3600}});
    const QByteArray crlf = sign({{QStringLiteral("sub"), QStringLiteral("c")}});
    const QByteArray last = sign({{QStringLiteral("sub"), QStringLiteral("d")}});
    *tokens = {valid, wrong, expired, crlf, last};
    return "# tokens from the proxy log\n\n" + valid + "\n" + wrong + "\n" + expired + "\n" +
           "not.a-token\n   \t\n" + "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d\n" +
           QByteArray(1024 * 1024 + 10, 'x') + "\n" + "\xff\xfe\xfd\n" + crlf + "\r\n" + last;
}

void TestCliJwtBatch::verdictPerLineInOrder()
{
    QList<QByteArray> tokens;
    const Run run = runCli(batchArguments(writeFile(QStringLiteral("mixed.txt"), mixedInput(&tokens))));
    QVERIFY2(run.exitCode == code(ExitCode::Negative), qPrintable(PortalKeys::Testing::describe(run)));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(0), QStringLiteral("3: valid (HS256)"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("4: invalid: The signature does not match")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("5: invalid: The token expired")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("6: invalid: ")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("8: invalid: ")) &&
            lines.at(4).contains(QStringLiteral("JWE")));
    QVERIFY(lines.at(5).startsWith(QStringLiteral("9: invalid: The line is longer than")));
    QVERIFY(lines.at(6).startsWith(QStringLiteral("10: invalid: The line is not valid UTF-8")));
    QCOMPARE(lines.at(7), QStringLiteral("11: valid (HS256)"));
    QCOMPARE(lines.at(8), QStringLiteral("12: valid (HS256)"));
    QCOMPARE(run.err, QStringLiteral("9 tokens: 3 valid, 6 invalid\n"));
    // A log of live tokens must not be copied to another log: no token, nor its signature, is printed.
    for (const QByteArray &token : std::as_const(tokens)) {
        const QString signature = QString::fromLatin1(token.mid(token.lastIndexOf('.') + 1));
        QVERIFY(!run.out.contains(signature) && !run.err.contains(signature));
    }
    QVERIFY(!run.out.contains(QStringLiteral("not.a-token")));
}

void TestCliJwtBatch::jsonLinesShape()
{
    QList<QByteArray> tokens;
    const QString file = writeFile(QStringLiteral("mixed.txt"), mixedInput(&tokens));
    const Run run = runCli(batchArguments(file, {QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 9);
    const QStringList keys{QStringLiteral("alg"),  QStringLiteral("errors"), QStringLiteral("exp"),
                           QStringLiteral("line"), QStringLiteral("valid"),  QStringLiteral("warnings")};
    for (const QJsonObject &line : lines)
        QCOMPARE(line.keys(), keys);
    QCOMPARE(lines.at(0).value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(lines.at(0).value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(lines.at(0).value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QVERIFY(lines.at(0).value(QStringLiteral("exp")).toDouble() > QDateTime::currentSecsSinceEpoch());
    QVERIFY(lines.at(0).value(QStringLiteral("errors")).toArray().isEmpty());
    const QJsonObject expired = lines.at(2);
    QCOMPARE(expired.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(expired.value(QStringLiteral("errors")).toArray().size(), 1);
    QCOMPARE(expired.value(QStringLiteral("warnings")).toArray().at(0)[QStringLiteral("code")].toString(),
             QStringLiteral("expired"));
    const QJsonObject malformed = lines.at(3);
    QCOMPARE(malformed.value(QStringLiteral("line")).toInt(), 6);
    QVERIFY(malformed.value(QStringLiteral("alg")).isNull());
    QVERIFY(malformed.value(QStringLiteral("exp")).isNull());
    QCOMPARE(lines.at(7).value(QStringLiteral("line")).toInt(), 11);
    QVERIFY(lines.at(7).value(QStringLiteral("exp")).isNull()); // no exp in that token
}

void TestCliJwtBatch::stdinAndExitCodes()
{
    const QByteArray valid = sign({{QStringLiteral("exp"), inAnHour()}});
    const QByteArray input = "# all good\n" + valid + "\n\n" + valid + "\n";
    Run run = runCli(batchArguments(QStringLiteral("-")), input);
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QCOMPARE(run.out, QStringLiteral("2: valid (HS256)\n4: valid (HS256)\n"));
    run = runCli(batchArguments(QString()).mid(0, 3) +
                     QStringList{QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")},
                 input); // no FILE: standard input
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    run = runCli(batchArguments(QStringLiteral("-")), "\n# nothing\n");
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QCOMPARE(run.err, QStringLiteral("0 tokens: 0 valid, 0 invalid\n"));
    // The same checks as a single verify: --alg and --ignore-time apply to every line.
    run = runCli(batchArguments(QStringLiteral("-"), {QStringLiteral("--alg"), QStringLiteral("HS512")}),
                 input);
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    const QByteArray expired = sign({{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 60}});
    run = runCli(batchArguments(QStringLiteral("-"), {QStringLiteral("--ignore-time")}), expired + "\n");
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    run = runCli(batchArguments(m_dir.filePath(QStringLiteral("missing.txt"))));
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QStringLiteral("missing.txt")));
}

void TestCliJwtBatch::largeInputKeepsOrder()
{
    // Over a block of 8,192 lines and over the size verified on several cores; every 7th token is invalid.
    const int count = 9000;
    const Key key = *Key::fromSecret(secretValue).key;
    const Key other = *Key::fromSecret("another-secret-long-enough-for-hs256!").key;
    const qint64 firstExpiry = inAnHour(); // once: the clock may tick while 9,000 tokens are signed
    QByteArray input;
    for (int i = 0; i < count; ++i) {
        const QJsonObject payload{{QStringLiteral("n"), i}, {QStringLiteral("exp"), firstExpiry + i}};
        input += Signer::sign(payload, Algorithm::HS256, i % 7 == 3 ? other : key).token.toLatin1() + "\n";
    }
    const Run run =
        runCli(batchArguments(writeFile(QStringLiteral("large.txt"), input), {QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), count);
    int invalid = 0;
    for (int i = 0; i < count; ++i) {
        const QJsonObject line = lines.at(i);
        QCOMPARE(line.value(QStringLiteral("line")).toInt(), i + 1);
        QCOMPARE(line.value(QStringLiteral("exp")).toDouble(), double(firstExpiry + i));
        QCOMPARE(line.value(QStringLiteral("valid")).toBool(), i % 7 != 3);
        invalid += i % 7 == 3 ? 1 : 0;
    }
    QCOMPARE(
        run.err,
        QStringLiteral("%1 tokens: %2 valid, %3 invalid\n").arg(count).arg(count - invalid).arg(invalid));
}

void TestCliJwtBatch::strictAndUnreadableInput()
{
    const QByteArray weak = Signer::sign(QJsonObject{{QStringLiteral("exp"), inAnHour()}}, Algorithm::HS256,
                                         *Key::fromSecret("secret").key)
                                .token.toLatin1();
    const QStringList base{QStringLiteral("jwt"),          QStringLiteral("verify"),
                           QStringLiteral("--batch"),      QStringLiteral("-"),
                           QStringLiteral("--secret-env"), QStringLiteral("WEAK_SECRET")};
    Run run = runCli(base, weak + "\n");
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.err.contains(QStringLiteral("warning:"))); // the weak secret, said once
    run = runCli(base + QStringList{QStringLiteral("--strict")}, weak + "\n");
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    QVERIFY(run.out.startsWith(QStringLiteral("1: invalid: ")));
    // A directory is no token list.
    run = runCli(batchArguments(m_dir.path()));
    QVERIFY2(run.exitCode == code(ExitCode::Usage), qPrintable(PortalKeys::Testing::describe(run)));
}

// The hostile tokens (whose verdicts tst_jwtpeer ties to PyJWT's) get the verdict and the reasons of a
// single verify, line by line.
void TestCliJwtBatch::sameVerdictsAsSingleVerify()
{
    const Key key = *Key::fromSecret(HostileTokens::secret()).key;
    VerifyOptions options; // a fixed now, so that "expired 1 hour ago" reads the same in both
    options.now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QByteArray input;
    QList<VerifyResult> expected;
    for (const HostileTokens::Case &c : HostileTokens::cases()) {
        const QString token = HostileTokens::token(c);
        if (token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char('\r')) ||
            token.trimmed().isEmpty() || token.trimmed().startsWith(QLatin1Char('#')))
            continue; // not one token line
        input += token.toUtf8() + '\n';
        const Token::ParseResult parsed = Token::parse(token);
        VerifyResult result;
        if (parsed.ok())
            result = Verifier::verify(*parsed.token, key, options);
        else
            result.errors.append(parsed.error);
        expected.append(result);
    }
    QVERIFY(expected.size() > 10);
    const Run run =
        runCli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--batch"),
                QStringLiteral("-"), QStringLiteral("--secret-env"), QStringLiteral("HOSTILE_SECRET"),
                QStringLiteral("--now"), QStringLiteral("1700000000"), QStringLiteral("--json")},
               input);
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).value(QStringLiteral("line")).toInt(), i + 1);
        QCOMPARE(lines.at(i).value(QStringLiteral("valid")).toBool(), expected.at(i).valid());
        QCOMPARE(lines.at(i).value(QStringLiteral("errors")).toVariant().toStringList(),
                 expected.at(i).errors);
    }
}

QTEST_GUILESS_MAIN(TestCliJwtBatch)
#include "tst_clijwtbatch.moc"
