#pragma once

#include "jwt/Algorithm.h"
#include "jwt/Key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace PortalKeys::Jwt {

// The cryptographic steps of JWS, all through OpenSSL EVP. Callers have already checked that `algorithm`
// fits the key; these functions check it again so that they can never be misused for algorithm confusion.
class JwsCrypto {
    Q_DECLARE_TR_FUNCTIONS(JwsCrypto)

public:
    // HMAC-SHA-256/384/512 of `data` (HS* only; nullopt for other algorithms or on an OpenSSL failure).
    static std::optional<QByteArray> hmac(Algorithm algorithm, const QByteArray &key, const QByteArray &data);

    struct Verified {
        bool ok = false;
        QString error; // why not, one sentence
    };
    static Verified verify(Algorithm algorithm, const Key &key, const QByteArray &signingInput,
                           const QByteArray &signature);

    struct Signed {
        std::optional<QByteArray> signature; // JWS form (R||S for ECDSA)
        QString error;
    };
    static Signed sign(Algorithm algorithm, const Key &key, const QByteArray &signingInput);
};

} // namespace PortalKeys::Jwt
