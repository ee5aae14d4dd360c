#include "drafts/BundleEnvelope.h"

// Before cms.h, whose PEM_read/write_bio_CMS declarations need pem.h's macros.
#include <openssl/pem.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <cstring>

namespace PortalKeys::Drafts {

namespace {

struct Free {
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

// What the password recipients of one file say, the first one standing for them all.
struct PasswordRecipients {
    PwriParameters first;
    bool allUsable = true;
    qint64 totalIterations = 0; // over every password recipient: what opening may cost at most
};

BundleEnvelope fail(Failure failure, const QString &error)
{
    BundleEnvelope envelope;
    envelope.failure = failure;
    envelope.error = error;
    return envelope;
}

QString notABundleSentence()
{
    return Bundle::tr("This file is not a PortalKeys bundle.");
}

// Takes off the PEM armour when the file has one. False when it cannot: `refusal` says why.
bool derOf(const QByteArray &file, QByteArray &der, BundleEnvelope &refusal)
{
    const qsizetype pemStart = file.indexOf("-----BEGIN ");
    if (pemStart < 0 || !file.left(pemStart).trimmed().isEmpty()) {
        der = file;
        return true;
    }
    Ptr<BIO> bio(BIO_new_mem_buf(file.constData(), int(file.size())));
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long length = 0;
    if (!bio || PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
        ERR_clear_error();
        refusal = fail(Failure::Damaged, BundleEnvelope::damagedSentence());
        return false;
    }
    const QByteArray label(name);
    der = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(data);
    if (label != PEM_STRING_CMS && label != PEM_STRING_PKCS7) {
        refusal = fail(Failure::NotABundle, Bundle::tr("This file holds a “%1”, not a PortalKeys bundle.")
                                                .arg(QString::fromLatin1(label.left(40))));
        return false;
    }
    return true;
}

// The outer SEQUENCE and the content type tell a damaged bundle from some other file, even when the file
// is cut short.
bool startsAsEnvelopedCms(const QByteArray &der, bool &authenticated)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    long length = 0;
    int tag = 0;
    int tagClass = 0;
    const int flags = ASN1_get_object(&p, &length, &tag, &tagClass, long(der.size()));
    ERR_clear_error(); // "too long" for a truncated file: the header itself was still read
    const QByteArray afterHeader = p > begin ? der.mid(p - begin, authEnvelopedOid.size()) : QByteArray();
    authenticated = afterHeader.startsWith(authEnvelopedOid);
    return p != begin && tag == V_ASN1_SEQUENCE && (flags & V_ASN1_CONSTRUCTED) &&
           (authenticated || afterHeader.startsWith(envelopedOid));
}

// False when the whole file is not one CMS ContentInfo.
bool decodesWhole(const QByteArray &der, BundleEnvelope &envelope)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    envelope.cms.reset(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!envelope.cms || p != begin + der.size()) {
        ERR_clear_error();
        return false;
    }
    return true;
}

bool hasPasswordRecipient(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_RecipientInfo) *recipients = CMS_get0_RecipientInfos(cms);
    bool hasPassword = false;
    for (int i = 0; i < sk_CMS_RecipientInfo_num(recipients); ++i)
        hasPassword |=
            CMS_RecipientInfo_type(sk_CMS_RecipientInfo_value(recipients, i)) == CMS_RECIPINFO_PASS;
    return hasPassword;
}

// ContentInfo → [0] → (Auth)EnvelopedData: version, originatorInfo [0] OPTIONAL, recipientInfos SET,
// (auth)EncryptedContentInfo. Leaves `cursor` after the recipientInfos.
bool findRecipientInfos(const unsigned char *begin, const unsigned char *limit, Element &enveloped,
                        Element &recipientInfos, const unsigned char *&cursor)
{
    cursor = begin;
    Element contentInfo, contentType, explicitContent, version;
    if (!readElement(cursor, limit, contentInfo) || !contentInfo.is(V_ASN1_SEQUENCE))
        return false;
    cursor = contentInfo.content;
    if (!readElement(cursor, contentInfo.end, contentType) ||
        !readElement(cursor, contentInfo.end, explicitContent) ||
        !explicitContent.is(0, V_ASN1_CONTEXT_SPECIFIC))
        return false;
    cursor = explicitContent.content;
    if (!readElement(cursor, explicitContent.end, enveloped) || !enveloped.is(V_ASN1_SEQUENCE))
        return false;
    cursor = enveloped.content;
    if (!readElement(cursor, enveloped.end, version) || !readElement(cursor, enveloped.end, recipientInfos))
        return false;
    if (recipientInfos.is(0, V_ASN1_CONTEXT_SPECIFIC) && !readElement(cursor, enveloped.end, recipientInfos))
        return false;
    return recipientInfos.is(V_ASN1_SET);
}

// Every password recipient ([3]) in the recipientInfos SET; the others are skipped.
PasswordRecipients readPasswordRecipients(const Element &recipientInfos)
{
    PasswordRecipients recipients;
    const unsigned char *r = recipientInfos.content;
    Element recipient;
    while (r < recipientInfos.end && readElement(r, recipientInfos.end, recipient)) {
        if (!recipient.is(3, V_ASN1_CONTEXT_SPECIFIC))
            continue;
        const PwriParameters pwri = readPwri(recipient);
        recipients.allUsable = recipients.allUsable && pwri.usable;
        recipients.totalIterations += pwri.iterations;
        if (!recipients.first.found)
            recipients.first = pwri;
    }
    return recipients;
}

// The content cipher of the (auth)EncryptedContentInfo at `cursor`: SEQUENCE { contentType, algorithm, … }.
bool readContentCipher(const unsigned char *cursor, const Element &enveloped, QString &cipherName)
{
    Element encryptedContent, innerType, cipher;
    if (!readElement(cursor, enveloped.end, encryptedContent) || !encryptedContent.is(V_ASN1_SEQUENCE))
        return false;
    const unsigned char *c = encryptedContent.content;
    if (!readElement(c, encryptedContent.end, innerType) || !readElement(c, encryptedContent.end, cipher))
        return false;
    const Ptr<X509_ALGOR> contentCipher = algorithmFrom(cipher.start, cipher.end);
    if (!contentCipher)
        return false;
    cipherName = objectName(contentCipher->algorithm);
    return true;
}

// Reads the recipients and the content cipher from our own DER encoding (definite lengths, whatever the file
// used). False when the structure cannot be walked or has no password recipient: the file is damaged.
bool readProtection(CMS_ContentInfo *cms, PasswordRecipients &recipients, QString &contentCipher)
{
    unsigned char *encoded = nullptr;
    const int encodedLength = i2d_CMS_ContentInfo(cms, &encoded);
    if (encodedLength <= 0) {
        ERR_clear_error();
        return false;
    }
    const std::unique_ptr<unsigned char, void (*)(unsigned char *)> encodedOwner(
        encoded, [](unsigned char *q) { OPENSSL_free(q); });

    Element enveloped, recipientInfos;
    const unsigned char *cursor = nullptr;
    if (!findRecipientInfos(encoded, encoded + encodedLength, enveloped, recipientInfos, cursor))
        return false;
    recipients = readPasswordRecipients(recipientInfos);
    return readContentCipher(cursor, enveloped, contentCipher) && recipients.first.found;
}

// With the parameters known, they go back with the answer even when it is a refusal.
void refuseUnusable(BundleEnvelope &envelope, const PasswordRecipients &recipients)
{
    if (!recipients.allUsable) {
        envelope.failure = Failure::Unsupported;
        envelope.error =
            Bundle::tr("This file derives its key from the passphrase in a way PortalKeys does not "
                       "support (only PBKDF2 with the RFC 3211 key wrap is), or that part is damaged.");
    } else if (recipients.totalIterations > Bundle::maxIterations) {
        envelope.failure = Failure::Unsupported;
        envelope.error =
            Bundle::tr("This file asks for %L1 PBKDF2 iterations, more than the %L2 PortalKeys "
                       "accepts: it is damaged, or made to keep the computer busy. It is not opened.")
                .arg(recipients.totalIterations)
                .arg(Bundle::maxIterations);
    }
}

} // namespace

void BundleEnvelope::FreeCms::operator()(CMS_ContentInfo *p) const
{
    CMS_ContentInfo_free(p);
}

QString BundleEnvelope::damagedSentence()
{
    return Bundle::tr("The bundle is damaged or incomplete: it was changed or cut short since it was "
                      "written, so it cannot be opened.");
}

BundleEnvelope BundleEnvelope::read(const QByteArray &file)
{
    ERR_clear_error();
    if (file.size() > Bundle::maxFileSize)
        return fail(Failure::TooLarge, Bundle::tr("The file is larger than 16 MiB. PortalKeys bundles are "
                                                  "never that large, so it is not read."));
    if (file.trimmed().isEmpty())
        return fail(Failure::NotABundle, Bundle::tr("The file is empty."));

    QByteArray der;
    BundleEnvelope refusal;
    if (!derOf(file, der, refusal))
        return refusal;
    bool authenticated = false;
    if (!startsAsEnvelopedCms(der, authenticated))
        return fail(Failure::NotABundle, notABundleSentence());

    BundleEnvelope envelope;
    if (!decodesWhole(der, envelope))
        return fail(Failure::Damaged, damagedSentence());
    if (!hasPasswordRecipient(envelope.cms.get()))
        return fail(Failure::NotABundle, Bundle::tr("This file is encrypted for a certificate or a key, not "
                                                    "with a passphrase, so it is not a PortalKeys bundle."));

    PasswordRecipients recipients;
    if (!readProtection(envelope.cms.get(), recipients, envelope.parameters.contentCipher))
        return fail(Failure::Damaged, damagedSentence());
    envelope.parameters.authenticated = authenticated;
    envelope.parameters.keyDerivation = recipients.first.keyDerivation;
    envelope.parameters.prf = recipients.first.prf;
    envelope.parameters.iterations = recipients.first.iterations;
    envelope.parameters.saltBytes = recipients.first.saltBytes;
    envelope.parameters.keyWrapCipher = recipients.first.keyWrapCipher;
    refuseUnusable(envelope, recipients);
    return envelope;
}

} // namespace PortalKeys::Drafts
