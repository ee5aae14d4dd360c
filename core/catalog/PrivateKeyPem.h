#pragma once

#include <QString>

namespace PortalKeys::Catalog {

// What a pasted PEM private key turned out to be. Used for Apple's .p8 key and for the private_key member of
// a Google service-account file; holds nothing of the key itself, so it may be logged and shown.
struct PrivateKeyPem {
    enum class Status {
        Readable,   // a PKCS #8 "PRIVATE KEY" block that OpenSSL can load
        NoPem,      // no "-----BEGIN" line at all
        Encrypted,  // "ENCRYPTED PRIVATE KEY": needs a password the portal does not have
        OtherBlock, // a PEM block of another kind, named in `blockLabel`
        Truncated,  // the END line is missing
        Damaged,    // the text between the lines is not Base64, or the DER inside does not load
    };

    Status status = Status::NoPem;
    QString blockLabel;          // e.g. "EC PRIVATE KEY", "CERTIFICATE"
    bool lineBreaksLost = false; // the whole block sits on one line (a paste through a single-line field)
    QString keyType;             // "EC", "RSA", "ED25519", … when Readable
    QString curve;               // "prime256v1" … for EC keys

    bool isP256() const { return keyType == QLatin1String("EC") && curve == QLatin1String("prime256v1"); }

    static PrivateKeyPem inspect(const QString &text);
};

} // namespace PortalKeys::Catalog
