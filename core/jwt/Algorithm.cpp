#include "jwt/Algorithm.h"

namespace PortalKeys::Jwt {

namespace {

struct AlgorithmInfo {
    Algorithm algorithm;
    const char *name;
    KeyFamily family;
    int hashBytes;
};

// RFC 7518 §3.1 and RFC 8037 §3.1; Ed25519 signs with SHA-512 internally.
constexpr AlgorithmInfo algorithmTable[] = {
    {Algorithm::HS256, "HS256", KeyFamily::Hmac, 32},    {Algorithm::HS384, "HS384", KeyFamily::Hmac, 48},
    {Algorithm::HS512, "HS512", KeyFamily::Hmac, 64},    {Algorithm::RS256, "RS256", KeyFamily::Rsa, 32},
    {Algorithm::RS384, "RS384", KeyFamily::Rsa, 48},     {Algorithm::RS512, "RS512", KeyFamily::Rsa, 64},
    {Algorithm::PS256, "PS256", KeyFamily::Rsa, 32},     {Algorithm::PS384, "PS384", KeyFamily::Rsa, 48},
    {Algorithm::PS512, "PS512", KeyFamily::Rsa, 64},     {Algorithm::ES256, "ES256", KeyFamily::EcP256, 32},
    {Algorithm::ES384, "ES384", KeyFamily::EcP384, 48},  {Algorithm::ES512, "ES512", KeyFamily::EcP521, 64},
    {Algorithm::EdDSA, "EdDSA", KeyFamily::Ed25519, 64},
};

const AlgorithmInfo &infoFor(Algorithm algorithm)
{
    for (const AlgorithmInfo &info : algorithmTable) {
        if (info.algorithm == algorithm)
            return info;
    }
    return algorithmTable[0]; // unreachable: the table covers the whole enum
}

} // namespace

QList<Algorithm> allAlgorithms()
{
    // Built once: callers copy an implicitly shared list, which costs no allocation.
    static const QList<Algorithm> algorithms = [] {
        QList<Algorithm> result;
        for (const AlgorithmInfo &info : algorithmTable)
            result.append(info.algorithm);
        return result;
    }();
    return algorithms;
}

QString algorithmName(Algorithm algorithm)
{
    return QString::fromLatin1(infoFor(algorithm).name);
}

std::optional<Algorithm> algorithmFromName(const QString &name)
{
    for (const AlgorithmInfo &info : algorithmTable) {
        if (name == QLatin1String(info.name))
            return info.algorithm;
    }
    return std::nullopt;
}

KeyFamily keyFamilyFor(Algorithm algorithm)
{
    return infoFor(algorithm).family;
}

int hashSizeBytes(Algorithm algorithm)
{
    return infoFor(algorithm).hashBytes;
}

} // namespace PortalKeys::Jwt
