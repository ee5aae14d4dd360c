#pragma once

#include "jwt/Algorithm.h"

#include <QByteArray>

#include <optional>

namespace PortalKeys::Jwt {

// JWS carries ECDSA signatures as fixed-length R||S (RFC 7518 §3.4); OpenSSL speaks DER. Only the fixed form
// is accepted from tokens, so a DER signature never verifies by accident.
class EcdsaSignature {
public:
    // Bytes of R (and of S): 32 for ES256, 48 for ES384, 66 for ES512; 0 for other algorithms.
    static int componentBytes(Algorithm algorithm);
    static std::optional<QByteArray> rawToDer(const QByteArray &raw, int componentBytes);
    static std::optional<QByteArray> derToRaw(const QByteArray &der, int componentBytes);
};

} // namespace PortalKeys::Jwt
