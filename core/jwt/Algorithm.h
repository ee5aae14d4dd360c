#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PortalKeys::Jwt {

// The JWS algorithms PortalKeys verifies and signs (RFC 7518 §3, RFC 8037). "none" is deliberately absent:
// a token with alg "none" is never valid.
enum class Algorithm {
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA
};

enum class KeyFamily { Hmac, Rsa, EcP256, EcP384, EcP521, Ed25519 };

QList<Algorithm> allAlgorithms();
QString algorithmName(Algorithm algorithm);                      // "HS256", ..., "EdDSA"
std::optional<Algorithm> algorithmFromName(const QString &name); // exact, case-sensitive names only
KeyFamily keyFamilyFor(Algorithm algorithm);                     // ES256 → EcP256, PS384 → Rsa, ...
// Output size of the hash behind the algorithm, in bytes (32/48/64; EdDSA: 64). RFC 7518 §3.2 asks HMAC keys
// to be at least this long.
int hashSizeBytes(Algorithm algorithm);

} // namespace PortalKeys::Jwt
