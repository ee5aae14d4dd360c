#include "jwt/WeakSecrets.h"

#include "jwt/Algorithm.h"

#include <QDir>
#include <QFile>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

namespace PortalKeys::Jwt {

namespace {

constexpr qint64 maxListBytes = 200LL * 1024 * 1024;
// How often search() asks whether to stop: often enough to react within milliseconds, rarely enough to cost
// nothing next to the HMACs.
constexpr qsizetype cancelPollInterval = 1000;

struct MacDeleter {
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

const char *digestName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::HS256:
        return "SHA256";
    case Algorithm::HS384:
        return "SHA384";
    case Algorithm::HS512:
        return "SHA512";
    default:
        return nullptr;
    }
}

} // namespace

QList<QByteArray> WeakSecrets::builtinList()
{
    // Our own short list: defaults of tutorials, libraries and sample configs, and the usual passwords.
    // The empty secret comes first: it is what the ONLYOFFICE API documentation signs its sample tokens with,
    // so configs copied from there carry it.
    static const char *const secrets[] = {
        "",
        "secret",
        "password",
        "changeme",
        "changeit",
        "your-256-bit-secret", // jwt.io's default for HS256
        "your-384-bit-secret",
        "your-512-bit-secret",
        "secretkey",
        "secret_key",
        "secret-key",
        "secret123",
        "s3cr3t",
        "jwt",
        "jwt_secret",
        "jwt-secret",
        "jwtsecret",
        "jwt_secret_key",
        "my_jwt_secret",
        "mysecret",
        "my_secret",
        "mysecretkey",
        "my-secret-key",
        "supersecret",
        "super-secret",
        "topsecret",
        "shhhhh",
        "keyboard cat",
        "123456",
        "12345678",
        "123456789",
        "1234567890",
        "qwerty",
        "letmein",
        "abc123",
        "pass",
        "passw0rd",
        "P@ssw0rd",
        "admin",
        "administrator",
        "test",
        "testing",
        "key",
        "private",
        "privatekey",
        "default",
        "token",
        "hello",
        "example",
        "onlyoffice",
        "OnlyOffice",
        "ONLYOFFICE",
        "onlyoffice_secret",
        "onlyoffice-secret",
        "documentserver",
        "docspace",
    };
    QList<QByteArray> list;
    list.reserve(qsizetype(std::size(secrets)));
    for (const char *secret : secrets)
        list.append(QByteArray(secret));
    return list;
}

WeakSecrets::LoadResult WeakSecrets::loadList(const QString &path)
{
    LoadResult result;
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the word list %1: %2").arg(shownPath, file.errorString());
        return result;
    }
    if (file.size() > maxListBytes) {
        result.error = tr("The word list %1 is larger than 200 MiB.").arg(shownPath);
        return result;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read the word list %1: %2").arg(shownPath, file.errorString());
        return result;
    }
    result.secrets.reserve(data.count('\n') + 1);
    const char *p = data.constData();
    const char *const end = p + data.size();
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        if (lineEnd > p)
            result.secrets.append(QByteArray(p, lineEnd - p));
        p = newline ? newline + 1 : end;
    }
    if (result.secrets.isEmpty())
        result.error = tr("The word list %1 holds no secrets.").arg(shownPath);
    return result;
}

bool WeakSecrets::contains(const QList<QByteArray> &list, const QByteArray &secret)
{
    return std::find(list.cbegin(), list.cend(), secret) != list.cend();
}

std::optional<Warning> WeakSecrets::warningFor(const QByteArray &secret, const QList<QByteArray> &list,
                                               const QString &listName)
{
    // An empty secret has its own, clearer warning from Key::warningsFor.
    if (secret.isEmpty() || !contains(list, secret))
        return std::nullopt;
    Warning warning;
    warning.code = QStringLiteral("hmac-key-in-wordlist");
    warning.severity = Warning::Severity::Critical;
    warning.message = tr("The HMAC secret is in the word list “%1”.").arg(listName);
    warning.explanation =
        tr("Word lists like this are the first thing an attacker tries: with a single token signed by this "
           "secret they can find it offline in seconds and then sign any token they like. Replace the secret "
           "with a random one at least as long as the hash (32 bytes for HS256), for example the output of "
           "“openssl rand -base64 32”.");
    return warning;
}

WeakSecrets::SearchResult WeakSecrets::search(const Token &token, const QList<QByteArray> &candidates,
                                              const std::function<bool()> &cancelled)
{
    SearchResult result;
    const std::optional<Algorithm> algorithm = algorithmFromName(token.algorithmName());
    const char *digest = algorithm ? digestName(*algorithm) : nullptr;
    if (!digest) {
        result.error = tr("Only HMAC tokens (HS256/384/512) can be searched; this token uses “%1”.")
                           .arg(token.algorithmName());
        return result;
    }
    const QByteArray signature = token.signature();
    if (signature.size() != hashSizeBytes(*algorithm)) {
        result.error = tr("The signature is %1 bytes long, but %2 signatures are %3 bytes: no secret can "
                          "produce it.")
                           .arg(signature.size())
                           .arg(algorithmName(*algorithm))
                           .arg(hashSizeBytes(*algorithm));
        return result;
    }

    // One fetched HMAC and one context for the whole search: a Key or a fresh context per candidate would
    // cost more than the HMAC itself. EVP_MAC_init with a new key keeps the digest set once here.
    const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    const std::unique_ptr<EVP_MAC_CTX, MacDeleter> ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digest), 0),
        OSSL_PARAM_construct_end(),
    };
    if (!ctx || EVP_MAC_CTX_set_params(ctx.get(), params) != 1) {
        result.error = tr("OpenSSL cannot compute %1 here.").arg(algorithmName(*algorithm));
        return result;
    }

    const QByteArray input = token.signingInput();
    const auto *inputData = reinterpret_cast<const unsigned char *>(input.constData());
    const auto *expected = reinterpret_cast<const unsigned char *>(signature.constData());
    const size_t expectedSize = size_t(signature.size());
    // EVP_MAC_init with a null key re-uses the previous key: an empty candidate must pass a real pointer.
    static const unsigned char noKey = 0;
    unsigned char out[EVP_MAX_MD_SIZE];

    const qsizetype count = candidates.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (cancelled && i % cancelPollInterval == 0 && cancelled()) {
            result.tried = i;
            result.error = tr("The search was stopped after %n candidates.", nullptr, int(i));
            return result;
        }
        const QByteArray &candidate = candidates.at(i);
        const auto *key =
            candidate.isEmpty() ? &noKey : reinterpret_cast<const unsigned char *>(candidate.constData());
        size_t outSize = 0;
        if (EVP_MAC_init(ctx.get(), key, size_t(candidate.size()), nullptr) != 1 ||
            EVP_MAC_update(ctx.get(), inputData, size_t(input.size())) != 1 ||
            EVP_MAC_final(ctx.get(), out, &outSize, sizeof out) != 1) {
            result.tried = i;
            result.error = tr("OpenSSL failed to compute %1.").arg(algorithmName(*algorithm));
            return result;
        }
        if (outSize == expectedSize && CRYPTO_memcmp(out, expected, expectedSize) == 0) {
            result.tried = i + 1;
            result.secret = candidate;
            OPENSSL_cleanse(out, sizeof out);
            return result;
        }
    }
    OPENSSL_cleanse(out, sizeof out);
    result.tried = count;
    return result;
}

} // namespace PortalKeys::Jwt
