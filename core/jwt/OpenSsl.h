#pragma once

#include "jwt/Algorithm.h"

#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/x509.h>

#include <memory>

namespace PortalKeys::Jwt {

// Ownership of OpenSSL objects, and the few lookups every JWS step needs.
class OpenSsl {
public:
    struct Deleter {
        void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
        void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
        void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
        void operator()(BIO *p) const { BIO_free(p); }
        void operator()(X509 *p) const { X509_free(p); }
        void operator()(BIGNUM *p) const { BN_clear_free(p); }
        void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
        void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
        void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
    };
    template <typename T> using Ptr = std::unique_ptr<T, Deleter>;

    // Keys are shared between copies of Key; the last owner frees the EVP_PKEY.
    static std::shared_ptr<EVP_PKEY> share(Ptr<EVP_PKEY> key);

    // "SHA256", "SHA384" or "SHA512"; nullptr for EdDSA, whose hash is part of the signature scheme.
    static const char *digestName(Algorithm algorithm);

    // The reason of the oldest queued OpenSSL error (never key material), and an empty queue afterwards.
    static QString takeError();
    static void clearErrors();

    // BIGNUM from big-endian bytes (JWK integers are unsigned, big-endian).
    static Ptr<BIGNUM> bignum(const QByteArray &bigEndian);
};

} // namespace PortalKeys::Jwt
