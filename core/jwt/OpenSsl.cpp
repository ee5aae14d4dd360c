#include "jwt/OpenSsl.h"

#include <openssl/err.h>

namespace PortalKeys::Jwt {

std::shared_ptr<EVP_PKEY> OpenSsl::share(Ptr<EVP_PKEY> key)
{
    return std::shared_ptr<EVP_PKEY>(key.release(), [](EVP_PKEY *p) { EVP_PKEY_free(p); });
}

const char *OpenSsl::digestName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::HS256:
    case Algorithm::RS256:
    case Algorithm::PS256:
    case Algorithm::ES256:
        return "SHA256";
    case Algorithm::HS384:
    case Algorithm::RS384:
    case Algorithm::PS384:
    case Algorithm::ES384:
        return "SHA384";
    case Algorithm::HS512:
    case Algorithm::RS512:
    case Algorithm::PS512:
    case Algorithm::ES512:
        return "SHA512";
    case Algorithm::EdDSA:
        break;
    }
    return nullptr;
}

QString OpenSsl::takeError()
{
    const unsigned long code = ERR_peek_error();
    QString text;
    if (code != 0) {
        const char *reason = ERR_reason_error_string(code);
        text = reason ? QString::fromUtf8(reason) : QStringLiteral("OpenSSL error %1").arg(code, 0, 16);
    }
    ERR_clear_error();
    return text;
}

void OpenSsl::clearErrors()
{
    ERR_clear_error();
}

OpenSsl::Ptr<BIGNUM> OpenSsl::bignum(const QByteArray &bigEndian)
{
    return Ptr<BIGNUM>(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()),
                                 int(bigEndian.size()), nullptr));
}

} // namespace PortalKeys::Jwt
