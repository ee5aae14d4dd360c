#include "jwt/JwsCrypto.h"

#include "jwt/EcdsaSignature.h"
#include "jwt/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

namespace PortalKeys::Jwt {

namespace {

bool isRsaPss(Algorithm algorithm)
{
    return algorithm == Algorithm::PS256 || algorithm == Algorithm::PS384 || algorithm == Algorithm::PS512;
}

// RS*: PKCS#1 v1.5. PS*: PSS with MGF1 over the same hash and a salt as long as the hash (RFC 7518 §3.5).
bool configurePadding(Algorithm algorithm, EVP_PKEY_CTX *pctx)
{
    if (keyFamilyFor(algorithm) != KeyFamily::Rsa)
        return true;
    if (!isRsaPss(algorithm))
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
    return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, OpenSsl::digestName(algorithm), nullptr) == 1;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

std::optional<QByteArray> JwsCrypto::hmac(Algorithm algorithm, const QByteArray &key, const QByteArray &data)
{
    if (keyFamilyFor(algorithm) != KeyFamily::Hmac)
        return std::nullopt;
    // Fetching the HMAC implementation is costly (a locked look-up by name), so each thread keeps one
    // context per hash; EVP_MAC_init with a new key resets it and keeps the digest set the first time.
    // A batch verifies thousands of tokens with one key: when the key is the one the context holds, a null
    // key to EVP_MAC_init restarts from the kept inner and outer pads instead of deriving them again.
    struct MacContexts {
        EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX *contexts[3] = {};
        QByteArray keys[3]; // the key each context holds; empty when none does
        ~MacContexts()
        {
            for (EVP_MAC_CTX *context : contexts)
                EVP_MAC_CTX_free(context);
            for (QByteArray &key : keys)
                OPENSSL_cleanse(key.data(), size_t(key.size()));
            EVP_MAC_free(mac);
        }
    };
    thread_local MacContexts cache;
    const int slot = algorithm == Algorithm::HS256 ? 0 : algorithm == Algorithm::HS384 ? 1 : 2;
    EVP_MAC_CTX *&context = cache.contexts[slot];
    QByteArray &heldKey = cache.keys[slot];
    // A non-null pointer even for an empty key: OpenSSL reads a null key as "keep the previous key".
    static const unsigned char emptyKey = 0;
    const unsigned char *keyData = key.isEmpty() ? &emptyKey : bytes(key);
    bool ok = cache.mac != nullptr;
    bool sameKey = false;
    if (ok && !context) {
        context = EVP_MAC_CTX_new(cache.mac);
        char *digest = const_cast<char *>(OpenSsl::digestName(algorithm));
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0),
                                     OSSL_PARAM_construct_end()};
        ok = context && EVP_MAC_init(context, keyData, size_t(key.size()), params);
    } else if (ok && !key.isEmpty() && heldKey.size() == key.size() &&
               CRYPTO_memcmp(heldKey.constData(), key.constData(), size_t(key.size())) == 0) {
        ok = EVP_MAC_init(context, nullptr, 0, nullptr);
        sameKey = true;
    } else if (ok) {
        ok = EVP_MAC_init(context, keyData, size_t(key.size()), nullptr);
    }
    if (!sameKey || !ok) {
        OPENSSL_cleanse(heldKey.data(), size_t(heldKey.size()));
        heldKey = ok ? QByteArray(key.constData(), key.size()) : QByteArray();
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    ok = ok && EVP_MAC_update(context, bytes(data), size_t(data.size())) &&
         EVP_MAC_final(context, out, &length, sizeof out);
    if (!ok) {
        OpenSsl::clearErrors();
        return std::nullopt;
    }
    QByteArray mac(reinterpret_cast<const char *>(out), qsizetype(length));
    OPENSSL_cleanse(out, sizeof out);
    return mac;
}

JwsCrypto::Verified JwsCrypto::verify(Algorithm algorithm, const Key &key, const QByteArray &signingInput,
                                      const QByteArray &signature)
{
    Verified result;
    if (key.isNull() || key.family() != keyFamilyFor(algorithm)) {
        result.error = tr("This key cannot verify %1 signatures.").arg(algorithmName(algorithm));
        return result;
    }
    if (key.family() == KeyFamily::Hmac) {
        const std::optional<QByteArray> expected = hmac(algorithm, key.secretBytes(), signingInput);
        if (!expected) {
            result.error = tr("OpenSSL could not compute the HMAC.");
            return result;
        }
        // Constant time, so that timing does not reveal how much of a forged signature is right.
        result.ok =
            signature.size() == expected->size() &&
            CRYPTO_memcmp(signature.constData(), expected->constData(), size_t(expected->size())) == 0;
        if (!result.ok)
            result.error = tr("The signature does not match: the token was changed, or it was signed with "
                              "another secret.");
        return result;
    }

    QByteArray toVerify = signature;
    if (const int component = EcdsaSignature::componentBytes(algorithm); component > 0) {
        if (signature.size() != 2 * component) {
            result.error =
                tr("An %1 signature is exactly %2 bytes (R and S of %3 bytes each, RFC 7518 §3.4); this "
                   "one has %4 bytes%5.")
                    .arg(algorithmName(algorithm))
                    .arg(2 * component)
                    .arg(component)
                    .arg(signature.size())
                    .arg(signature.startsWith('\x30') ? tr(" and looks DER-encoded, which JWS does not use")
                                                      : QString());
            return result;
        }
        const std::optional<QByteArray> der = EcdsaSignature::rawToDer(signature, component);
        if (!der) {
            result.error = tr("The ECDSA signature cannot be read.");
            return result;
        }
        toVerify = *der;
    }

    auto *pkey = static_cast<EVP_PKEY *>(key.evpKey());
    OpenSsl::Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    if (!ctx ||
        EVP_DigestVerifyInit_ex(ctx.get(), &pctx, OpenSsl::digestName(algorithm), nullptr, nullptr, pkey,
                                nullptr) != 1 ||
        !configurePadding(algorithm, pctx)) {
        result.error = tr("OpenSSL could not set up %1 verification (%2).")
                           .arg(algorithmName(algorithm), OpenSsl::takeError());
        return result;
    }
    result.ok = EVP_DigestVerify(ctx.get(), bytes(toVerify), size_t(toVerify.size()), bytes(signingInput),
                                 size_t(signingInput.size())) == 1;
    OpenSsl::clearErrors();
    if (!result.ok)
        result.error =
            tr("The signature does not match: the token was changed, or it was signed with another key.");
    return result;
}

JwsCrypto::Signed JwsCrypto::sign(Algorithm algorithm, const Key &key, const QByteArray &signingInput)
{
    Signed result;
    if (key.isNull() || key.family() != keyFamilyFor(algorithm)) {
        result.error = tr("This key cannot sign with %1.").arg(algorithmName(algorithm));
        return result;
    }
    if (key.family() == KeyFamily::Hmac) {
        result.signature = hmac(algorithm, key.secretBytes(), signingInput);
        if (!result.signature)
            result.error = tr("OpenSSL could not compute the HMAC.");
        return result;
    }
    if (!key.hasPrivateKey()) {
        result.error = tr("Signing needs a private key; this is a public key.");
        return result;
    }

    auto *pkey = static_cast<EVP_PKEY *>(key.evpKey());
    OpenSsl::Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    size_t length = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), &pctx, OpenSsl::digestName(algorithm), nullptr, nullptr, pkey,
                              nullptr) != 1 ||
        !configurePadding(algorithm, pctx) ||
        EVP_DigestSign(ctx.get(), nullptr, &length, bytes(signingInput), size_t(signingInput.size())) != 1) {
        result.error =
            tr("OpenSSL could not sign with %1 (%2).").arg(algorithmName(algorithm), OpenSsl::takeError());
        return result;
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(signingInput), size_t(signingInput.size())) != 1) {
        result.error =
            tr("OpenSSL could not sign with %1 (%2).").arg(algorithmName(algorithm), OpenSsl::takeError());
        return result;
    }
    signature.resize(qsizetype(length));
    if (const int component = EcdsaSignature::componentBytes(algorithm); component > 0) {
        const std::optional<QByteArray> raw = EcdsaSignature::derToRaw(signature, component);
        if (!raw) {
            result.error = tr("OpenSSL produced an ECDSA signature that cannot be converted to JWS form.");
            return result;
        }
        signature = *raw;
    }
    result.signature = signature;
    return result;
}

} // namespace PortalKeys::Jwt
