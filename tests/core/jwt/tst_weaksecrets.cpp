// WeakSecrets: the built-in list, loading word lists, the key warning, and the search for an HMAC token's
// secret. Secrets are compared with QVERIFY, never QCOMPARE, so a failure does not print them.
#include "jwt/Token.h"
#include "jwt/WeakSecrets.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace PortalKeys::Jwt;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Signs with OpenSSL directly, so these tests do not depend on the Signer under test elsewhere.
QString hmacToken(const char *alg, const QByteArray &secret, const QByteArray &payloadJson)
{
    const EVP_MD *md = qstrcmp(alg, "HS384") == 0   ? EVP_sha384()
                       : qstrcmp(alg, "HS512") == 0 ? EVP_sha512()
                                                    : EVP_sha256();
    const QByteArray header = QByteArray(R"({"alg":")") + alg + R"(","typ":"JWT"})";
    const QByteArray input = base64Url(header) + '.' + base64Url(payloadJson);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macSize = 0;
    static const char noKey = 0;
    HMAC(md, secret.isEmpty() ? &noKey : secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac, &macSize);
    return QString::fromLatin1(input + '.' +
                               base64Url(QByteArray(reinterpret_cast<const char *>(mac), macSize)));
}

Token parse(const QString &compact)
{
    Token::ParseResult parsed = Token::parse(compact);
    if (!parsed.ok())
        qFatal("test token does not parse: %s", qPrintable(parsed.error));
    return *parsed.token;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("list.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test word list");
    return path;
}

QString sharedWordList()
{
    return QStringLiteral(PORTALKEYS_SHARED_TESTDATA "/weak-secrets/wallarm_jwt.secrets.list");
}

// The public sample tokens of the ONLYOFFICE API documentation (editor config, insertImage, setHistoryData,
// setMailMergeRecipients, setRevisedFile).
QStringList documentServerSampleTokens()
{
    return {
        QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                       "eyJkb2N1bWVudCI6eyJmaWxlVHlwZSI6ImRvY3giLCJrZXkiOiJLaGlyejZ6VFBkZm"
                       "Q3IiwicGVybWlzc2lvbnMiOnsiZG93bmxvYWQiOnRydWUsImVkaXQiOnRydWUsInByaW50Ijp0cnVlLCJyZXZ"
                       "pZXciOnRydWV9LCJ0"
                       "aXRsZSI6IkV4YW1wbGUgRG9jdW1lbnQgVGl0bGUuZG9jeCIsInVybCI6Imh0dHBzOi8vZXhhbXBsZS5jb20vd"
                       "XJsLXRvLWV4YW1wbG"
                       "UtZG9jdW1lbnQuZG9jeCJ9LCJlZGl0b3JDb25maWciOnsiY2FsbGJhY2tVcmwiOiJodHRwczovL2V4YW1wbGU"
                       "uY29tL3VybC10by1j"
                       "YWxsYmFjay5hc2h4IiwibW9kZSI6ImVkaXQiLCJ1c2VyIjp7Imdyb3VwIjoiR3JvdXAxIiwiaWQiOiI3OGUxZ"
                       "Tg0MSIsIm5hbWUiOi"
                       "JTbWl0aCJ9fX0.SHQ6p-yHw2yMoWsB7xB5sq12NSGxPrPHQ3bTgzy3OPE"),
        QStringLiteral(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJmaWxlVHlwZSI6InBuZyIsInVybCI6Imh0dHBzOi8vZXhhbXBsZS5j"
            "b20vdXJsLXRvLWV4YW1wbGUtaW1hZ2UucG5nIn0.FXuC3GUvPq3japwyzo4i-utUe3g1rfSDt1ytuK_VyCc"),
        QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                       "eyJjaGFuZ2VzVXJsIjoiaHR0cHM6Ly9leGFtcGxlLmNvbS91cmwtdG8tY2hhbmdlcy"
                       "56aXAiLCJrZXkiOiJLaGlyejZ6VFBkZmQ3IiwicHJldmlvdXMiOnsia2V5IjoiYWY4NkM3ZTcxQ2E4IiwidXJ"
                       "sIjoiaHR0cHM6Ly9l"
                       "eGFtcGxlLmNvbS91cmwtdG8tdGhlLXByZXZpb3VzLXZlcnNpb24tb2YtdGhlLWRvY3VtZW50LmRvY3gifSwid"
                       "XJsIjoiaHR0cHM6Ly"
                       "9leGFtcGxlLmNvbS91cmwtdG8tZXhhbXBsZS1kb2N1bWVudC5kb2N4IiwidmVyc2lvbiI6Mn0.7gaOe1_"
                       "4OvgRLYD0oGk_bMrVdPaL"
                       "mgZVNIgQCUQdgoE"),
        QStringLiteral(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJmaWxlVHlwZSI6Inhsc3giLCJ1cmwiOiJodHRwczovL2V4YW1wbGUu"
            "Y29tL3VybC10by1leGFtcGxlLXJlY2lwaWVudHMueGxzeCJ9.P3TjOyX1Tv3xAVRAc8qtNb-uFLD6FH_WErag_rbI6nQ"),
        QStringLiteral(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJmaWxlVHlwZSI6ImRvY3giLCJ1cmwiOiJodHRwczovL2V4YW1wbGUu"
            "Y29tL3VybC10by1leGFtcGxlLWRvY3VtZW50LmRvY3gifQ.t8660n_GmxJIppxcwkr_mUxmXYtE8cg-jF2cTLMtuk8"),
    };
}

const QByteArray samplePayload = R"({"sub":"user-1","iat":1714557600})";

} // namespace

class TestWeakSecrets : public QObject {
    Q_OBJECT

private slots:
    void builtinListHoldsClassicWeakSecrets()
    {
        const QList<QByteArray> list = WeakSecrets::builtinList();
        QVERIFY2(list.size() >= 30 && list.size() <= 80, qPrintable(QString::number(list.size())));
        for (const char *expected :
             {"secret", "password", "changeme", "your-256-bit-secret", "secretkey", "jwt_secret", "mysecret",
              "123456", "qwerty", "admin", "test", "key", "private", "supersecret", "default", "onlyoffice"})
            QVERIFY2(WeakSecrets::contains(list, QByteArray(expected)), expected);
        QCOMPARE(QSet<QByteArray>(list.cbegin(), list.cend()).size(), list.size()); // no duplicates
        QVERIFY(!WeakSecrets::contains(list, QByteArray("a-long-random-value-nobody-would-guess")));
    }

    void loadListHandlesCrlfAndBlankLines()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, "alpha\r\n\r\nbeta\n\n  spaced  \r\n\r\n\nlast");
        const WeakSecrets::LoadResult loaded = WeakSecrets::loadList(path);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.secrets, (QList<QByteArray>{"alpha", "beta", "  spaced  ",
                                                    "last"})); // spaces may be part of a secret
    }

    void loadListReportsUnreadableAndEmptyFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const WeakSecrets::LoadResult missing =
            WeakSecrets::loadList(dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(missing.secrets.isEmpty());
        QVERIFY(missing.error.contains(QStringLiteral("nope.txt")));

        const WeakSecrets::LoadResult empty = WeakSecrets::loadList(writeFile(dir, "\r\n\n\r\n"));
        QVERIFY(empty.secrets.isEmpty());
        QVERIFY(!empty.error.isEmpty());
    }

    void warningForNamesTheListNotTheSecret()
    {
        const QList<QByteArray> list{"alpha", "hunter2-test-value"};
        const std::optional<Warning> warning =
            WeakSecrets::warningFor("hunter2-test-value", list, QStringLiteral("my list"));
        QVERIFY(warning);
        QCOMPARE(warning->code, QStringLiteral("hmac-key-in-wordlist"));
        QCOMPARE(warning->severity, Warning::Severity::Critical);
        QVERIFY(warning->concernsKey());
        QVERIFY(warning->message.contains(QStringLiteral("my list")));
        QVERIFY(!warning->message.contains(QStringLiteral("hunter2")));
        QVERIFY(!warning->explanation.contains(QStringLiteral("hunter2")));
        QVERIFY(!warning->explanation.isEmpty());

        QVERIFY(!WeakSecrets::warningFor("not-in-it", list, QStringLiteral("my list")));
        // The empty secret has its own warning (Key::warningsFor), even though the built-in list holds it.
        QVERIFY(!WeakSecrets::warningFor({}, WeakSecrets::builtinList(), QStringLiteral("built-in")));
    }

    void searchFindsTheSecret_data()
    {
        QTest::addColumn<QByteArray>("alg");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("HS256 changeme") << QByteArray("HS256") << QByteArray("changeme");
        QTest::newRow("HS256 jwt.io default") << QByteArray("HS256") << QByteArray("your-256-bit-secret");
        QTest::newRow("HS384 secret") << QByteArray("HS384") << QByteArray("secret");
        QTest::newRow("HS512 onlyoffice") << QByteArray("HS512") << QByteArray("onlyoffice");
        QTest::newRow("HS256 empty") << QByteArray("HS256") << QByteArray();
    }

    void searchFindsTheSecret()
    {
        QFETCH(QByteArray, alg);
        QFETCH(QByteArray, secret);
        const Token token = parse(hmacToken(alg.constData(), secret, samplePayload));
        const QList<QByteArray> list = WeakSecrets::builtinList();
        const WeakSecrets::SearchResult result = WeakSecrets::search(token, list);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.secret.has_value());
        QVERIFY(*result.secret == secret);
        QCOMPARE(result.tried, list.indexOf(secret) + 1);
    }

    void searchStopsAtTheFirstHit()
    {
        const Token token = parse(hmacToken("HS256", "hit", samplePayload));
        QList<QByteArray> candidates{"a", "b", "hit", "hit"};
        for (int i = 0; i < 5000; ++i)
            candidates << QByteArray::number(i);
        const WeakSecrets::SearchResult result = WeakSecrets::search(token, candidates);
        QVERIFY(result.secret && *result.secret == "hit");
        QCOMPARE(result.tried, 3);
    }

    void searchTriesEmptyCandidateAfterAnother()
    {
        // OpenSSL re-uses the previous key when given none: an empty candidate must still be its own key.
        const Token token = parse(hmacToken("HS256", {}, samplePayload));
        const WeakSecrets::SearchResult result = WeakSecrets::search(token, {"wrong", ""});
        QVERIFY(result.secret && result.secret->isEmpty());
        QCOMPARE(result.tried, 2);

        const Token other = parse(hmacToken("HS256", "wrong", samplePayload));
        QVERIFY(!WeakSecrets::search(other, {"", "nope"}).secret);
    }

    void searchReportsNoHit()
    {
        const Token token =
            parse(hmacToken("HS512", "a-long-random-value-nobody-would-guess", samplePayload));
        const QList<QByteArray> list = WeakSecrets::builtinList();
        const WeakSecrets::SearchResult result = WeakSecrets::search(token, list);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.secret);
        QCOMPARE(result.tried, list.size());

        const WeakSecrets::SearchResult none = WeakSecrets::search(token, {});
        QVERIFY(!none.secret);
        QCOMPARE(none.tried, 0);
    }

    void searchRefusesNonHmacTokens_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("RS256") << QByteArray(R"({"alg":"RS256"})");
        QTest::newRow("ES256") << QByteArray(R"({"alg":"ES256"})");
        QTest::newRow("none") << QByteArray(R"({"alg":"none"})");
        QTest::newRow("hs256 lower case") << QByteArray(R"({"alg":"hs256"})");
    }

    void searchRefusesNonHmacTokens()
    {
        QFETCH(QByteArray, header);
        const Token token = parse(QString::fromLatin1(base64Url(header) + '.' + base64Url(samplePayload) +
                                                      '.' + base64Url(QByteArray(32, 'x'))));
        const WeakSecrets::SearchResult result = WeakSecrets::search(token, WeakSecrets::builtinList());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("HMAC")));
        QVERIFY(!result.secret);
        QCOMPARE(result.tried, 0);
    }

    void searchRefusesSignatureOfWrongLength()
    {
        const QString good = hmacToken("HS256", "secret", samplePayload);
        const QString truncated = good.left(good.lastIndexOf(QLatin1Char('.')) + 1) +
                                  QString::fromLatin1(base64Url(QByteArray(16, 'x')));
        const WeakSecrets::SearchResult result =
            WeakSecrets::search(parse(truncated), WeakSecrets::builtinList());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.secret);
    }

    void searchCanBeCancelled()
    {
        const Token token = parse(hmacToken("HS256", "not-in-the-list", samplePayload));
        QList<QByteArray> candidates;
        for (int i = 0; i < 10000; ++i)
            candidates << QByteArray::number(i);
        int polls = 0;
        const WeakSecrets::SearchResult result =
            WeakSecrets::search(token, candidates, [&polls] { return ++polls == 3; });
        QCOMPARE(polls, 3);
        QCOMPARE(result.tried, 2000); // polled every 1000 candidates: at 0, 1000 and 2000
        QVERIFY(!result.secret);
        QVERIFY(!result.error.isEmpty());
    }

    void sharedWordListAndDocumentServerSamples()
    {
        const QString path = sharedWordList();
        if (!QFile::exists(path))
            QSKIP(
                qPrintable(QStringLiteral("no shared word list at %1").arg(QDir::toNativeSeparators(path))));
        const WeakSecrets::LoadResult loaded = WeakSecrets::loadList(path);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        // 103,979 CRLF lines, one of them empty.
        QCOMPARE(loaded.secrets.size(), 103978);
        for (const QByteArray &secret : loaded.secrets)
            QVERIFY(!secret.isEmpty() && !secret.endsWith('\r') && !secret.contains('\n'));
        QVERIFY(WeakSecrets::contains(loaded.secrets, "secret"));
        QVERIFY(WeakSecrets::contains(loaded.secrets, "your-256-bit-secret"));

        const Token jwtIo = parse(hmacToken("HS256", "your-256-bit-secret", samplePayload));
        const WeakSecrets::SearchResult found = WeakSecrets::search(jwtIo, loaded.secrets);
        QVERIFY(found.secret && *found.secret == "your-256-bit-secret");
        QCOMPARE(found.tried, loaded.secrets.indexOf("your-256-bit-secret") + 1);

        // The documentation's sample tokens are signed with the empty secret: the list's only empty line is
        // skipped on loading, so the list does not find them, but the built-in list (empty secret first)
        // does.
        for (const QString &sample : documentServerSampleTokens()) {
            const Token token = parse(sample);
            const WeakSecrets::SearchResult inList = WeakSecrets::search(token, loaded.secrets);
            QVERIFY(inList.error.isEmpty());
            QVERIFY(!inList.secret);
            QCOMPARE(inList.tried, loaded.secrets.size());
            const WeakSecrets::SearchResult builtin = WeakSecrets::search(token, WeakSecrets::builtinList());
            QVERIFY(builtin.secret && builtin.secret->isEmpty());
            QCOMPARE(builtin.tried, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestWeakSecrets)
#include "tst_weaksecrets.moc"
