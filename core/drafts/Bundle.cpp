#include "drafts/Bundle.h"

#include "drafts/BundleEnvelope.h"
#include "drafts/PassphrasePolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// Before cms.h, whose PEM_read/write_bio_CMS declarations need pem.h's macros.
#include <openssl/pem.h>

#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <cstring>
#include <memory>

namespace PortalKeys::Drafts {

namespace {

struct Free {
    void operator()(CMS_ContentInfo *p) const { CMS_ContentInfo_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
template <typename T> using Ptr = std::unique_ptr<T, Free>;

using Failure = Bundle::Failure;

bool hasReason(int library, int reason)
{
    // The queue holds OpenSSL's reasons only: codes and fixed texts, never key material or plaintext.
    for (unsigned long code = ERR_get_error(); code != 0; code = ERR_get_error()) {
        if (ERR_GET_LIB(code) == library && ERR_GET_REASON(code) == reason) {
            ERR_clear_error();
            return true;
        }
    }
    return false;
}

QString takeOpenSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    return reason ? QString::fromLatin1(reason) : QString();
}

} // namespace

QString Bundle::kind()
{
    return QStringLiteral("portalkeys-bundle");
}

void Bundle::wipe(QByteArray &buffer)
{
    // data() on a shared buffer would first copy it, and wipe only the copy.
    if (!buffer.isEmpty() && buffer.isDetached())
        OPENSSL_cleanse(buffer.data(), size_t(buffer.size()));
    buffer.clear();
}

Bundle::DocumentCheck Bundle::checkDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("kind")).toString() != kind())
        return {Failure::NotABundle,
                tr("The file opens with this passphrase, but it does not hold PortalKeys "
                   "drafts.")};
    const int version = root.value(QLatin1String("format")).toInt(0);
    if (version > formatVersion)
        return {Failure::NewerFormat,
                tr("The bundle was written by a newer PortalKeys (format %1); this version "
                   "reads format %2. Update PortalKeys to open it.")
                    .arg(version)
                    .arg(formatVersion)};
    if (version < 1)
        return {Failure::NotABundle, tr("The bundle has no valid format version.")};
    return {};
}

Bundle::EncryptResult Bundle::encrypt(const QByteArray &json, const QByteArray &passphrase)
{
    EncryptResult result;
    const PassphrasePolicy::Check policy = PassphrasePolicy::check(passphrase);
    if (!policy.ok()) {
        result.failure = Failure::EmptyPassphrase;
        result.error = policy.error;
        return result;
    }
    if (json.size() > maxFileSize) {
        result.failure = Failure::TooLarge;
        result.error = tr("The bundle would be larger than 16 MiB. Export fewer drafts at once.");
        return result;
    }
    const DocumentCheck document = checkDocument(json);
    if (!document.ok()) {
        result.failure = Failure::NotABundle;
        result.error = tr("Only a PortalKeys bundle document can be encrypted as a bundle.");
        return result;
    }
    auto internal = [&result](const char *step) {
        result.failure = Failure::Internal;
        result.error = tr("OpenSSL could not encrypt the bundle (%1: %2).")
                           .arg(QString::fromLatin1(step), takeOpenSslReason());
        return result;
    };

    ERR_clear_error();
    // Reads the caller's buffer in place: no copy of the plaintext to wipe.
    Ptr<BIO> in(BIO_new_mem_buf(json.constData(), int(json.size())));
    // CMS_BINARY: the content is bytes, not text to convert to CRLF line ends.
    const unsigned int flags = CMS_BINARY | CMS_PARTIAL;
    Ptr<CMS_ContentInfo> cms(in ? CMS_encrypt(nullptr, in.get(), EVP_aes_256_gcm(), flags) : nullptr);
    if (!cms)
        return internal("CMS_encrypt");

    // CMS_add0_recipient_password takes ownership of the copy and frees it with OPENSSL_clear_free.
    auto *pass = static_cast<unsigned char *>(OPENSSL_malloc(size_t(passphrase.size())));
    if (!pass)
        return internal("OPENSSL_malloc");
    std::memcpy(pass, passphrase.constData(), size_t(passphrase.size()));
    // The key-wrap cipher must be given: by default OpenSSL would wrap with the content cipher, and GCM
    // cannot do the RFC 3211 wrap.
    if (!CMS_add0_recipient_password(cms.get(), iterations, NID_undef, NID_undef, pass, passphrase.size(),
                                     EVP_aes_256_cbc())) {
        OPENSSL_clear_free(pass, size_t(passphrase.size()));
        return internal("CMS_add0_recipient_password");
    }
    if (!CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY))
        return internal("CMS_final");

    Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (!out || !PEM_write_bio_CMS(out.get(), cms.get()))
        return internal("PEM_write_bio_CMS");
    BUF_MEM *written = nullptr;
    BIO_get_mem_ptr(out.get(), &written);
    result.file = QByteArray(written->data, qsizetype(written->length));
    if (result.file.size() > maxFileSize) {
        result.file.clear();
        result.failure = Failure::TooLarge;
        result.error = tr("The bundle would be larger than 16 MiB. Export fewer drafts at once.");
    }
    return result;
}

Bundle::InspectResult Bundle::inspect(const QByteArray &file)
{
    BundleEnvelope envelope = BundleEnvelope::read(file);
    return {envelope.parameters, envelope.failure, envelope.error};
}

Bundle::DecryptResult Bundle::decrypt(const QByteArray &file, const QByteArray &passphrase)
{
    DecryptResult result;
    if (passphrase.isEmpty()) {
        result.failure = Failure::EmptyPassphrase;
        result.error = tr("Enter the passphrase of the bundle.");
        return result;
    }
    BundleEnvelope envelope = BundleEnvelope::read(file);
    result.parameters = envelope.parameters;
    if (envelope.failure != Failure::None) {
        result.failure = envelope.failure;
        result.error = envelope.error;
        return result;
    }

    // Two steps, so that a wrong passphrase (the key cannot be unwrapped) is told apart from damaged content.
    // OpenSSL only reads the passphrase here and drops its pointer before returning.
    auto *pass = reinterpret_cast<unsigned char *>(const_cast<char *>(passphrase.constData()));
    if (!CMS_decrypt_set1_password(envelope.cms.get(), pass, passphrase.size())) {
        if (hasReason(ERR_LIB_CMS, CMS_R_UNWRAP_FAILURE)) {
            result.failure = Failure::WrongPassphrase;
            result.error =
                tr("The passphrase is wrong (or the part of the bundle that it unlocks was changed).");
        } else {
            result.failure = Failure::Damaged;
            result.error = BundleEnvelope::damagedSentence();
        }
        ERR_clear_error();
        return result;
    }

    // Secure memory BIO: every buffer that held plaintext is wiped when it is freed or grown.
    Ptr<BIO> out(BIO_new(BIO_s_secmem()));
    // Nothing written to `out` counts unless CMS_decrypt succeeds: with GCM the tag is checked at the end.
    const bool decrypted =
        out && CMS_decrypt(envelope.cms.get(), nullptr, nullptr, nullptr, out.get(), CMS_BINARY);
    ERR_clear_error();
    if (!decrypted) {
        result.failure = Failure::Damaged;
        result.error = BundleEnvelope::damagedSentence();
        return result;
    }
    BUF_MEM *plain = nullptr;
    BIO_get_mem_ptr(out.get(), &plain);
    result.json = QByteArray(plain->data, qsizetype(plain->length));

    const DocumentCheck document = checkDocument(result.json);
    if (!document.ok()) {
        wipe(result.json);
        result.failure = document.failure;
        result.error = document.error;
        return result;
    }
    if (envelope.parameters.iterations < recommendedIterations)
        result.warnings.append(
            tr("This bundle protects its passphrase with only %L1 PBKDF2 iterations "
               "(PortalKeys uses %L2), so whoever has the file can try passphrases quickly. "
               "Import it and export the drafts again to a new bundle.")
                .arg(envelope.parameters.iterations)
                .arg(iterations));
    if (!envelope.parameters.authenticated)
        result.warnings.append(
            tr("This bundle was made without an integrity check (%1 rather than AES-GCM): a "
               "change to the file would not be noticed. Check the keys it holds before you "
               "use them.")
                .arg(envelope.parameters.contentCipher));
    return result;
}

} // namespace PortalKeys::Drafts
