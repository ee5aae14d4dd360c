#include "oauth/Pkce.h"

#include <QRegularExpression>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace PortalKeys::OAuth {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL could not produce random bytes"); // never guess: a predictable verifier is no PKCE
    return bytes;
}

} // namespace

Pkce Pkce::generate()
{
    return fromVerifier(base64Url(randomBytes(32)));
}

Pkce Pkce::fromVerifier(const QByteArray &verifier, QString *error)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    if (!allowed.match(QString::fromLatin1(verifier)).hasMatch()) {
        if (error)
            *error =
                tr("A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” "
                   "(RFC 7636 §4.1); this one has %n character(s).",
                   nullptr, int(verifier.size()));
        return {};
    }
    return {verifier, challengeFor(verifier)};
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(verifier.constData(), size_t(verifier.size()), digest, &length, EVP_sha256(), nullptr) !=
        1)
        return {};
    return base64Url(QByteArray(reinterpret_cast<const char *>(digest), int(length)));
}

QByteArray Pkce::randomState()
{
    return base64Url(randomBytes(16));
}

} // namespace PortalKeys::OAuth
