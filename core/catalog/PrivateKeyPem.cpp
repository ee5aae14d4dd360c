#include "catalog/PrivateKeyPem.h"

#include "jwt/OpenSsl.h"

#include <QByteArray>
#include <QRegularExpression>

#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace PortalKeys::Catalog {

namespace {

// Never prompt: OpenSSL's default callback would ask for a pass phrase on the terminal.
int noPassword(char *, int, int, void *)
{
    return 0;
}

} // namespace

PrivateKeyPem PrivateKeyPem::inspect(const QString &text)
{
    PrivateKeyPem result;
    static const QRegularExpression begin(QStringLiteral("-----BEGIN ([A-Z0-9 ]+)-----"));
    const QRegularExpressionMatch beginMatch = begin.match(text);
    if (!beginMatch.hasMatch())
        return result;
    result.blockLabel = beginMatch.captured(1);
    if (result.blockLabel == QLatin1String("ENCRYPTED PRIVATE KEY")) {
        result.status = Status::Encrypted;
        return result;
    }
    if (result.blockLabel != QLatin1String("PRIVATE KEY")) {
        result.status = Status::OtherBlock;
        return result;
    }
    const QString endLine = QStringLiteral("-----END PRIVATE KEY-----");
    const qsizetype bodyStart = beginMatch.capturedEnd();
    const qsizetype end = text.indexOf(endLine, bodyStart);
    if (end < 0) {
        result.status = Status::Truncated;
        return result;
    }

    // Re-wrap the Base64 body ourselves: a key whose line breaks became spaces is still the same key, and the
    // message can then say "line breaks lost" instead of "damaged".
    const QString body = text.mid(bodyStart, end - bodyStart);
    result.lineBreaksLost = !body.contains(QLatin1Char('\n')) && !body.trimmed().isEmpty();
    QByteArray base64 = body.toLatin1();
    base64.replace(' ', QByteArray()).replace('\t', QByteArray()).replace('\r', QByteArray());
    base64.replace('\n', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    base64.fill('\0');
    if (!decoded || decoded.decoded.isEmpty()) {
        result.status = Status::Damaged;
        return result;
    }
    QByteArray pem = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n");
    QByteArray clean = decoded.decoded.toBase64();
    decoded.decoded.fill('\0');
    for (qsizetype i = 0; i < clean.size(); i += 64)
        pem += clean.mid(i, 64) + '\n';
    pem += QByteArrayLiteral("-----END PRIVATE KEY-----\n");

    using Jwt::OpenSsl;
    OpenSsl::Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    OpenSsl::Ptr<EVP_PKEY> key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr)
                                   : nullptr);
    // The copies held key material; wipe them rather than leave them to the allocator.
    pem.fill('\0');
    clean.fill('\0');
    OpenSsl::clearErrors();
    if (!key) {
        result.status = Status::Damaged;
        return result;
    }
    result.status = Status::Readable;
    result.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()));
    char group[64] = {};
    size_t groupLength = 0;
    if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &groupLength) == 1)
        result.curve = QString::fromLatin1(group, static_cast<qsizetype>(groupLength));
    OpenSsl::clearErrors();
    return result;
}

} // namespace PortalKeys::Catalog
