#include "jwt/Key.h"

#include "jwt/KeyData.h"
#include "jwt/StrictJson.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/pem.h>

#include <cctype>

namespace PortalKeys::Jwt {

namespace {

// Never prompt on a terminal for a PEM pass phrase: encrypted keys are refused instead.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

std::optional<KeyFamily> ecFamily(EVP_PKEY *pkey)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1)
        return std::nullopt;
    const QLatin1String group(name, qsizetype(length));
    if (group == QLatin1String("prime256v1") || group == QLatin1String("P-256") ||
        group == QLatin1String("secp256r1"))
        return KeyFamily::EcP256;
    if (group == QLatin1String("secp384r1") || group == QLatin1String("P-384"))
        return KeyFamily::EcP384;
    if (group == QLatin1String("secp521r1") || group == QLatin1String("P-521"))
        return KeyFamily::EcP521;
    return std::nullopt;
}

QString familyName(KeyFamily family)
{
    switch (family) {
    case KeyFamily::Hmac:
        return QStringLiteral("HMAC");
    case KeyFamily::Rsa:
        return QStringLiteral("RSA");
    case KeyFamily::EcP256:
        return QStringLiteral("EC P-256");
    case KeyFamily::EcP384:
        return QStringLiteral("EC P-384");
    case KeyFamily::EcP521:
        return QStringLiteral("EC P-521");
    case KeyFamily::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return QString();
}

QString pemLabel(const QByteArray &pem)
{
    const QByteArray begin("-----BEGIN ");
    const qsizetype start = pem.indexOf(begin);
    if (start < 0)
        return QString();
    const qsizetype end = pem.indexOf("-----", start + begin.size());
    if (end < 0)
        return QString();
    return QString::fromLatin1(pem.mid(start + begin.size(), end - start - begin.size()));
}

Key::LoadResult loadFailure(const QString &error)
{
    OpenSsl::clearErrors();
    Key::LoadResult result;
    result.error = error;
    return result;
}

std::optional<QByteArray> decodeSecret(const QByteArray &text, Key::SecretEncoding encoding)
{
    const QByteArray trimmed = text.trimmed();
    switch (encoding) {
    case Key::SecretEncoding::Utf8:
        return text;
    case Key::SecretEncoding::Base64:
    case Key::SecretEncoding::Base64Url: {
        const auto alphabet = encoding == Key::SecretEncoding::Base64 ? QByteArray::Base64Encoding
                                                                      : QByteArray::Base64UrlEncoding;
        auto decoded =
            QByteArray::fromBase64Encoding(trimmed, alphabet | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return std::move(*decoded);
    }
    case Key::SecretEncoding::Hex:
        if (trimmed.size() % 2 != 0)
            return std::nullopt;
        for (const char c : trimmed) {
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return std::nullopt;
        }
        return QByteArray::fromHex(trimmed);
    }
    return std::nullopt;
}

} // namespace

Key::Data::~Data()
{
    // Best effort: other QByteArray copies handed out by secretBytes() are the caller's to wipe.
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
}

Key::LoadResult KeyLoader::fromSecretBytes(const QByteArray &secret, const QString &kid,
                                           std::optional<Algorithm> onlyAlgorithm)
{
    auto data = std::make_shared<Key::Data>();
    data->family = KeyFamily::Hmac;
    data->secret = secret;
    data->hasPrivate = true;
    data->bits = int(secret.size() * 8);
    data->kid = kid;
    data->onlyAlgorithm = onlyAlgorithm;
    Key key;
    key.d = std::move(data);
    Key::LoadResult result;
    result.key = std::move(key);
    return result;
}

Key::LoadResult KeyLoader::fromEvp(OpenSsl::Ptr<EVP_PKEY> pkey, bool hasPrivate, const QString &kid,
                                   std::optional<Algorithm> onlyAlgorithm)
{
    if (!pkey)
        return loadFailure(tr("OpenSSL could not build the key."));
    auto data = std::make_shared<Key::Data>();
    if (EVP_PKEY_is_a(pkey.get(), "RSA")) {
        data->family = KeyFamily::Rsa;
    } else if (EVP_PKEY_is_a(pkey.get(), "EC")) {
        const std::optional<KeyFamily> family = ecFamily(pkey.get());
        if (!family)
            return loadFailure(tr("This EC key is not on P-256, P-384 or P-521, the curves JWS uses (ES256, "
                                  "ES384, ES512)."));
        data->family = *family;
    } else if (EVP_PKEY_is_a(pkey.get(), "ED25519")) {
        data->family = KeyFamily::Ed25519;
    } else {
        const char *type = EVP_PKEY_get0_type_name(pkey.get());
        return loadFailure(
            tr("This is a %1 key; PortalKeys signs and verifies with RSA, EC (P-256, P-384, P-521) "
               "and Ed25519 keys, or HMAC secrets.")
                .arg(type ? QString::fromLatin1(type) : tr("an unknown kind of")));
    }
    data->bits = EVP_PKEY_get_bits(pkey.get());
    data->hasPrivate = hasPrivate;
    data->kid = kid;
    data->onlyAlgorithm = onlyAlgorithm;
    data->pkey = OpenSsl::share(std::move(pkey));
    if (onlyAlgorithm && keyFamilyFor(*onlyAlgorithm) != data->family) {
        return loadFailure(tr("The key says it is for %1, which does not fit a %2 key.")
                               .arg(algorithmName(*onlyAlgorithm), familyName(data->family)));
    }
    Key key;
    key.d = std::move(data);
    Key::LoadResult result;
    result.key = std::move(key);
    return result;
}

Key::LoadResult Key::fromSecret(const QByteArray &text, SecretEncoding encoding)
{
    const std::optional<QByteArray> secret = decodeSecret(text, encoding);
    if (!secret) {
        switch (encoding) {
        case SecretEncoding::Base64:
            return loadFailure(tr("The secret is not valid base64."));
        case SecretEncoding::Base64Url:
            return loadFailure(tr("The secret is not valid base64url."));
        case SecretEncoding::Hex:
            return loadFailure(
                tr("The secret is not valid hex: it needs an even number of the digits 0–9 and "
                   "a–f."));
        case SecretEncoding::Utf8:
            break;
        }
        return loadFailure(tr("The secret cannot be read."));
    }
    return KeyLoader::fromSecretBytes(*secret);
}

Key::LoadResult Key::fromPem(const QByteArray &pem)
{
    const QString label = pemLabel(pem);
    if (label.isEmpty())
        return loadFailure(tr("This is not PEM: there is no “-----BEGIN …-----” line."));
    if (label.contains(QLatin1String("ENCRYPTED")) || pem.contains("Proc-Type: 4,ENCRYPTED"))
        return loadFailure(tr("The private key is encrypted with a pass phrase; PortalKeys reads unencrypted "
                              "keys only (for example, decrypt it with “openssl pkey”)."));

    OpenSsl::Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return loadFailure(tr("OpenSSL could not read the PEM data."));

    if (label.endsWith(QLatin1String("CERTIFICATE"))) {
        OpenSsl::Ptr<X509> certificate(PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr));
        if (!certificate)
            return loadFailure(tr("The PEM certificate cannot be read (%1).").arg(OpenSsl::takeError()));
        OpenSsl::Ptr<EVP_PKEY> pkey(X509_get_pubkey(certificate.get()));
        if (!pkey)
            return loadFailure(
                tr("The certificate's public key cannot be read (%1).").arg(OpenSsl::takeError()));
        return KeyLoader::fromEvp(std::move(pkey), false);
    }
    if (label.endsWith(QLatin1String("PRIVATE KEY"))) {
        OpenSsl::Ptr<EVP_PKEY> pkey(
            PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, refusePassphrase, nullptr, nullptr, nullptr));
        if (!pkey)
            return loadFailure(tr("The PEM private key cannot be read (%1).").arg(OpenSsl::takeError()));
        return KeyLoader::fromEvp(std::move(pkey), true);
    }
    if (label == QLatin1String("PUBLIC KEY")) {
        OpenSsl::Ptr<EVP_PKEY> pkey(
            PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, refusePassphrase, nullptr, nullptr, nullptr));
        if (!pkey)
            return loadFailure(tr("The PEM public key cannot be read (%1).").arg(OpenSsl::takeError()));
        return KeyLoader::fromEvp(std::move(pkey), false);
    }
    if (label == QLatin1String("RSA PUBLIC KEY")) {
        // PKCS#1 RSAPublicKey: no PEM_read_* for it outside the deprecated RSA API, so use a decoder.
        EVP_PKEY *raw = nullptr;
        OSSL_DECODER_CTX *decoder =
            OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        const bool decoded = decoder && OSSL_DECODER_from_bio(decoder, bio.get()) == 1;
        OSSL_DECODER_CTX_free(decoder);
        OpenSsl::Ptr<EVP_PKEY> pkey(raw);
        if (!decoded || !pkey)
            return loadFailure(tr("The PEM RSA public key cannot be read (%1).").arg(OpenSsl::takeError()));
        return KeyLoader::fromEvp(std::move(pkey), false);
    }
    return loadFailure(tr("The PEM block “%1” holds no key: PortalKeys reads public keys, private keys and "
                          "certificates.")
                           .arg(label.left(40)));
}

Key::LoadResult Key::fromKeyFile(const QByteArray &content, const QString &kid)
{
    const QByteArray trimmed = content.trimmed();
    if (trimmed.startsWith('{')) {
        const StrictJson::Result json = StrictJson::parse(trimmed);
        if (!json.value)
            return loadFailure(tr("The key file looks like JSON but cannot be read: %1.").arg(json.error));
        if (!json.value->isObject())
            return loadFailure(tr("The key file is JSON but not a JWK or JWK Set object."));
        return fromJwk(json.value->toObject(), kid);
    }
    if (trimmed.contains("-----BEGIN "))
        return fromPem(trimmed);
    return loadFailure(tr("The key file is neither PEM (“-----BEGIN …”) nor a JWK or JWK Set (JSON)."));
}

Key::Key() = default;
Key::~Key() = default;
Key::Key(const Key &) = default;
Key &Key::operator=(const Key &) = default;

bool Key::isNull() const
{
    return !d;
}

KeyFamily Key::family() const
{
    return d ? d->family : KeyFamily::Hmac;
}

bool Key::hasPrivateKey() const
{
    return d && d->hasPrivate;
}

QList<Algorithm> Key::allowedAlgorithms() const
{
    QList<Algorithm> result;
    for (const Algorithm algorithm : allAlgorithms()) {
        if (allows(algorithm))
            result.append(algorithm);
    }
    return result;
}

bool Key::allows(Algorithm algorithm) const
{
    return d && keyFamilyFor(algorithm) == d->family && (!d->onlyAlgorithm || *d->onlyAlgorithm == algorithm);
}

QString Key::description() const
{
    if (!d)
        return tr("no key");
    switch (d->family) {
    case KeyFamily::Hmac:
        return tr("HMAC secret (%1 bytes)").arg(d->secret.size());
    case KeyFamily::Rsa:
        return d->hasPrivate ? tr("RSA %1-bit private key").arg(d->bits)
                             : tr("RSA %1-bit public key").arg(d->bits);
    case KeyFamily::EcP256:
    case KeyFamily::EcP384:
    case KeyFamily::EcP521:
    case KeyFamily::Ed25519:
        break;
    }
    return d->hasPrivate ? tr("%1 private key").arg(familyName(d->family))
                         : tr("%1 public key").arg(familyName(d->family));
}

QString Key::keyId() const
{
    return d ? d->kid : QString();
}

QByteArray Key::secretBytes() const
{
    return d && d->family == KeyFamily::Hmac ? d->secret : QByteArray();
}

QList<Warning> Key::warningsFor(Algorithm algorithm) const
{
    QList<Warning> warnings;
    if (!d)
        return warnings;
    if (d->family == KeyFamily::Hmac && keyFamilyFor(algorithm) == KeyFamily::Hmac) {
        const int needed = hashSizeBytes(algorithm);
        if (d->secret.isEmpty()) {
            warnings.append({QStringLiteral("hmac-key-empty"), Warning::Severity::Critical,
                             tr("The HMAC key is empty."),
                             tr("Anyone can compute a valid signature with an empty key, so the token proves "
                                "nothing. Use a random secret of at least %1 bytes.")
                                 .arg(needed)});
        } else if (d->secret.size() < needed) {
            warnings.append(
                {QStringLiteral("hmac-key-short"), Warning::Severity::Warning,
                 tr("The HMAC key is shorter than the hash (%1 of %2 bytes).")
                     .arg(d->secret.size())
                     .arg(needed),
                 tr("RFC 7518 §3.2 requires an HMAC key at least as long as the hash output (%1 bytes "
                    "for %2). Short keys, especially words or phrases, can be found by trying "
                    "candidates offline against any token. Use a random secret of at least %1 bytes.")
                     .arg(needed)
                     .arg(algorithmName(algorithm))});
        }
    }
    if (d->family == KeyFamily::Rsa && d->bits < 2048) {
        warnings.append(
            {QStringLiteral("rsa-key-short"), Warning::Severity::Warning,
             tr("The RSA key has %1 bits, fewer than 2048.").arg(d->bits),
             tr("RFC 7518 §3.3 requires RSA keys of 2048 bits or more for RS* and PS* signatures; "
                "shorter keys can be factored with enough computing power. Replace the key with one "
                "of at least 2048 bits.")});
    }
    return warnings;
}

void *Key::evpKey() const
{
    return d ? d->pkey.get() : nullptr;
}

} // namespace PortalKeys::Jwt
