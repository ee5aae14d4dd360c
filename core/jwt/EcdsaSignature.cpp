#include "jwt/EcdsaSignature.h"

#include "jwt/OpenSsl.h"

namespace PortalKeys::Jwt {

int EcdsaSignature::componentBytes(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::ES256:
        return 32;
    case Algorithm::ES384:
        return 48;
    case Algorithm::ES512:
        return 66;
    default:
        return 0;
    }
}

std::optional<QByteArray> EcdsaSignature::rawToDer(const QByteArray &raw, int componentBytes)
{
    if (componentBytes <= 0 || raw.size() != 2 * componentBytes)
        return std::nullopt;
    OpenSsl::Ptr<ECDSA_SIG> sig(ECDSA_SIG_new());
    OpenSsl::Ptr<BIGNUM> r = OpenSsl::bignum(raw.left(componentBytes));
    OpenSsl::Ptr<BIGNUM> s = OpenSsl::bignum(raw.mid(componentBytes));
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    // ECDSA_SIG_set0 took ownership.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return std::nullopt;
    return der;
}

std::optional<QByteArray> EcdsaSignature::derToRaw(const QByteArray &der, int componentBytes)
{
    if (componentBytes <= 0)
        return std::nullopt;
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    OpenSsl::Ptr<ECDSA_SIG> sig(d2i_ECDSA_SIG(nullptr, &in, long(der.size())));
    if (!sig || in != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return std::nullopt;
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * componentBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, componentBytes) != componentBytes ||
        BN_bn2binpad(s, out + componentBytes, componentBytes) != componentBytes)
        return std::nullopt;
    return raw;
}

} // namespace PortalKeys::Jwt
