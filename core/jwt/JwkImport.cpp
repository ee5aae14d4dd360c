#include "jwt/JwkImport.h"

#include "common/BoundedList.h"
#include "jwt/Base64Url.h"
#include "jwt/KeyData.h"

#include <QJsonArray>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>

namespace PortalKeys::Jwt {

namespace {

Key::LoadResult failure(const QString &error)
{
    OpenSsl::clearErrors();
    Key::LoadResult result;
    result.error = error;
    return result;
}

// A member holding base64url bytes. `present` tells "absent" apart from "unreadable".
struct Member {
    bool present = false;
    std::optional<QByteArray> bytes;
    QString error;
};

Member member(const QJsonObject &jwk, const char *name)
{
    Member result;
    const auto it = jwk.constFind(QLatin1String(name));
    if (it == jwk.constEnd())
        return result;
    result.present = true;
    if (!it->isString()) {
        result.error = JwkImport::tr("The JWK member “%1” is not a string.").arg(QLatin1String(name));
        return result;
    }
    Base64Url::Decoded decoded = Base64Url::decode(it->toString());
    if (!decoded.bytes) {
        // Never the value: it may be private key material.
        result.error =
            JwkImport::tr("The JWK member “%1” is not valid base64url (unpadded, with the alphabet "
                          "A–Z, a–z, 0–9, “-”, “_”).")
                .arg(QLatin1String(name));
        return result;
    }
    result.bytes = std::move(decoded.bytes);
    return result;
}

struct Built {
    OpenSsl::Ptr<EVP_PKEY> pkey;
    bool hasPrivate = false;
    QString error;
};

Built fromParams(const char *type, OSSL_PARAM_BLD *builder, bool hasPrivate)
{
    Built built;
    OpenSsl::Ptr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder));
    OpenSsl::Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1) {
        built.error = JwkImport::tr("OpenSSL refused the key (%1).").arg(OpenSsl::takeError());
        return built;
    }
    built.pkey.reset(raw);
    built.hasPrivate = hasPrivate;
    return built;
}

Built rsaKey(const QJsonObject &jwk)
{
    static const char *const names[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    static const char *const params[] = {OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
                                         OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
                                         OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
                                         OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    Built built;
    if (jwk.contains(QLatin1String("oth"))) {
        built.error = JwkImport::tr("RSA keys with more than two primes (“oth”) are not supported.");
        return built;
    }
    Member members[8];
    int crtPresent = 0;
    for (int i = 0; i < 8; ++i) {
        members[i] = member(jwk, names[i]);
        if (!members[i].error.isEmpty()) {
            built.error = members[i].error;
            return built;
        }
        if (i >= 3 && members[i].present)
            ++crtPresent;
    }
    if (!members[0].present || !members[1].present) {
        built.error = JwkImport::tr("The RSA JWK needs both “n” and “e”.");
        return built;
    }
    const bool hasPrivate = members[2].present;
    if (crtPresent != 0 && (crtPresent != 5 || !hasPrivate)) {
        built.error =
            JwkImport::tr("The RSA JWK has some of “p”, “q”, “dp”, “dq”, “qi” but not all of them with "
                          "“d”.");
        return built;
    }
    OpenSsl::Ptr<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    OpenSsl::Ptr<BIGNUM> numbers[8];
    for (int i = 0; i < 8; ++i) {
        if (!members[i].present)
            continue;
        numbers[i] = OpenSsl::bignum(*members[i].bytes);
        if (!numbers[i] || OSSL_PARAM_BLD_push_BN(builder.get(), params[i], numbers[i].get()) != 1) {
            built.error = JwkImport::tr("OpenSSL refused the key (%1).").arg(OpenSsl::takeError());
            return built;
        }
    }
    return fromParams("RSA", builder.get(), hasPrivate);
}

Built ecKey(const QJsonObject &jwk)
{
    Built built;
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    const char *group = nullptr;
    int size = 0;
    if (crv == QLatin1String("P-256")) {
        group = "prime256v1";
        size = 32;
    } else if (crv == QLatin1String("P-384")) {
        group = "secp384r1";
        size = 48;
    } else if (crv == QLatin1String("P-521")) {
        group = "secp521r1";
        size = 66;
    } else {
        built.error = JwkImport::tr("The EC JWK's curve “%1” is not one JWS uses (P-256, P-384, P-521).")
                          .arg(crv.left(20));
        return built;
    }
    const Member x = member(jwk, "x");
    const Member y = member(jwk, "y");
    const Member d = member(jwk, "d");
    for (const Member *m : {&x, &y, &d}) {
        if (!m->error.isEmpty()) {
            built.error = m->error;
            return built;
        }
    }
    if (!x.present || !y.present) {
        built.error = JwkImport::tr("The EC JWK needs both “x” and “y”.");
        return built;
    }
    // RFC 7518 §6.2.1.2: coordinates are the full size of the field, leading zeros included.
    if (x.bytes->size() != size || y.bytes->size() != size || (d.present && d.bytes->size() != size)) {
        built.error =
            JwkImport::tr("The EC JWK's coordinates must be %1 bytes each for %2.").arg(size).arg(crv);
        return built;
    }
    const QByteArray point = QByteArray(1, '\x04') + *x.bytes + *y.bytes;
    OpenSsl::Ptr<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    OpenSsl::Ptr<BIGNUM> privateValue;
    bool ok = builder &&
              OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1 &&
              OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                               size_t(point.size())) == 1;
    if (ok && d.present) {
        privateValue = OpenSsl::bignum(*d.bytes);
        ok = privateValue &&
             OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, privateValue.get()) == 1;
    }
    if (!ok) {
        built.error = JwkImport::tr("OpenSSL refused the key (%1).").arg(OpenSsl::takeError());
        return built;
    }
    built = fromParams("EC", builder.get(), d.present);
    if (!built.pkey)
        return built;
    // A point off the curve would open invalid-curve attacks; a wrong "d" would sign tokens nobody can
    // verify.
    OpenSsl::Ptr<EVP_PKEY_CTX> check(EVP_PKEY_CTX_new_from_pkey(nullptr, built.pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        built.pkey.reset();
        built.error = JwkImport::tr("The EC JWK's point (x, y) is not on the curve %1.").arg(crv);
    } else if (d.present && EVP_PKEY_pairwise_check(check.get()) != 1) {
        built.pkey.reset();
        built.error = JwkImport::tr("The EC JWK's private value “d” does not match its public point (x, y).");
    }
    OpenSsl::clearErrors();
    return built;
}

Built okpKey(const QJsonObject &jwk)
{
    Built built;
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    if (crv != QLatin1String("Ed25519")) {
        built.error =
            JwkImport::tr("The OKP JWK's curve “%1” is not supported; PortalKeys uses Ed25519 for EdDSA.")
                .arg(crv.left(20));
        return built;
    }
    const Member x = member(jwk, "x");
    const Member d = member(jwk, "d");
    for (const Member *m : {&x, &d}) {
        if (!m->error.isEmpty()) {
            built.error = m->error;
            return built;
        }
    }
    if (!x.present) {
        built.error = JwkImport::tr("The OKP JWK needs “x”.");
        return built;
    }
    if (x.bytes->size() != 32 || (d.present && d.bytes->size() != 32)) {
        built.error = JwkImport::tr("Ed25519 keys are 32 bytes; this JWK's “x” or “d” has another length.");
        return built;
    }
    const auto *xData = reinterpret_cast<const unsigned char *>(x.bytes->constData());
    if (!d.present) {
        built.pkey.reset(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, xData, 32));
    } else {
        built.pkey.reset(EVP_PKEY_new_raw_private_key_ex(
            nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char *>(d.bytes->constData()), 32));
        unsigned char derived[32];
        size_t length = sizeof derived;
        if (built.pkey && (EVP_PKEY_get_raw_public_key(built.pkey.get(), derived, &length) != 1 ||
                           length != 32 || CRYPTO_memcmp(derived, xData, 32) != 0)) {
            built.pkey.reset();
            built.error =
                JwkImport::tr("The OKP JWK's private value “d” does not match its public value “x”.");
            return built;
        }
    }
    if (!built.pkey)
        built.error = JwkImport::tr("OpenSSL refused the key (%1).").arg(OpenSsl::takeError());
    built.hasPrivate = d.present;
    return built;
}

QString kidOf(const QJsonValue &entry)
{
    return entry.toObject().value(QLatin1String("kid")).toString();
}

} // namespace

Key::LoadResult JwkImport::importKey(const QJsonObject &jwk)
{
    const QJsonValue kty = jwk.value(QLatin1String("kty"));
    if (!kty.isString())
        return failure(tr("The JWK has no “kty” member saying what kind of key it is."));
    const QJsonValue kidValue = jwk.value(QLatin1String("kid"));
    if (!kidValue.isUndefined() && !kidValue.isString())
        return failure(tr("The JWK's “kid” is not a string."));
    const QString kid = kidValue.toString();
    if (jwk.value(QLatin1String("use")).toString() == QLatin1String("enc"))
        return failure(tr("The JWK is marked for encryption (“use”: “enc”), not for signatures."));
    std::optional<Algorithm> onlyAlgorithm;
    const QJsonValue alg = jwk.value(QLatin1String("alg"));
    if (!alg.isUndefined()) {
        onlyAlgorithm = algorithmFromName(alg.toString());
        if (!onlyAlgorithm)
            return failure(tr("The JWK is for the algorithm “%1”, which is not a JWS signature algorithm "
                              "PortalKeys supports.")
                               .arg(alg.toString().left(20)));
    }

    const QString type = kty.toString();
    if (type == QLatin1String("oct")) {
        const Member k = member(jwk, "k");
        if (!k.error.isEmpty())
            return failure(k.error);
        if (!k.present)
            return failure(tr("The symmetric JWK (“oct”) has no “k” member."));
        return KeyLoader::fromSecretBytes(*k.bytes, kid, onlyAlgorithm);
    }
    Built built;
    if (type == QLatin1String("RSA"))
        built = rsaKey(jwk);
    else if (type == QLatin1String("EC"))
        built = ecKey(jwk);
    else if (type == QLatin1String("OKP"))
        built = okpKey(jwk);
    else
        return failure(
            tr("The JWK type “%1” is not supported (RSA, EC, OKP and oct are).").arg(type.left(20)));
    if (!built.pkey)
        return failure(built.error);
    return KeyLoader::fromEvp(std::move(built.pkey), built.hasPrivate, kid, onlyAlgorithm);
}

JwkImport::Selection JwkImport::select(const QJsonArray &keys, const QString &kid)
{
    Selection selection;
    QStringList kids;
    for (const QJsonValue &entry : keys) {
        if (!entry.isObject()) {
            selection.error = tr("The JWK Set's “keys” holds something that is not a JWK object.");
            return selection;
        }
        const QString entryKid = kidOf(entry);
        kids.append(entryKid.isEmpty() ? tr("(no kid)")
                                       : QStringLiteral("“%1”").arg(BoundedList::shortened(entryKid, 60)));
    }
    if (keys.isEmpty()) {
        selection.error = tr("The JWK Set holds no keys.");
        return selection;
    }
    if (kid.isEmpty()) {
        if (keys.size() == 1) {
            selection.jwk = keys.at(0).toObject();
            return selection;
        }
        selection.error = tr("The JWK Set holds %1 keys; choose one by its kid: %2.")
                              .arg(keys.size())
                              .arg(BoundedList::join(kids));
        return selection;
    }
    for (const QJsonValue &entry : keys) {
        if (kidOf(entry) == kid) {
            selection.jwk = entry.toObject();
            return selection;
        }
    }
    selection.error = tr("No key with kid “%1” in the JWK Set (it has: %2).")
                          .arg(BoundedList::shortened(kid, 60), BoundedList::join(kids));
    return selection;
}

Key::LoadResult Key::fromJwk(const QJsonObject &jwkOrSet, const QString &kid)
{
    const auto keys = jwkOrSet.constFind(QLatin1String("keys"));
    if (keys != jwkOrSet.constEnd()) {
        if (!keys->isArray())
            return failure(tr("The JWK Set's “keys” member is not an array."));
        const JwkImport::Selection selection = JwkImport::select(keys->toArray(), kid);
        if (!selection.error.isEmpty())
            return failure(selection.error);
        return JwkImport::importKey(selection.jwk);
    }
    const QString ownKid = jwkOrSet.value(QLatin1String("kid")).toString();
    if (!kid.isEmpty() && !ownKid.isEmpty() && ownKid != kid)
        return failure(tr("The JWK's kid is “%1”, not “%2”.")
                           .arg(BoundedList::shortened(ownKid, 60), BoundedList::shortened(kid, 60)));
    return JwkImport::importKey(jwkOrSet);
}

} // namespace PortalKeys::Jwt
