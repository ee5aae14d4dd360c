#include "drafts/Bundle.h"

#include "drafts/PassphrasePolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// Before cms.h, whose PEM_read/write_bio_CMS declarations need pem.h's macros.
#include <openssl/pem.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace PortalKeys::Drafts {

namespace {

struct Free {
    void operator()(CMS_ContentInfo *p) const { CMS_ContentInfo_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_ALGOR *p) const { X509_ALGOR_free(p); }
    void operator()(PBKDF2PARAM *p) const { PBKDF2PARAM_free(p); }
};
template <typename T> using Ptr = std::unique_ptr<T, Free>;

using Failure = Bundle::Failure;

// The DER encodings of the two content types a password-encrypted CMS file can have.
const QByteArray authEnvelopedOid =
    QByteArray::fromHex("060b2a864886f70d0109100117");                         // 1.2.840.113549.1.9.16.1.23
const QByteArray envelopedOid = QByteArray::fromHex("06092a864886f70d010703"); // 1.2.840.113549.1.7.3

QString objectName(const ASN1_OBJECT *object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2ln(nid));
    char text[128] = {};
    OBJ_obj2txt(text, sizeof text, object, 1);
    return QString::fromLatin1(text);
}

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

// One element of a DER encoding: its tag and where its content lies.
struct Element {
    int tag = -1;
    int tagClass = 0;
    bool constructed = false;
    const unsigned char *start = nullptr;
    const unsigned char *content = nullptr;
    const unsigned char *end = nullptr;

    bool is(int expectedTag, int expectedClass = V_ASN1_UNIVERSAL) const
    {
        return tag == expectedTag && tagClass == expectedClass;
    }
    long contentLength() const { return long(end - content); }
};

// Reads the element at `cursor` and moves past it. Only definite lengths: we walk our own i2d output.
bool readElement(const unsigned char *&cursor, const unsigned char *limit, Element &element)
{
    if (cursor >= limit)
        return false;
    const unsigned char *p = cursor;
    long length = 0;
    int tag = 0;
    int tagClass = 0;
    const int flags = ASN1_get_object(&p, &length, &tag, &tagClass, long(limit - cursor));
    if ((flags & 0x80) != 0 || flags == 0x21) {
        ERR_clear_error();
        return false;
    }
    element.tag = tag;
    element.tagClass = tagClass;
    element.constructed = (flags & V_ASN1_CONSTRUCTED) != 0;
    element.start = cursor;
    element.content = p;
    element.end = p + length;
    cursor = element.end;
    return true;
}

Ptr<X509_ALGOR> algorithmFrom(const unsigned char *start, const unsigned char *end)
{
    const unsigned char *p = start;
    Ptr<X509_ALGOR> algorithm(d2i_X509_ALGOR(nullptr, &p, long(end - start)));
    if (!algorithm || p != end) {
        ERR_clear_error();
        return nullptr;
    }
    return algorithm;
}

struct PwriParameters {
    bool found = false;
    bool usable = false; // PBKDF2 and id-alg-PWRI-KEK, as OpenSSL can open
    qint64 iterations = 0;
    QString keyDerivation;
    QString prf;
    int saltBytes = 0;
    QString keyWrapCipher;
};

// PasswordRecipientInfo ::= SEQUENCE { version, keyDerivationAlgorithm [0] IMPLICIT OPTIONAL,
//                                      keyEncryptionAlgorithm, encryptedKey }
// OpenSSL has no accessor for these fields, so we read them from the DER ourselves; every value is then
// decoded by OpenSSL's own ASN.1 code (X509_ALGOR, PBKDF2PARAM).
PwriParameters readPwri(const Element &recipient)
{
    PwriParameters result;
    result.found = true;
    const unsigned char *p = recipient.content;
    Element version;
    Element next;
    if (!readElement(p, recipient.end, version) || !version.is(V_ASN1_INTEGER) ||
        !readElement(p, recipient.end, next))
        return result;
    if (next.is(0, V_ASN1_CONTEXT_SPECIFIC) && next.constructed) {
        // [0] IMPLICIT AlgorithmIdentifier: give it back its SEQUENCE tag to decode it.
        const long length = next.contentLength();
        QByteArray sequence(ASN1_object_size(1, int(length), V_ASN1_SEQUENCE), '\0');
        auto *w = reinterpret_cast<unsigned char *>(sequence.data());
        ASN1_put_object(&w, 1, int(length), V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
        std::memcpy(w, next.content, size_t(length));
        const auto *begin = reinterpret_cast<const unsigned char *>(sequence.constData());
        const Ptr<X509_ALGOR> derivation = algorithmFrom(begin, begin + sequence.size());
        if (!derivation)
            return result;
        result.keyDerivation = objectName(derivation->algorithm);
        if (OBJ_obj2nid(derivation->algorithm) == NID_id_pbkdf2 && derivation->parameter) {
            const Ptr<PBKDF2PARAM> kdf(static_cast<PBKDF2PARAM *>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), derivation->parameter)));
            int64_t iterations = 0;
            if (kdf && kdf->iter && ASN1_INTEGER_get_int64(&iterations, kdf->iter) == 1 && iterations >= 1 &&
                kdf->salt && kdf->salt->type == V_ASN1_OCTET_STRING) {
                result.iterations = iterations;
                result.saltBytes = ASN1_STRING_length(kdf->salt->value.octet_string);
                // RFC 8018: an absent PRF means HMAC-SHA1.
                result.prf = kdf->prf ? objectName(kdf->prf->algorithm)
                                      : QString::fromLatin1(OBJ_nid2ln(NID_hmacWithSHA1));
                result.usable = true;
            }
            ERR_clear_error();
        }
        if (!readElement(p, recipient.end, next))
            result.usable = false;
    } else {
        // No key derivation: the key would have to come from elsewhere, which a passphrase cannot give.
        result.usable = false;
    }
    const Ptr<X509_ALGOR> wrap = algorithmFrom(next.start, next.end);
    if (!wrap || OBJ_obj2nid(wrap->algorithm) != NID_id_alg_PWRI_KEK || !wrap->parameter) {
        result.usable = false;
        return result;
    }
    const Ptr<X509_ALGOR> wrapCipher(
        static_cast<X509_ALGOR *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(X509_ALGOR), wrap->parameter)));
    ERR_clear_error();
    if (wrapCipher)
        result.keyWrapCipher = objectName(wrapCipher->algorithm);
    else
        result.usable = false;
    return result;
}

struct Envelope {
    Ptr<CMS_ContentInfo> cms;
    Bundle::Parameters parameters;
    qint64 totalIterations = 0; // over every password recipient: what opening may cost at most
    Failure failure = Failure::None;
    QString error;
};

Envelope fail(Failure failure, const QString &error)
{
    Envelope envelope;
    envelope.failure = failure;
    envelope.error = error;
    return envelope;
}

QString damagedSentence()
{
    return Bundle::tr("The bundle is damaged or incomplete: it was changed or cut short since it was "
                      "written, so it cannot be opened.");
}

QString notABundleSentence()
{
    return Bundle::tr("This file is not a PortalKeys bundle.");
}

// Reads the CMS structure of a bundle file and how it is protected, without the passphrase.
Envelope readEnvelope(const QByteArray &file)
{
    ERR_clear_error();
    if (file.size() > Bundle::maxFileSize)
        return fail(Failure::TooLarge, Bundle::tr("The file is larger than 16 MiB. PortalKeys bundles are "
                                                  "never that large, so it is not read."));
    if (file.trimmed().isEmpty())
        return fail(Failure::NotABundle, Bundle::tr("The file is empty."));

    QByteArray der;
    const qsizetype pemStart = file.indexOf("-----BEGIN ");
    if (pemStart >= 0 && file.left(pemStart).trimmed().isEmpty()) {
        Ptr<BIO> bio(BIO_new_mem_buf(file.constData(), int(file.size())));
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        if (!bio || PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
            ERR_clear_error();
            return fail(Failure::Damaged, damagedSentence());
        }
        const QByteArray label(name);
        der = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (label != PEM_STRING_CMS && label != PEM_STRING_PKCS7)
            return fail(Failure::NotABundle, Bundle::tr("This file holds a “%1”, not a PortalKeys bundle.")
                                                 .arg(QString::fromLatin1(label.left(40))));
    } else {
        der = file;
    }

    // The outer SEQUENCE and the content type tell a damaged bundle from some other file.
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    long length = 0;
    int tag = 0;
    int tagClass = 0;
    const int flags = ASN1_get_object(&p, &length, &tag, &tagClass, long(der.size()));
    ERR_clear_error(); // "too long" for a truncated file: the header itself was still read
    const QByteArray afterHeader = p > begin ? der.mid(p - begin, authEnvelopedOid.size()) : QByteArray();
    const bool authenticated = afterHeader.startsWith(authEnvelopedOid);
    if (p == begin || tag != V_ASN1_SEQUENCE || !(flags & V_ASN1_CONSTRUCTED) ||
        !(authenticated || afterHeader.startsWith(envelopedOid)))
        return fail(Failure::NotABundle, notABundleSentence());

    p = begin;
    Envelope envelope;
    envelope.cms.reset(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!envelope.cms || p != begin + der.size()) {
        ERR_clear_error();
        return fail(Failure::Damaged, damagedSentence());
    }

    STACK_OF(CMS_RecipientInfo) *recipients = CMS_get0_RecipientInfos(envelope.cms.get());
    bool hasPassword = false;
    for (int i = 0; i < sk_CMS_RecipientInfo_num(recipients); ++i)
        hasPassword |=
            CMS_RecipientInfo_type(sk_CMS_RecipientInfo_value(recipients, i)) == CMS_RECIPINFO_PASS;
    if (!hasPassword)
        return fail(Failure::NotABundle, Bundle::tr("This file is encrypted for a certificate or a key, not "
                                                    "with a passphrase, so it is not a PortalKeys bundle."));

    // Our own DER encoding (definite lengths, whatever the file used) to read the parameters from.
    unsigned char *encoded = nullptr;
    const int encodedLength = i2d_CMS_ContentInfo(envelope.cms.get(), &encoded);
    if (encodedLength <= 0) {
        ERR_clear_error();
        return fail(Failure::Damaged, damagedSentence());
    }
    const std::unique_ptr<unsigned char, void (*)(unsigned char *)> encodedOwner(
        encoded, [](unsigned char *q) { OPENSSL_free(q); });

    // ContentInfo → [0] → (Auth)EnvelopedData: version, originatorInfo [0] OPTIONAL, recipientInfos SET,
    // (auth)EncryptedContentInfo.
    const unsigned char *cursor = encoded;
    const unsigned char *limit = encoded + encodedLength;
    Element contentInfo, contentType, explicitContent, enveloped, version, element;
    bool walked = readElement(cursor, limit, contentInfo) && contentInfo.is(V_ASN1_SEQUENCE);
    cursor = contentInfo.content;
    walked = walked && readElement(cursor, contentInfo.end, contentType) &&
             readElement(cursor, contentInfo.end, explicitContent) &&
             explicitContent.is(0, V_ASN1_CONTEXT_SPECIFIC);
    cursor = explicitContent.content;
    walked = walked && readElement(cursor, explicitContent.end, enveloped) && enveloped.is(V_ASN1_SEQUENCE);
    cursor = enveloped.content;
    walked =
        walked && readElement(cursor, enveloped.end, version) && readElement(cursor, enveloped.end, element);
    if (walked && element.is(0, V_ASN1_CONTEXT_SPECIFIC))
        walked = readElement(cursor, enveloped.end, element);
    walked = walked && element.is(V_ASN1_SET);
    PwriParameters first;
    bool allUsable = true;
    if (walked) {
        const unsigned char *r = element.content;
        Element recipient;
        while (r < element.end && readElement(r, element.end, recipient)) {
            if (!recipient.is(3, V_ASN1_CONTEXT_SPECIFIC))
                continue;
            const PwriParameters pwri = readPwri(recipient);
            allUsable = allUsable && pwri.usable;
            envelope.totalIterations += pwri.iterations;
            if (!first.found)
                first = pwri;
        }
        Element encryptedContent, innerType, cipher;
        walked = readElement(cursor, enveloped.end, encryptedContent) && encryptedContent.is(V_ASN1_SEQUENCE);
        const unsigned char *c = encryptedContent.content;
        walked = walked && readElement(c, encryptedContent.end, innerType) &&
                 readElement(c, encryptedContent.end, cipher);
        const Ptr<X509_ALGOR> contentCipher = walked ? algorithmFrom(cipher.start, cipher.end) : nullptr;
        if (contentCipher)
            envelope.parameters.contentCipher = objectName(contentCipher->algorithm);
        walked = walked && contentCipher;
    }
    if (!walked || !first.found)
        return fail(Failure::Damaged, damagedSentence());

    envelope.parameters.authenticated = authenticated;
    envelope.parameters.keyDerivation = first.keyDerivation;
    envelope.parameters.prf = first.prf;
    envelope.parameters.iterations = first.iterations;
    envelope.parameters.saltBytes = first.saltBytes;
    envelope.parameters.keyWrapCipher = first.keyWrapCipher;
    // From here on the parameters are known, and go back with the answer even when it is a refusal.
    if (!allUsable) {
        envelope.failure = Failure::Unsupported;
        envelope.error =
            Bundle::tr("This file derives its key from the passphrase in a way PortalKeys does not "
                       "support (only PBKDF2 with the RFC 3211 key wrap is), or that part is damaged.");
    } else if (envelope.totalIterations > Bundle::maxIterations) {
        envelope.failure = Failure::Unsupported;
        envelope.error =
            Bundle::tr("This file asks for %L1 PBKDF2 iterations, more than the %L2 PortalKeys "
                       "accepts: it is damaged, or made to keep the computer busy. It is not opened.")
                .arg(envelope.totalIterations)
                .arg(Bundle::maxIterations);
    }
    return envelope;
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
    Envelope envelope = readEnvelope(file);
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
    Envelope envelope = readEnvelope(file);
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
            result.error = damagedSentence();
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
        result.error = damagedSentence();
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
