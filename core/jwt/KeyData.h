#pragma once

#include "jwt/Key.h"
#include "jwt/OpenSsl.h"

#include <QCoreApplication>

#include <optional>

namespace PortalKeys::Jwt {

struct Key::Data {
    KeyFamily family = KeyFamily::Hmac;
    QByteArray secret;              // HMAC only
    std::shared_ptr<EVP_PKEY> pkey; // asymmetric keys only
    bool hasPrivate = false;
    int bits = 0;
    QString kid;
    // A JWK's "alg" member ties the key to one algorithm (RFC 7517 §4.4).
    std::optional<Algorithm> onlyAlgorithm;

    ~Data();
};

// Builds Key objects for the loaders (secret, PEM, JWK), which live in separate files.
class KeyLoader {
    Q_DECLARE_TR_FUNCTIONS(KeyLoader)

public:
    static Key::LoadResult fromSecretBytes(const QByteArray &secret, const QString &kid = {},
                                           std::optional<Algorithm> onlyAlgorithm = {});
    // Classifies an OpenSSL key (RSA, EC on a JOSE curve, Ed25519) and refuses anything else.
    static Key::LoadResult fromEvp(OpenSsl::Ptr<EVP_PKEY> pkey, bool hasPrivate, const QString &kid = {},
                                   std::optional<Algorithm> onlyAlgorithm = {});
    static const Key::Data *data(const Key &key) { return key.d.get(); }
};

} // namespace PortalKeys::Jwt
