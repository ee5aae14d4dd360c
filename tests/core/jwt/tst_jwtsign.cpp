// Signing: a round trip for every algorithm with freshly generated keys, the header PortalKeys writes, and
// the refusals (alg override, public-only key, wrong key for the algorithm, invalid payload).
#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace PortalKeys::Jwt;

namespace {

struct GeneratedKey {
    QByteArray privatePem;
    QByteArray publicPem;
};

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray text(data, length);
    BIO_free(bio);
    return text;
}

// EVP_PKEY_Q_keygen takes a variadic parameter that depends on the type.
GeneratedKey generate(Algorithm algorithm)
{
    EVP_PKEY *pkey = nullptr;
    switch (keyFamilyFor(algorithm)) {
    case KeyFamily::Rsa:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyFamily::EcP256:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyFamily::EcP384:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    case KeyFamily::EcP521:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
        break;
    case KeyFamily::Ed25519:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case KeyFamily::Hmac:
        break;
    }
    GeneratedKey key;
    if (!pkey)
        return key;
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    key.privatePem = bioText(bio);
    bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, pkey);
    key.publicPem = bioText(bio);
    EVP_PKEY_free(pkey);
    return key;
}

Key loadPem(const QByteArray &pem)
{
    const Key::LoadResult loaded = Key::fromPem(pem);
    if (!loaded.ok())
        qFatal("generated PEM does not load: %s", qPrintable(loaded.error));
    return *loaded.key;
}

Token parse(const QString &text)
{
    const Token::ParseResult result = Token::parse(text);
    if (!result.ok())
        qFatal("signed token does not parse: %s", qPrintable(result.error));
    return *result.token;
}

} // namespace

class TestJwtSign : public QObject {
    Q_OBJECT

private slots:
    void roundTripEveryAlgorithm_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        for (const Algorithm algorithm : allAlgorithms())
            QTest::newRow(qPrintable(algorithmName(algorithm))) << algorithm;
    }

    void roundTripEveryAlgorithm()
    {
        QFETCH(Algorithm, algorithm);
        Key signingKey;
        Key verifyingKey;
        if (keyFamilyFor(algorithm) == KeyFamily::Hmac) {
            signingKey = *Key::fromSecret(QByteArray(hashSizeBytes(algorithm), 's')).key;
            verifyingKey = signingKey;
        } else {
            const GeneratedKey generated = generate(algorithm);
            QVERIFY(!generated.privatePem.isEmpty());
            signingKey = loadPem(generated.privatePem);
            verifyingKey = loadPem(generated.publicPem);
            QVERIFY(signingKey.hasPrivateKey());
            QVERIFY(!verifyingKey.hasPrivateKey());
        }
        QVERIFY(signingKey.allowedAlgorithms().contains(algorithm));

        const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("alice")},
                                  {QStringLiteral("exp"), 4102444800.0},
                                  {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}};
        const SignResult signedToken = Signer::sign(payload, algorithm, signingKey);
        QVERIFY2(signedToken.ok(), qPrintable(signedToken.error));
        const Token token = parse(signedToken.token);
        QCOMPARE(token.algorithmName(), algorithmName(algorithm));
        QCOMPARE(token.header().value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(token.payloadObject(), payload);
        if (const int rs = algorithm == Algorithm::ES256   ? 64
                           : algorithm == Algorithm::ES384 ? 96
                           : algorithm == Algorithm::ES512 ? 132
                                                           : 0)
            QCOMPARE(token.signature().size(), rs);
        if (algorithm == Algorithm::EdDSA)
            QCOMPARE(token.signature().size(), 64);

        const VerifyResult result = Verifier::verify(token, verifyingKey);
        QVERIFY2(result.valid(), qPrintable(result.errors.join(QLatin1Char(' '))));
        QVERIFY(Verifier::verify(token, signingKey).valid());

        // Another key of the same kind must not verify it.
        Key otherKey = keyFamilyFor(algorithm) == KeyFamily::Hmac
                           ? *Key::fromSecret(QByteArray(hashSizeBytes(algorithm), 't')).key
                           : loadPem(generate(algorithm).publicPem);
        QVERIFY(!Verifier::verify(token, otherKey).signatureValid);
    }

    void hmacAndEdDsaAreDeterministic()
    {
        const Key secret = *Key::fromSecret(QByteArray(32, 's')).key;
        const QByteArray payload = R"({"a":1})";
        QCOMPARE(Signer::sign(payload, Algorithm::HS256, secret).token,
                 Signer::sign(payload, Algorithm::HS256, secret).token);
        const Key ed = loadPem(generate(Algorithm::EdDSA).privatePem);
        QCOMPARE(Signer::sign(payload, Algorithm::EdDSA, ed).token,
                 Signer::sign(payload, Algorithm::EdDSA, ed).token);
    }

    void payloadIsCompactlySerialized()
    {
        const Key secret = *Key::fromSecret(QByteArray(32, 's')).key;
        const SignResult result =
            Signer::sign(QByteArray("{ \"b\" : [ 1 , 2 ],\n \"a\" : \"x\" }"), Algorithm::HS256, secret);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(parse(result.token).payloadBytes(), QByteArray(R"({"a":"x","b":[1,2]})"));
        const SignResult scalar = Signer::sign(QByteArray(" 42 "), Algorithm::HS256, secret);
        QVERIFY2(scalar.ok(), qPrintable(scalar.error));
        QCOMPARE(parse(scalar.token).payloadBytes(), QByteArray("42"));
    }

    void refusesInvalidPayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not JSON") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("duplicate member") << QByteArray(R"({"sub":"a","sub":"b"})");
        QTest::newRow("trailing comma") << QByteArray(R"({"sub":"a",})");
    }

    void refusesInvalidPayloads()
    {
        QFETCH(QByteArray, payload);
        const SignResult result =
            Signer::sign(payload, Algorithm::HS256, *Key::fromSecret(QByteArray(32, 's')).key);
        QVERIFY(!result.ok());
        QVERIFY(result.token.isEmpty());
        QVERIFY2(result.error.contains(QLatin1String("JSON")), qPrintable(result.error));
    }

    void headerCarriesKidAndExtraMembers()
    {
        const Key key = loadPem(generate(Algorithm::ES256).privatePem);
        const QJsonObject extra{{QStringLiteral("typ"), QStringLiteral("at+jwt")},
                                {QStringLiteral("x-tenant"), QStringLiteral("portal-1")},
                                {QStringLiteral("n"), 3}};
        const SignResult result =
            Signer::sign(QByteArray("{}"), Algorithm::ES256, key, QStringLiteral("key-2024"), extra);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Token token = parse(result.token);
        const QJsonObject header = token.header();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(header.value(QLatin1String("kid")).toString(), QStringLiteral("key-2024"));
        QCOMPARE(token.keyId(), QStringLiteral("key-2024"));
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("at+jwt"));
        QCOMPARE(header.value(QLatin1String("x-tenant")).toString(), QStringLiteral("portal-1"));
        QCOMPARE(header.value(QLatin1String("n")).toInt(), 3);
        QCOMPARE(header.size(), 5);

        const SignResult plain = Signer::sign(QByteArray("{}"), Algorithm::ES256, key);
        QCOMPARE(parse(plain.token).header().keys(),
                 (QStringList{QStringLiteral("alg"), QStringLiteral("typ")}));
    }

    void refusesToOverrideAlg_data()
    {
        QTest::addColumn<QJsonValue>("alg");
        QTest::newRow("none") << QJsonValue(QStringLiteral("none"));
        QTest::newRow("other") << QJsonValue(QStringLiteral("HS512"));
        QTest::newRow("same") << QJsonValue(QStringLiteral("HS256"));
    }

    void refusesToOverrideAlg()
    {
        QFETCH(QJsonValue, alg);
        const SignResult result =
            Signer::sign(QByteArray("{}"), Algorithm::HS256, *Key::fromSecret(QByteArray(32, 's')).key, {},
                         QJsonObject{{QStringLiteral("alg"), alg}});
        QVERIFY(!result.ok());
        QVERIFY(result.token.isEmpty());
        QVERIFY2(result.error.contains(QLatin1String("alg")), qPrintable(result.error));
    }

    void refusesConflictingKid()
    {
        const SignResult result =
            Signer::sign(QByteArray("{}"), Algorithm::HS256, *Key::fromSecret(QByteArray(32, 's')).key,
                         QStringLiteral("a"), QJsonObject{{QStringLiteral("kid"), QStringLiteral("b")}});
        QVERIFY(!result.ok());
    }

    void refusesPublicOnlyKeys_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::newRow("RS256") << Algorithm::RS256;
        QTest::newRow("PS512") << Algorithm::PS512;
        QTest::newRow("ES384") << Algorithm::ES384;
        QTest::newRow("EdDSA") << Algorithm::EdDSA;
    }

    void refusesPublicOnlyKeys()
    {
        QFETCH(Algorithm, algorithm);
        const Key publicKey = loadPem(generate(algorithm).publicPem);
        const SignResult result = Signer::sign(QByteArray("{}"), algorithm, publicKey);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("needs a private key")), qPrintable(result.error));
    }

    void refusesAlgorithmsTheKeyDoesNotAllow()
    {
        const Key rsa = loadPem(generate(Algorithm::RS256).privatePem);
        const Key secret = *Key::fromSecret(QByteArray(32, 's')).key;
        for (const Algorithm algorithm : {Algorithm::HS256, Algorithm::ES256, Algorithm::EdDSA})
            QVERIFY(!Signer::sign(QByteArray("{}"), algorithm, rsa).ok());
        for (const Algorithm algorithm :
             {Algorithm::RS256, Algorithm::PS256, Algorithm::ES256, Algorithm::EdDSA}) {
            const SignResult result = Signer::sign(QByteArray("{}"), algorithm, secret);
            QVERIFY(!result.ok());
            QVERIFY(!result.error.isEmpty());
        }
        QVERIFY(!Signer::sign(QByteArray("{}"), Algorithm::HS256, Key()).ok());
    }

    void algorithmNames()
    {
        const QStringList expected{QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512"),
                                   QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                                   QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
                                   QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                   QStringLiteral("EdDSA")};
        QStringList names;
        for (const Algorithm algorithm : allAlgorithms()) {
            names.append(algorithmName(algorithm));
            QCOMPARE(algorithmFromName(algorithmName(algorithm)), std::optional<Algorithm>(algorithm));
        }
        QCOMPARE(names, expected);
        QVERIFY(!algorithmFromName(QStringLiteral("hs256")));
        QVERIFY(!algorithmFromName(QStringLiteral("none")));
        QVERIFY(!algorithmFromName(QStringLiteral("Ed25519")));
        QCOMPARE(keyFamilyFor(Algorithm::PS384), KeyFamily::Rsa);
        QCOMPARE(keyFamilyFor(Algorithm::ES512), KeyFamily::EcP521);
        QCOMPARE(hashSizeBytes(Algorithm::HS384), 48);
        QCOMPARE(hashSizeBytes(Algorithm::EdDSA), 64);
    }
};

QTEST_GUILESS_MAIN(TestJwtSign)
#include "tst_jwtsign.moc"
