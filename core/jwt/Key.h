#pragma once

#include "jwt/Algorithm.h"
#include "jwt/Warning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace PortalKeys::Jwt {

// A key to verify or sign with: an HMAC secret, or an asymmetric key held as an OpenSSL EVP_PKEY.
// Which algorithms a key may be used with comes from the key itself (and the user), never from a token.
class Key {
    Q_DECLARE_TR_FUNCTIONS(Key)

public:
    enum class SecretEncoding { Utf8, Base64, Base64Url, Hex };

    struct LoadResult;

    // An HMAC secret typed by the user, decoded as they say. An empty secret is allowed (it gives a warning).
    static LoadResult fromSecret(const QByteArray &text, SecretEncoding encoding = SecretEncoding::Utf8);
    // PEM public key, private key (PKCS#8 or traditional) or X.509 certificate.
    static LoadResult fromPem(const QByteArray &pem);
    // A JWK (kty RSA, EC P-256/384/521, OKP Ed25519, oct) or a JWK Set, picking the key whose "kid" is `kid`
    // (a set with one key needs no kid).
    static LoadResult fromJwk(const QJsonObject &jwkOrSet, const QString &kid = {});
    // A file's content: PEM or JSON (JWK / JWK Set) detected from the content.
    static LoadResult fromKeyFile(const QByteArray &content, const QString &kid = {});

    Key();
    ~Key();
    Key(const Key &);
    Key &operator=(const Key &);

    bool isNull() const;
    KeyFamily family() const;
    bool isHmacSecret() const { return family() == KeyFamily::Hmac; }
    bool hasPrivateKey() const;                 // can sign (HMAC secrets always can)
    QList<Algorithm> allowedAlgorithms() const; // HMAC → HS*, RSA → RS*+PS*, P-256 → ES256, Ed25519 → EdDSA
    bool
    allows(Algorithm algorithm) const; // allowedAlgorithms().contains(algorithm), without building the list
    QString description() const;       // e.g. "RSA 2048-bit public key", "HMAC secret (32 bytes)"
    QString keyId() const;             // the JWK "kid", if any
    QByteArray secretBytes() const;    // HMAC only
    // Warnings about this key used with `algorithm`: empty HMAC key, HMAC key shorter than the hash.
    QList<Warning> warningsFor(Algorithm algorithm) const;

    // Internal: the OpenSSL key (EVP_PKEY*), nullptr for HMAC secrets.
    void *evpKey() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
    friend struct LoadResult;
    friend class KeyLoader;
};

struct Key::LoadResult {
    std::optional<Key> key;
    QString
        error; // e.g. "The PEM data holds no key OpenSSL can read.", "No key with kid “x” in the JWK Set."
    bool ok() const { return key.has_value(); }
};

} // namespace PortalKeys::Jwt
