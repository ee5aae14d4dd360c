// The batch's fast path against the full verifier: for every token and every set of options, either the
// fast path declines or its verdict is the full verifier's, field by field; and the plain tokens a batch
// is made of are decided by it. Also the pieces it stands on: Base64Url::decodeInto and LineBlockReader.
#include "HostileTokens.h"

#include "common/LineBlockReader.h"
#include "jwt/Base64Url.h"
#include "jwt/BatchFastPath.h"
#include "jwt/BatchVerifier.h"
#include "jwt/JwsCrypto.h"

#include <QBuffer>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Jwt;

namespace {

const qint64 now = 1800000000;

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

QByteArray sign(const QByteArray &header, const QByteArray &payload, const QByteArray &secret)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const auto algorithm = header.contains("HS512")   ? Algorithm::HS512
                           : header.contains("HS384") ? Algorithm::HS384
                                                      : Algorithm::HS256;
    return input + '.' + b64(JwsCrypto::hmac(algorithm, secret, input).value_or(QByteArray()));
}

// NOW, SOON (a minute on), LATER (an hour on) and LATER2 (an hour and a second on) in a claims text.
QByteArray claims(const char *text)
{
    return QByteArray(text)
        .replace("LATER2", QByteArray::number(now + 3601))
        .replace("LATER", QByteArray::number(now + 3600))
        .replace("SOON", QByteArray::number(now + 60))
        .replace("NOW", QByteArray::number(now));
}

struct Line {
    QByteArray name;
    QByteArray text;
};

QList<Line> tokenLines(const QByteArray &secret)
{
    const QByteArray hs256 = R"({"alg":"HS256","typ":"JWT"})";
    QList<Line> lines;
    const auto add = [&](const char *name, const QByteArray &header, const char *payload) {
        lines.append(Line{name, sign(header, claims(payload), secret)});
    };
    add("plain", hs256, R"({"sub":"a","exp":LATER,"iat":NOW})");
    add("hs384", R"({"typ":"JWT","alg":"HS384"})", R"({"exp":LATER})");
    add("hs512 alone", R"({"alg":"HS512"})", R"({"exp":LATER,"nbf":NOW,"iat":NOW})");
    add("spaces", R"( { "alg" : "HS256" } )", "\t{ \"exp\" : LATER ,\r\n\"a\": 1 }");
    add("literals", hs256, R"({"exp":LATER,"t":true,"f":false,"n":null,"x":-1.25,"z":0})");
    add("no exp", hs256, R"({"sub":"a"})");
    add("empty claims", hs256, "{}");
    add("expired", hs256, R"({"exp":NOW})");
    add("expired a minute ago", hs256, "{\"exp\":1799999940}");
    add("not yet valid", hs256, R"({"exp":LATER,"nbf":SOON})");
    add("exp string", hs256, R"({"exp":"LATER"})");
    add("exp fraction", hs256, R"({"exp":LATER.5})");
    add("exp exponent", hs256, R"({"exp":1.9e9})");
    add("exp negative", hs256, R"({"exp":-1})");
    add("iat string", hs256, R"({"exp":LATER,"iat":"x"})");
    add("nbf null", hs256, R"({"exp":LATER,"nbf":null})");
    add("duplicate exp", hs256, R"({"exp":LATER,"exp":LATER2})");
    add("duplicate alg", R"({"alg":"HS256","alg":"HS256"})", R"({"exp":LATER})");
    add("kid string", R"({"alg":"HS256","kid":"k1"})", R"({"exp":LATER})");
    add("kid number", R"({"alg":"HS256","kid":7})", R"({"exp":LATER})");
    add("crit", R"({"alg":"HS256","crit":["x"],"x":1})", R"({"exp":LATER})");
    add("jku", R"({"alg":"HS256","jku":"https://x"})", R"({"exp":LATER})");
    add("typ number", R"({"alg":"HS256","typ":1})", R"({"exp":LATER})");
    add("alg none", R"({"alg":"none"})", R"({"exp":LATER})");
    add("alg lower case", R"({"alg":"hs256"})", R"({"exp":LATER})");
    add("alg RS256", R"({"alg":"RS256"})", R"({"exp":LATER})");
    add("no alg", R"({"typ":"JWT"})", R"({"exp":LATER})");
    add("nested", hs256, R"({"exp":LATER,"o":{"a":1}})");
    add("escape", hs256, R"({"exp":LATER,"s":"\u0041"})");
    add("escaped name", hs256, R"({"\u0065xp":1,"exp":LATER})");
    add("unicode", hs256, "{\"exp\":LATER,\"name\":\"J\xc3\xbcrgen\"}");
    add("invalid utf-8", hs256, "{\"exp\":LATER,\"name\":\"\xff\"}");
    add("control character", hs256, "{\"exp\":LATER,\"s\":\"a\tb\"}");
    add("leading zero", hs256, R"({"exp":0123})");
    add("trailing comma", hs256, R"({"exp":LATER,})");
    add("long number", hs256, R"({"exp":LATER,"big":12345678901234567890})");
    add("payload array", hs256, "[1]");
    add("payload number", hs256, "5");
    add("payload text", hs256, "hello");
    add("payload empty", hs256, "");
    const QByteArray good = sign(hs256, claims(R"({"exp":LATER})"), secret);
    lines.append(
        Line{"wrong key", sign(hs256, claims(R"({"exp":LATER})"), "another-secret-of-32-bytes-long!")});
    lines.append(Line{"cut signature", good.chopped(2)});
    lines.append(Line{"padding", good + "="});
    lines.append(Line{"extra dot", good + ".x"});
    lines.append(Line{"no signature", good.left(good.lastIndexOf('.') + 1)});
    lines.append(Line{"leading space", " " + good});
    lines.append(Line{"bearer", "Bearer " + good});
    // The last character of the signature with bits a canonical encoder leaves at zero set.
    QByteArray unusedBits = good;
    unusedBits.back() = char(unusedBits.back() == 'A' ? 'B' : unusedBits.back() ^ 1);
    lines.append(Line{"non-canonical signature", unusedBits});
    lines.append(Line{"not a token", "hello world"});
    for (const HostileTokens::Case &hostile : HostileTokens::cases())
        lines.append(
            Line{QByteArray("hostile: ") + hostile.name, sign(hostile.header, hostile.payload, secret)});
    return lines;
}

void compareVerdicts(const BatchVerdict &fast, const BatchVerdict &full)
{
    QCOMPARE(fast.line, full.line);
    QCOMPARE(fast.algorithm, full.algorithm);
    QCOMPARE(fast.valid(), full.valid());
    QCOMPARE(fast.result.signatureValid, full.result.signatureValid);
    QCOMPARE(fast.result.timeValid, full.result.timeValid);
    QCOMPARE(fast.result.formValid, full.result.formValid);
    QCOMPARE(fast.result.errors, full.result.errors);
    QCOMPARE(fast.result.warnings.size(), full.result.warnings.size());
    for (qsizetype i = 0; i < fast.result.warnings.size(); ++i) {
        QCOMPARE(fast.result.warnings.at(i).code, full.result.warnings.at(i).code);
        QCOMPARE(fast.result.warnings.at(i).message, full.result.warnings.at(i).message);
    }
    QCOMPARE(fast.exp, full.exp);
}

} // namespace

class TestBatchFastPath : public QObject {
    Q_OBJECT

private slots:
    void sameVerdictAsFullVerifier_data();
    void sameVerdictAsFullVerifier();
    void decidesThePlainTokens();
    void decodeIntoFollowsDecode();
    void readerSplitsLines();
};

void TestBatchFastPath::sameVerdictAsFullVerifier_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("variant");
    const QByteArray strong = "batch-fast-path-secret-of-64-bytes-for-every-hash-size-0123456789";
    for (int variant = 0; variant < 8; ++variant) {
        QTest::addRow("strong key, options %d", variant) << strong << variant;
        QTest::addRow("weak key, options %d", variant) << QByteArray("secret") << variant;
    }
}

// Every option the CLI sets: warnings on or off, strict, an algorithm list, leeway, no time check, plain
// JWS, a word-list warning for the key.
void TestBatchFastPath::sameVerdictAsFullVerifier()
{
    QFETCH(QByteArray, secret);
    QFETCH(int, variant);
    BatchVerifier::Options options;
    options.verify.now = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    options.verify.collectWarnings = variant != 1;
    options.strict = variant == 2 || variant == 7;
    if (variant == 3)
        options.verify.allowedAlgorithms = {Algorithm::HS384};
    if (variant == 4)
        options.verify.leewaySeconds = 120;
    options.verify.checkTime = variant != 5;
    options.verify.plainJws = variant == 6;
    if (variant == 7)
        options.keyWarnings.append(Warning{QStringLiteral("hmac-key-in-word-list"),
                                           Warning::Severity::Warning, QStringLiteral("in a word list"),
                                           QString()});
    const Key key = *Key::fromSecret(secret).key;
    const BatchVerifier fast(key, options);
    options.fastPath = false;
    const BatchVerifier full(key, options);
    int line = 0;
    for (const Line &token : tokenLines(secret)) {
        ++line;
        const BatchVerdict fastVerdict = fast.verifyLine(line, token.text);
        const BatchVerdict fullVerdict = full.verifyLine(line, token.text);
        if (QTest::currentTestFailed())
            return;
        compareVerdicts(fastVerdict, fullVerdict);
        if (QTest::currentTestFailed()) {
            qWarning("differs for the token \"%s\"", token.name.constData());
            return;
        }
    }
}

void TestBatchFastPath::decidesThePlainTokens()
{
    const QByteArray secret = "batch-fast-path-secret-of-64-bytes-for-every-hash-size-0123456789";
    VerifyOptions options;
    options.now = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    const BatchFastPath path(*Key::fromSecret(secret).key, options, {}, false);
    const QList<Line> lines = tokenLines(secret);
    QStringList valid;
    QStringList invalid;
    for (const Line &line : lines) {
        BatchVerdict verdict;
        if (!line.name.startsWith("hostile: ") && path.verify(line.text, verdict))
            (verdict.valid() ? valid : invalid).append(QString::fromLatin1(line.name));
    }
    QCOMPARE(valid, (QStringList{u"plain"_qs, u"hs384"_qs, u"hs512 alone"_qs, u"spaces"_qs, u"literals"_qs,
                                 u"no exp"_qs, u"empty claims"_qs}));
    // Times are worded by the time rules themselves: these need no full parse either.
    QCOMPARE(invalid, (QStringList{u"expired"_qs, u"expired a minute ago"_qs, u"not yet valid"_qs}));
    // A second line with the same header is decided from the header remembered for the first.
    BatchVerdict verdict;
    QVERIFY(path.verify(lines.first().text, verdict));
    QCOMPARE(verdict.algorithm, QStringLiteral("HS256"));
    QCOMPARE(verdict.exp.toInteger(), now + 3600);
}

void TestBatchFastPath::decodeIntoFollowsDecode()
{
    QRandomGenerator random(7);
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/. \xc3";
    QByteArray decoded;
    for (int i = 0; i < 20000; ++i) {
        QByteArray text;
        const int size = int(random.bounded(12));
        for (int c = 0; c < size; ++c)
            text.append(alphabet.at(int(random.bounded(i % 2 ? 64 : int(alphabet.size())))));
        const Base64Url::Decoded expected = Base64Url::decode(QString::fromLatin1(text));
        const bool ok = Base64Url::decodeInto(text, decoded);
        QCOMPARE(ok, expected.bytes.has_value());
        if (ok)
            QCOMPARE(decoded, *expected.bytes);
    }
}

void TestBatchFastPath::readerSplitsLines()
{
    // Lines across the reader's 2 MiB reads, CRLF, a line over the limit between two short ones, no final
    // line break.
    QByteArray input;
    QList<QByteArray> expected;
    for (int i = 0; expected.size() < 30000; ++i) {
        const QByteArray line = QByteArray::number(i) + QByteArray(i % 97, 'x');
        input += line + (i % 3 ? "\n" : "\r\n");
        expected.append(line);
    }
    input += QByteArray(5000, 'L') + "\nafter\nlast";
    const qsizetype limit = 4096;
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    LineBlockReader reader(buffer, limit);
    std::vector<LineBlockReader::Line> lines;
    QList<QByteArray> read;
    QList<bool> tooLong;
    qint64 number = 0;
    while (reader.readBlock(lines, 1000)) {
        QVERIFY(lines.size() <= 1000);
        for (const LineBlockReader::Line &line : lines) {
            QCOMPARE(line.number, ++number);
            read.append(line.text.toByteArray());
            tooLong.append(line.tooLong);
        }
    }
    QCOMPARE(read.size(), expected.size() + 3);
    QCOMPARE(read.mid(0, expected.size()), expected);
    QCOMPARE(read.at(expected.size()), QByteArray(limit, 'L'));
    QVERIFY(tooLong.at(expected.size()));
    QCOMPARE(read.mid(expected.size() + 1), (QList<QByteArray>{"after", "last"}));
    QVERIFY(!tooLong.last());
}

QTEST_GUILESS_MAIN(TestBatchFastPath)
#include "tst_batchfastpath.moc"
