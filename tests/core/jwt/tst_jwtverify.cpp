// Verification against published vectors (RFC 7515 App. A, RFC 8037 A.4, RFC 4231, RFC 7520 §4) and the
// attacks a verifier must refuse: alg none, algorithm confusion, DER/odd-length ECDSA, unknown crit, time.
#include "jwt/EcdsaSignature.h"
#include "jwt/JwsCrypto.h"
#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace PortalKeys::Jwt;

namespace {

// RFC 7515 Appendix A
const char rfcPayloadB64[] =
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const char a1Jwk[] = R"({"kty":"oct",
 "k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"})";
const char a1Token[] =
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const char a2Jwk[] = R"({"kty":"RSA",
 "n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",
 "e":"AQAB"})";
const char a2Signature[] =
    "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
    "O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZ"
    "cAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--"
    "xi12jzDwusC-"
    "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_"
    "IoypGlUPQGe77Rw";
const char a3Jwk[] = R"({"kty":"EC","crv":"P-256",
 "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
 "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})";
const char a3Signature[] =
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const char a4Jwk[] = R"({"kty":"EC","crv":"P-521",
 "x":"AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk",
 "y":"ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2"})";
const char a4Token[] =
    "eyJhbGciOiJFUzUxMiJ9.UGF5bG9hZA."
    "AdwMgeerwtHoh-l192l60hp9wAHZFVJbLfD_UxMi70cwnZOYaRI1bKPWROc-mZZqwqT2SI-KGDKB34XO0aw_7XdtAG8GaSwF"
    "KdCAPZgoXD2YBJZCPEX3xKpRwcdOO8KpEHwJjyqOgzDO7iKvU8vcnwNrmxYbSW9ERBXukOXolLzeO_Jn";
// RFC 8037 A.1 / A.4
const char edJwk[] = R"({"kty":"OKP","crv":"Ed25519",
 "d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
 "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})";
const char edToken[] =
    "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
    "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Key jwkKey(const char *text)
{
    const Key::LoadResult loaded = Key::fromJwk(json(text));
    if (!loaded.ok())
        qFatal("test key does not load: %s", qPrintable(loaded.error));
    return *loaded.key;
}

Token parsed(const QString &text)
{
    const Token::ParseResult result = Token::parse(text);
    if (!result.ok())
        qFatal("test token does not parse: %s", qPrintable(result.error));
    return *result.token;
}

VerifyOptions noTime()
{
    VerifyOptions options;
    options.checkTime = false;
    return options;
}

// The RFC and cookbook vectors are JWS examples: most sign text, not JWT claims.
VerifyOptions plainJws()
{
    VerifyOptions options = noTime();
    options.plainJws = true;
    return options;
}

// Flip one bit of the decoded segment `index` (1: payload, 2: signature), keeping the rest as received.
QString flipBit(const QString &token, int index, qsizetype byte = 3)
{
    QStringList parts = token.split(QLatin1Char('.'));
    QByteArray bytes = *decodeBase64UrlStrict(parts.at(index));
    bytes[byte % bytes.size()] = char(bytes.at(byte % bytes.size()) ^ 0x01);
    parts[index] = encodeBase64Url(bytes);
    return parts.join(QLatin1Char('.'));
}

bool hasWarning(const QList<Warning> &warnings, const QString &code)
{
    for (const Warning &w : warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

QByteArray generatePem(const char *type, size_t rsaBits, const char *curve, bool privateKey)
{
    EVP_PKEY *pkey = nullptr;
    if (rsaBits)
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, type, rsaBits);
    else if (curve)
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, type, curve);
    else
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, type);
    BIO *bio = BIO_new(BIO_s_mem());
    if (privateKey)
        PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PUBKEY(bio, pkey);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    return pem;
}

// Public key PEM of a private key PEM, through our own loader and OpenSSL.
QByteArray publicPemOf(const Key &key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, static_cast<EVP_PKEY *>(key.evpKey()));
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

Key pemKey(const QByteArray &pem)
{
    const Key::LoadResult loaded = Key::fromPem(pem);
    if (!loaded.ok())
        qFatal("test PEM does not load: %s", qPrintable(loaded.error));
    return *loaded.key;
}

QString unsignedHeaderToken(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return encodeBase64Url(header) + QLatin1Char('.') + encodeBase64Url(payload) + QLatin1Char('.') +
           encodeBase64Url(signature);
}

QString cookbookDir()
{
    return QStringLiteral(PORTALKEYS_SHARED_TESTDATA "/jose-cookbook");
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestJwtVerify : public QObject {
    Q_OBJECT

private slots:
    void rfc7515AndRfc8037Vectors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<QString>("alg");
        const QString a2 = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.") + QLatin1String(rfcPayloadB64) +
                           QLatin1Char('.') + QLatin1String(a2Signature);
        const QString a3 = QStringLiteral("eyJhbGciOiJFUzI1NiJ9.") + QLatin1String(rfcPayloadB64) +
                           QLatin1Char('.') + QLatin1String(a3Signature);
        QTest::newRow("A.1 HS256") << QString::fromLatin1(a1Token) << QByteArray(a1Jwk)
                                   << QStringLiteral("HS256");
        QTest::newRow("A.2 RS256") << a2 << QByteArray(a2Jwk) << QStringLiteral("RS256");
        QTest::newRow("A.3 ES256") << a3 << QByteArray(a3Jwk) << QStringLiteral("ES256");
        QTest::newRow("A.4 ES512") << QString::fromLatin1(a4Token) << QByteArray(a4Jwk)
                                   << QStringLiteral("ES512");
        QTest::newRow("RFC 8037 A.4 EdDSA")
            << QString::fromLatin1(edToken) << QByteArray(edJwk) << QStringLiteral("EdDSA");
    }

    void rfc7515AndRfc8037Vectors()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, jwk);
        QFETCH(QString, alg);
        const Key key = jwkKey(jwk.constData());
        const Token parsedToken = parsed(token);
        QCOMPARE(parsedToken.algorithmName(), alg);

        const VerifyResult good = Verifier::verify(parsedToken, key, plainJws());
        QVERIFY2(good.valid(), qPrintable(good.errors.join(QLatin1Char(' '))));
        QVERIFY(good.errors.isEmpty());
        // As a JWT only A.1, whose payload is a claims set, is valid.
        QCOMPARE(Verifier::verify(parsedToken, key, noTime()).valid(),
                 parsedToken.payloadKind() == Token::PayloadKind::JsonObject);

        const VerifyResult badSignature = Verifier::verify(parsed(flipBit(token, 2)), key, noTime());
        QVERIFY(!badSignature.signatureValid);
        QVERIFY(!badSignature.errors.isEmpty());

        const VerifyResult badPayload = Verifier::verify(parsed(flipBit(token, 1)), key, noTime());
        QVERIFY(!badPayload.signatureValid);
    }

    void rfc7515TimeIsChecked()
    {
        // A.1's token expired in 2011.
        const Token token = parsed(QString::fromLatin1(a1Token));
        const Key key = jwkKey(a1Jwk);
        VerifyOptions options;
        options.now = QDateTime::fromSecsSinceEpoch(1300819380 + 3600, Qt::UTC);
        const VerifyResult late = Verifier::verify(token, key, options);
        QVERIFY(late.signatureValid);
        QVERIFY(!late.timeValid);
        QVERIFY(!late.valid());
        QVERIFY(hasWarning(late.warnings, QStringLiteral("expired")));

        options.now = QDateTime::fromSecsSinceEpoch(1300819380 - 60, Qt::UTC);
        const VerifyResult inTime = Verifier::verify(token, key, options);
        QVERIFY2(inTime.valid(), qPrintable(inTime.errors.join(QLatin1Char(' '))));
        QVERIFY(!hasWarning(inTime.warnings, QStringLiteral("expired")));
    }

    void rfc7515UnsecuredIsRefused()
    {
        // A.5: {"alg":"none"} with an empty signature.
        const Token token =
            parsed(QStringLiteral("eyJhbGciOiJub25lIn0.") + QLatin1String(rfcPayloadB64) + QLatin1Char('.'));
        const VerifyResult result = Verifier::verify(token, jwkKey(a1Jwk), noTime());
        QVERIFY(!result.signatureValid);
        QVERIFY(!result.valid());
        QVERIFY2(result.errors.join(QLatin1Char(' ')).contains(QLatin1String("none")),
                 qPrintable(result.errors.join(QLatin1Char(' '))));
        QVERIFY(hasWarning(result.warnings, QStringLiteral("alg-none")));
    }

    void algNoneInAnyCaseIsRefused_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"none", "None", "NONE", "nOnE"})
            QTest::newRow(alg) << QString::fromLatin1(alg);
    }

    void algNoneInAnyCaseIsRefused()
    {
        QFETCH(QString, alg);
        const Key key = *Key::fromSecret("a secret of thirty-two bytes....").key;
        const QByteArray header = QByteArray("{\"alg\":\"") + alg.toLatin1() + QByteArray("\"}");
        const QByteArray payload = R"({"sub":"admin"})";
        const QByteArray input =
            encodeBase64Url(header).toLatin1() + '.' + encodeBase64Url(payload).toLatin1();
        // Even with a signature a careless verifier would accept, and with an empty one.
        for (const QByteArray &signature :
             {*JwsCrypto::hmac(Algorithm::HS256, key.secretBytes(), input), QByteArray()}) {
            const Token token = parsed(unsignedHeaderToken(header, payload, signature));
            const VerifyResult result = Verifier::verify(token, key, noTime());
            QVERIFY(!result.signatureValid);
            QVERIFY(hasWarning(result.warnings, QStringLiteral("alg-none")));
            QVERIFY(!result.errors.isEmpty());
        }
    }

    void rfc4231HmacVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("sha256");
        QTest::addColumn<QByteArray>("sha384");
        QTest::addColumn<QByteArray>("sha512");
        const QByteArray bigKey(131, '\xaa');
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray(
                                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
                                << QByteArray("afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc5"
                                              "9cfaea9ea9076ede7f4af152e8b2fa9cb6")
                                << QByteArray("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17c"
                                              "dedaa833b7d6b8a702038b274eaea3f4e4"
                                              "be9d914eeb61f1702e696c203a126854");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray(
                                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
                                << QByteArray("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec373632244"
                                              "5e8e2240ca5e69e2c78b3239ecfab21649")
                                << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505"
                                              "549758bf75c05a994a6d034f65f8f0e6"
                                              "fdcaeab1a34d4a6b4b636e070a38bce737");
        QTest::newRow("case 6") << bigKey
                                << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                << QByteArray(
                                       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
                                << QByteArray("4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4"
                                              "c60c2ef6ab4030fe8296248df163f44952")
                                << QByteArray("80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3"
                                              "526b56d037e05f2598bd0fd2215d6a1e"
                                              "5295e64f73f63f0aec8b915a985d786598");
        QTest::newRow("case 7") << bigKey
                                << QByteArray("This is a test using a larger than block-size key and a "
                                              "larger than block-size data. The key "
                                              "needs to be hashed before being used by the HMAC algorithm.")
                                << QByteArray(
                                       "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
                                << QByteArray("6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99"
                                              "c5a678cc31e799176d3860e6110c46523e")
                                << QByteArray("e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc9"
                                              "44b6022cac3c4982b10d5eeb55c3e4de"
                                              "15134676fb6de0446065c97440fa8c6a58");
    }

    void rfc4231HmacVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, sha256);
        QFETCH(QByteArray, sha384);
        QFETCH(QByteArray, sha512);
        QCOMPARE(JwsCrypto::hmac(Algorithm::HS256, key, data).value_or(QByteArray()).toHex(), sha256);
        QCOMPARE(JwsCrypto::hmac(Algorithm::HS384, key, data).value_or(QByteArray()).toHex(), sha384);
        QCOMPARE(JwsCrypto::hmac(Algorithm::HS512, key, data).value_or(QByteArray()).toHex(), sha512);
        QVERIFY(!JwsCrypto::hmac(Algorithm::RS256, key, data));

        // The same MAC through the verifier: a token whose signature is the RFC's MAC of its signing input.
        const Key secret = *Key::fromSecret(key).key;
        const QByteArray header = R"({"alg":"HS256"})";
        const QByteArray input = encodeBase64Url(header).toLatin1() + '.' + encodeBase64Url(data).toLatin1();
        const QByteArray mac = *JwsCrypto::hmac(Algorithm::HS256, key, input);
        QVERIFY(Verifier::verify(parsed(unsignedHeaderToken(header, data, mac)), secret, noTime())
                    .signatureValid);
    }

    void emptyHmacKeyWorksButIsCritical()
    {
        // HMAC-SHA256 with an empty key, as computed by Python's hmac module.
        QCOMPARE(
            JwsCrypto::hmac(Algorithm::HS256, QByteArray(), QByteArray("abc")).value_or(QByteArray()).toHex(),
            QByteArray("fd7adb152c05ef80dccf50a1fa4c05d5a3ec6da95575fc312ae7c5d091836351"));
        const Key empty = *Key::fromSecret(QByteArray()).key;
        const SignResult signedToken =
            Signer::sign(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}, Algorithm::HS256, empty);
        QVERIFY2(signedToken.ok(), qPrintable(signedToken.error));
        const VerifyResult result = Verifier::verify(parsed(signedToken.token), empty, noTime());
        QVERIFY(result.signatureValid);
        bool critical = false;
        for (const Warning &w : result.warnings)
            critical |= w.code == QLatin1String("hmac-key-empty") &&
                        w.severity == Warning::Severity::Critical && w.concernsKey();
        QVERIFY(critical);
    }

    void joseCookbook_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("publicJwk");
        QTest::addColumn<QString>("privateJwk");
        QTest::newRow("4.1 RS256") << QStringLiteral("4_1.rsa_v15_signature")
                                   << QStringLiteral("3_3.rsa_public_key")
                                   << QStringLiteral("3_4.rsa_private_key");
        QTest::newRow("4.2 PS384") << QStringLiteral("4_2.rsa-pss_signature")
                                   << QStringLiteral("3_3.rsa_public_key")
                                   << QStringLiteral("3_4.rsa_private_key");
        QTest::newRow("4.3 ES512") << QStringLiteral("4_3.ecdsa_signature")
                                   << QStringLiteral("3_1.ec_public_key")
                                   << QStringLiteral("3_2.ec_private_key");
        QTest::newRow("4.4 HS256") << QStringLiteral("4_4.hmac-sha2_integrity_protection")
                                   << QStringLiteral("3_5.symmetric_key_mac_computation")
                                   << QStringLiteral("3_5.symmetric_key_mac_computation");
    }

    void joseCookbook()
    {
        QFETCH(QString, example);
        QFETCH(QString, publicJwk);
        QFETCH(QString, privateJwk);
        const QDir dir(cookbookDir());
        if (!dir.exists())
            QSKIP(
                qPrintable(QStringLiteral("JOSE cookbook test data not found at %1 (the shared test data is "
                                          "missing)")
                               .arg(dir.path())));
        const QJsonObject example_ = readJsonFile(dir.filePath(QStringLiteral("jws/%1.json").arg(example)));
        const QString compact =
            example_.value(QLatin1String("output")).toObject().value(QLatin1String("compact")).toString();
        QVERIFY2(!compact.isEmpty(), "the example has no compact output");
        const Token token = parsed(compact);
        QCOMPARE(token.algorithmName(),
                 example_.value(QLatin1String("input")).toObject().value(QLatin1String("alg")).toString());

        for (const QString &keyFile : {publicJwk, privateJwk}) {
            QFile file(dir.filePath(QStringLiteral("jwk/%1.json").arg(keyFile)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Key::LoadResult key = Key::fromKeyFile(file.readAll(), token.keyId());
            QVERIFY2(key.ok(), qPrintable(key.error));
            const VerifyResult good = Verifier::verify(token, *key.key, plainJws());
            QVERIFY2(good.valid(), qPrintable(good.errors.join(QLatin1Char(' '))));
            QVERIFY(!Verifier::verify(parsed(flipBit(compact, 2, 10)), *key.key, noTime()).signatureValid);
            QVERIFY(!Verifier::verify(parsed(flipBit(compact, 1, 10)), *key.key, noTime()).signatureValid);
        }
    }

    void algorithmConfusionIsRefused()
    {
        // The classic attack: an RSA public key's PEM used as an HMAC secret for an HS256 token.
        const QByteArray publicPem = generatePem("RSA", 2048, nullptr, false);
        const Key hmacFromPem = *Key::fromSecret(publicPem).key;
        const SignResult forged = Signer::sign(QJsonObject{{QStringLiteral("sub"), QStringLiteral("admin")}},
                                               Algorithm::HS256, hmacFromPem);
        QVERIFY(forged.ok());
        // Sanity check: the forgery is a correct HMAC with the PEM bytes.
        QVERIFY(Verifier::verify(parsed(forged.token), hmacFromPem, noTime()).signatureValid);

        const Key rsaKey = pemKey(publicPem);
        QCOMPARE(rsaKey.family(), KeyFamily::Rsa);
        QVERIFY(!rsaKey.allowedAlgorithms().contains(Algorithm::HS256));
        const VerifyResult result = Verifier::verify(parsed(forged.token), rsaKey, noTime());
        QVERIFY(!result.signatureValid);
        QVERIFY2(result.errors.join(QLatin1Char(' ')).contains(QLatin1String("not allowed for this key")),
                 qPrintable(result.errors.join(QLatin1Char(' '))));

        // And the other way: an HMAC secret offered for an RS256 token.
        const Key rsaPrivate = pemKey(generatePem("RSA", 2048, nullptr, true));
        const SignResult rs = Signer::sign(QByteArray(R"({"a":1})"), Algorithm::RS256, rsaPrivate);
        QVERIFY2(rs.ok(), qPrintable(rs.error));
        const VerifyResult hmacForRsa = Verifier::verify(parsed(rs.token), hmacFromPem, noTime());
        QVERIFY(!hmacForRsa.signatureValid);
        QVERIFY(hmacForRsa.errors.join(QLatin1Char(' ')).contains(QLatin1String("not allowed for this key")));
    }

    void optionsNarrowTheAlgorithms()
    {
        const Key key = jwkKey(a1Jwk);
        VerifyOptions options = noTime();
        options.allowedAlgorithms = {Algorithm::RS256, Algorithm::HS512};
        const VerifyResult result = Verifier::verify(parsed(QString::fromLatin1(a1Token)), key, options);
        QVERIFY(!result.signatureValid);
        QVERIFY(result.errors.join(QLatin1Char(' ')).contains(QLatin1String("HS512")));
        options.allowedAlgorithms = {Algorithm::HS256};
        QVERIFY(Verifier::verify(parsed(QString::fromLatin1(a1Token)), key, options).signatureValid);
    }

    void ecCurveMustMatchTheAlgorithm()
    {
        const Key p256 = pemKey(generatePem("EC", 0, "P-256", true));
        const Key p384 = pemKey(generatePem("EC", 0, "P-384", true));
        QCOMPARE(p256.allowedAlgorithms(), QList<Algorithm>{Algorithm::ES256});
        QCOMPARE(p384.allowedAlgorithms(), QList<Algorithm>{Algorithm::ES384});
        const SignResult es384 = Signer::sign(QByteArray("{}"), Algorithm::ES384, p384);
        QVERIFY2(es384.ok(), qPrintable(es384.error));
        QVERIFY(Verifier::verify(parsed(es384.token), p384, noTime()).signatureValid);
        const VerifyResult wrongCurve = Verifier::verify(parsed(es384.token), p256, noTime());
        QVERIFY(!wrongCurve.signatureValid);
        QVERIFY(wrongCurve.errors.join(QLatin1Char(' ')).contains(QLatin1String("ES384")));
        QVERIFY(!Signer::sign(QByteArray("{}"), Algorithm::ES256, p384).ok());
    }

    void ecdsaSignatureMustBeFixedLength()
    {
        const Key key = pemKey(generatePem("EC", 0, "P-256", true));
        const SignResult good = Signer::sign(QByteArray(R"({"sub":"x"})"), Algorithm::ES256, key);
        QVERIFY2(good.ok(), qPrintable(good.error));
        const Token token = parsed(good.token);
        QCOMPARE(token.signature().size(), 64);
        QVERIFY(Verifier::verify(token, key, noTime()).signatureValid);

        const QString input = QString::fromLatin1(token.signingInput());
        const QByteArray der = *EcdsaSignature::rawToDer(token.signature(), 32);
        QVERIFY(der.startsWith('\x30'));
        const VerifyResult derResult =
            Verifier::verify(parsed(input + QLatin1Char('.') + encodeBase64Url(der)), key, noTime());
        QVERIFY(!derResult.signatureValid);
        QVERIFY2(derResult.errors.join(QLatin1Char(' ')).contains(QLatin1String("DER")),
                 qPrintable(derResult.errors.join(QLatin1Char(' '))));

        const QByteArray sig = token.signature();
        const QList<QByteArray> oddSignatures{sig.left(63), QByteArray(sig).append('\0'),
                                              QByteArray(1, '\0').append(sig), QByteArray()};
        for (const QByteArray &odd : oddSignatures) {
            const VerifyResult result =
                Verifier::verify(parsed(input + QLatin1Char('.') + encodeBase64Url(odd)), key, noTime());
            QVERIFY(!result.signatureValid);
            QVERIFY(result.errors.join(QLatin1Char(' ')).contains(QLatin1String("64 bytes")));
        }
    }

    void unknownCritIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown extension")
            << QJsonObject{{QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}},
                           {QStringLiteral("exp"), 1363284000}}
            << QStringLiteral("does not understand");
        QTest::newRow("b64 extension")
            << QJsonObject{{QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}},
                           {QStringLiteral("b64"), true}}
            << QStringLiteral("does not understand");
        QTest::newRow("empty list") << QJsonObject{{QStringLiteral("crit"), QJsonArray{}}}
                                    << QStringLiteral("non-empty");
        QTest::newRow("not an array")
            << QJsonObject{{QStringLiteral("crit"), QStringLiteral("exp")}} << QStringLiteral("non-empty");
        QTest::newRow("not strings") << QJsonObject{{QStringLiteral("crit"), QJsonArray{1}}}
                                     << QStringLiteral("strings");
        QTest::newRow("member absent")
            << QJsonObject{{QStringLiteral("crit"), QJsonArray{QStringLiteral("foo")}}}
            << QStringLiteral("does not have");
        QTest::newRow("standard member")
            << QJsonObject{{QStringLiteral("crit"), QJsonArray{QStringLiteral("kid")}},
                           {QStringLiteral("kid"), QStringLiteral("k")}}
            << QStringLiteral("standard member");
    }

    void unknownCritIsRefused()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, mentions);
        const Key key = *Key::fromSecret(QByteArray(32, 'k')).key;
        const SignResult token = Signer::sign(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}},
                                              Algorithm::HS256, key, {}, extra);
        QVERIFY2(token.ok(), qPrintable(token.error));
        const VerifyResult result = Verifier::verify(parsed(token.token), key, noTime());
        QVERIFY(!result.signatureValid);
        QVERIFY2(result.errors.join(QLatin1Char(' ')).contains(mentions),
                 qPrintable(result.errors.join(QLatin1Char(' '))));
    }

    void expiryAndNotBeforeWithLeeway_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<bool>("timeValid");
        QTest::addColumn<QString>("warning");
        QTest::newRow("expired") << QStringLiteral("exp") << qint64(-30) << qint64(0) << false
                                 << QStringLiteral("expired");
        QTest::newRow("expired within leeway")
            << QStringLiteral("exp") << qint64(-30) << qint64(60) << true << QString();
        QTest::newRow("expired beyond leeway")
            << QStringLiteral("exp") << qint64(-120) << qint64(60) << false << QStringLiteral("expired");
        QTest::newRow("expires later")
            << QStringLiteral("exp") << qint64(3600) << qint64(0) << true << QString();
        QTest::newRow("not yet valid")
            << QStringLiteral("nbf") << qint64(30) << qint64(0) << false << QStringLiteral("not-yet-valid");
        QTest::newRow("not yet valid within leeway")
            << QStringLiteral("nbf") << qint64(30) << qint64(60) << true << QString();
        QTest::newRow("valid since") << QStringLiteral("nbf") << qint64(-30) << qint64(0) << true
                                     << QString();
    }

    void expiryAndNotBeforeWithLeeway()
    {
        QFETCH(QString, claim);
        QFETCH(qint64, offset);
        QFETCH(qint64, leeway);
        QFETCH(bool, timeValid);
        QFETCH(QString, warning);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("x")},
                            {claim, double(now.toSecsSinceEpoch() + offset)}};
        if (claim != QLatin1String("exp"))
            payload.insert(QStringLiteral("exp"), double(now.toSecsSinceEpoch() + 86400));
        const Key key = *Key::fromSecret(QByteArray(32, 'k')).key;
        const SignResult token = Signer::sign(payload, Algorithm::HS256, key);
        QVERIFY(token.ok());
        VerifyOptions options;
        options.now = now;
        options.leewaySeconds = leeway;
        const VerifyResult result = Verifier::verify(parsed(token.token), key, options);
        QVERIFY(result.signatureValid);
        QCOMPARE(result.timeValid, timeValid);
        QCOMPARE(result.valid(), timeValid);
        QCOMPARE(result.errors.isEmpty(), timeValid);
        if (!warning.isEmpty())
            QVERIFY(hasWarning(result.warnings, warning));
        QVERIFY(!hasWarning(result.warnings, QStringLiteral("no-exp")));

        options.checkTime = false;
        QVERIFY(Verifier::verify(parsed(token.token), key, options).valid());
    }

    void tokenAndKeyWarnings()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Key shortKey = *Key::fromSecret("twelve bytes").key;
        const SignResult token = Signer::sign(
            QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}, Algorithm::HS256, shortKey, {},
            QJsonObject{{QStringLiteral("jku"), QStringLiteral("https://example.com/k")},
                        {QStringLiteral("x5c"), QJsonArray{QStringLiteral("AAAA")}}});
        QVERIFY(token.ok());
        const VerifyResult result = Verifier::verify(parsed(token.token), shortKey);
        QVERIFY(result.valid());
        for (const char *code : {"hmac-key-short", "header-jku", "header-x5c", "no-exp"})
            QVERIFY2(hasWarning(result.warnings, QLatin1String(code)), code);
        QVERIFY(!hasWarning(result.warnings, QStringLiteral("header-jwk")));
        for (const Warning &w : result.warnings) {
            QVERIFY(!w.message.isEmpty());
            QVERIFY(!w.explanation.isEmpty());
            QVERIFY(!w.message.contains(QLatin1String("twelve")));
            QVERIFY(!w.explanation.contains(QLatin1String("twelve")));
            QCOMPARE(w.concernsKey(), w.code.startsWith(QLatin1String("hmac-key")));
            if (w.code == QLatin1String("hmac-key-short")) {
                QVERIFY2(w.message.contains(QLatin1String("12 of 32 bytes")), qPrintable(w.message));
                QVERIFY(w.explanation.contains(QLatin1String("RFC 7518")));
            }
            if (w.code == QLatin1String("no-exp"))
                QCOMPARE(w.severity, Warning::Severity::Info);
        }
        // HS512 needs 64 bytes.
        QVERIFY(
            shortKey.warningsFor(Algorithm::HS512).at(0).message.contains(QLatin1String("12 of 64 bytes")));
        QVERIFY(Key::fromSecret(QByteArray(64, 'k')).key->warningsFor(Algorithm::HS512).isEmpty());

        const QList<Warning> textWarnings =
            Verifier::tokenWarnings(parsed(QString::fromLatin1(edToken)), now, 0);
        QVERIFY(hasWarning(textWarnings, QStringLiteral("payload-not-json")));
        QVERIFY(!hasWarning(textWarnings, QStringLiteral("no-exp")));

        const Token withJwk = parsed(
            unsignedHeaderToken("{\"alg\":\"RS256\",\"jwk\":{},\"x5u\":\"https:\\/\\/e\\/x\"}", "{}", "s"));
        const QList<Warning> injected = Verifier::tokenWarnings(withJwk, now, 0);
        QVERIFY(hasWarning(injected, QStringLiteral("header-jwk")));
        QVERIFY(hasWarning(injected, QStringLiteral("header-x5u")));

        const Key weakRsa = pemKey(generatePem("RSA", 1024, nullptr, false));
        const QList<Warning> rsaWarnings = weakRsa.warningsFor(Algorithm::RS256);
        QCOMPARE(rsaWarnings.size(), 1);
        QCOMPARE(rsaWarnings.at(0).code, QStringLiteral("rsa-key-short"));
        QVERIFY(rsaWarnings.at(0).concernsKey());
        QVERIFY(pemKey(generatePem("RSA", 2048, nullptr, false)).warningsFor(Algorithm::RS256).isEmpty());
        QCOMPARE(severityName(Warning::Severity::Critical), QStringLiteral("critical"));
    }

    void loadsKeysInEveryForm()
    {
        const Key priv = pemKey(generatePem("RSA", 2048, nullptr, true));
        QVERIFY(priv.hasPrivateKey());
        QCOMPARE(priv.description(), QStringLiteral("RSA 2048-bit private key"));
        const Key pub = pemKey(publicPemOf(priv));
        QVERIFY(!pub.hasPrivateKey());
        QCOMPARE(pub.description(), QStringLiteral("RSA 2048-bit public key"));

        // Traditional ("BEGIN RSA PRIVATE KEY") private key and a self-signed certificate.
        EVP_PKEY *pkey = static_cast<EVP_PKEY *>(priv.evpKey());
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey_traditional(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long traditionalLength = BIO_get_mem_data(bio, &data);
        const QByteArray traditional(data, traditionalLength);
        BIO_free(bio);
        QVERIFY(traditional.contains("BEGIN RSA PRIVATE KEY"));
        QVERIFY(pemKey(traditional).hasPrivateKey());

        X509 *certificate = X509_new();
        X509_set_version(certificate, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1);
        X509_gmtime_adj(X509_getm_notBefore(certificate), 0);
        X509_gmtime_adj(X509_getm_notAfter(certificate), 3600);
        X509_set_pubkey(certificate, pkey);
        X509_NAME *name = X509_get_subject_name(certificate);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("test"),
                                   -1, -1, 0);
        X509_set_issuer_name(certificate, name);
        QVERIFY(X509_sign(certificate, pkey, EVP_sha256()) > 0);
        bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, certificate);
        const long length = BIO_get_mem_data(bio, &data);
        const QByteArray certPem(data, length);
        BIO_free(bio);
        X509_free(certificate);
        const Key fromCert = pemKey(certPem);
        QVERIFY(!fromCert.hasPrivateKey());
        const SignResult token = Signer::sign(QByteArray("{}"), Algorithm::PS256, priv);
        QVERIFY(token.ok());
        QVERIFY(Verifier::verify(parsed(token.token), fromCert, noTime()).valid());

        QVERIFY(!Key::fromPem(
                     "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n")
                     .ok());
        QVERIFY(!Key::fromPem("no pem here").ok());
        QVERIFY(!Key::fromPem("-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n").ok());
        QVERIFY(!Key::fromKeyFile("just some text").ok());

        // Encoded secrets.
        QCOMPARE(Key::fromSecret("  aGVsbG8=\n", Key::SecretEncoding::Base64).key->secretBytes(),
                 QByteArray("hello"));
        QCOMPARE(Key::fromSecret("-_8", Key::SecretEncoding::Base64Url).key->secretBytes(),
                 QByteArray("\xfb\xff"));
        QCOMPARE(Key::fromSecret("68656c6c6f", Key::SecretEncoding::Hex).key->secretBytes(),
                 QByteArray("hello"));
        QVERIFY(!Key::fromSecret("6865z", Key::SecretEncoding::Hex).ok());
        QVERIFY(!Key::fromSecret("a*b", Key::SecretEncoding::Base64).ok());
        QCOMPARE(Key::fromSecret(" raw ").key->secretBytes(), QByteArray(" raw "));
        QCOMPARE(Key::fromSecret("0123456789").key->description(), QStringLiteral("HMAC secret (10 bytes)"));
        // Copies share the key.
        Key copy = priv;
        QCOMPARE(copy.evpKey(), priv.evpKey());
        copy = Key();
        QVERIFY(copy.isNull());
        QVERIFY(!priv.isNull());
    }

    void jwkSetSelectsByKid()
    {
        QJsonObject first = json(a1Jwk);
        first.insert(QStringLiteral("kid"), QStringLiteral("hmac-1"));
        QJsonObject second = json(a3Jwk);
        second.insert(QStringLiteral("kid"), QStringLiteral("ec-1"));
        const QJsonObject set{{QStringLiteral("keys"), QJsonArray{first, second}}};

        const Key::LoadResult noKid = Key::fromJwk(set);
        QVERIFY(!noKid.ok());
        QVERIFY2(noKid.error.contains(QLatin1String("hmac-1")) && noKid.error.contains(QLatin1String("ec-1")),
                 qPrintable(noKid.error));
        const Key::LoadResult ec = Key::fromJwk(set, QStringLiteral("ec-1"));
        QVERIFY2(ec.ok(), qPrintable(ec.error));
        QCOMPARE(ec.key->family(), KeyFamily::EcP256);
        QCOMPARE(ec.key->keyId(), QStringLiteral("ec-1"));
        QVERIFY(!ec.key->hasPrivateKey());
        const Key::LoadResult missing = Key::fromJwk(set, QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QLatin1String("nope")));

        const QJsonObject single{{QStringLiteral("keys"), QJsonArray{second}}};
        QVERIFY(Key::fromJwk(single).ok());
        QVERIFY(!Key::fromJwk(QJsonObject{{QStringLiteral("keys"), QJsonArray{}}}).ok());
    }

    void hugeJwkSetGivesAShortMessage()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QJsonArray keys;
        for (int i = 0; i < 100000; ++i)
            keys.append(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                    {QStringLiteral("k"), QStringLiteral("AAAA")},
                                    {QStringLiteral("kid"), QStringLiteral("key-%1").arg(i)}});
        const QJsonObject set{{QStringLiteral("keys"), keys}};
        for (const QString &kid : {QString(), QStringLiteral("nope")}) {
            const Key::LoadResult result = Key::fromJwk(set, kid);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.size() < 1000, qPrintable(QString::number(result.error.size())));
            QVERIFY2(result.error.contains(QStringLiteral("“key-0”")), qPrintable(result.error));
            QVERIFY2(result.error.contains(QLatin1String("and 99,995 more")), qPrintable(result.error));
            QVERIFY2(!result.error.contains(QLatin1String("key-5")), qPrintable(result.error));
        }
    }

    void refusesBrokenJwks_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::newRow("no kty") << QByteArray(R"({"k":"AAAA"})");
        QTest::newRow("unknown kty") << QByteArray(R"({"kty":"XYZ"})");
        QTest::newRow("oct without k") << QByteArray(R"({"kty":"oct"})");
        QTest::newRow("RSA without e") << QByteArray(R"({"kty":"RSA","n":"AQAB"})");
        QTest::newRow("EC unknown curve") << QByteArray(R"({"kty":"EC","crv":"P-192","x":"AA","y":"AA"})");
        QTest::newRow("EC short coordinate") << QByteArray(
            R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVE","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})");
        QTest::newRow("EC point off the curve") << QByteArray(
            R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a1"})");
        QTest::newRow("OKP X25519") << QByteArray(R"({"kty":"OKP","crv":"X25519","x":"AAAA"})");
        QTest::newRow("Ed25519 d not matching x") << QByteArray(
            R"({"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})");
        QTest::newRow("bad base64url") << QByteArray(R"({"kty":"oct","k":"a+b/"})");
        QTest::newRow("encryption key") << QByteArray(R"({"kty":"oct","k":"AAAA","use":"enc"})");
        QTest::newRow("unknown alg") << QByteArray(R"({"kty":"oct","k":"AAAA","alg":"A128KW"})");
        QTest::newRow("alg for another family") << QByteArray(
            R"({"kty":"EC","crv":"P-256","alg":"ES384","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})");
    }

    void refusesBrokenJwks()
    {
        QFETCH(QByteArray, jwk);
        const Key::LoadResult result = Key::fromKeyFile(jwk);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }

    void jwkAlgRestrictsTheKey()
    {
        const Key key = *Key::fromJwk(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                  {QStringLiteral("k"), QStringLiteral("AAAA")},
                                                  {QStringLiteral("alg"), QStringLiteral("HS384")}})
                             .key;
        QCOMPARE(key.allowedAlgorithms(), QList<Algorithm>{Algorithm::HS384});
    }
};

QTEST_GUILESS_MAIN(TestJwtVerify)
#include "tst_jwtverify.moc"
