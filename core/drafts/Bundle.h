#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PortalKeys::Drafts {

// A bundle: drafts and their values in one file encrypted with a passphrase, to carry them to another
// computer or keep them offline.
//
// The file is a standard CMS structure in PEM ("-----BEGIN CMS-----") that the stock openssl command opens:
//     openssl cms -decrypt -inform PEM -in FILE -pwri_password PASSPHRASE
// - AuthEnvelopedData (RFC 5083) with AES-256-GCM (RFC 5084): content encryption that also detects any
//   change to the content, rather than EnvelopedData with AES-CBC, which would decrypt a changed file into
//   changed plaintext without notice;
// - one password recipient (PWRI, RFC 3211): the random content key is wrapped with AES-256-CBC
//   (id-alg-PWRI-KEK) under a key derived from the passphrase by PBKDF2 with `iterations` rounds and a random
//   salt.
// OpenSSL 3.0's CMS_add0_recipient_password() lets us choose the iteration count but not PBKDF2's PRF, which
// stays HMAC-SHA1 (the pbe_nid argument is ignored). HMAC-SHA1 is still sound as a PRF; it is only faster to
// attack than HMAC-SHA256, so we use 1,300,000 iterations, the OWASP (2023) figure for PBKDF2-HMAC-SHA1 that
// matches 600,000 with HMAC-SHA256. We stay with CMS rather than "openssl enc -pbkdf2", which could use
// SHA-256 but has no integrity check, no way to say its own iteration count, and no AEAD cipher.
//
// The plaintext is a UTF-8 JSON document (see BundleContent):
//     {"format": 1, "kind": "portalkeys-bundle", "created": "…Z", "drafts": [{"product", "service", "title",
//      "note"?, "keys": [{"name", "value"}]}]}
//
// encrypt() and decrypt() each take about half a second on purpose (PBKDF2); call them off the GUI thread.
class Bundle {
    Q_DECLARE_TR_FUNCTIONS(Bundle)

public:
    static constexpr int formatVersion = 1;
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;
    // PBKDF2 rounds of the bundles we write.
    static constexpr int iterations = 1'300'000;
    // Bundles written with fewer rounds (the stock openssl command uses 2,048) open with a warning.
    static constexpr int recommendedIterations = 600'000;
    // More rounds than this are refused: a bundle asking for them is damaged, or made to keep the computer
    // busy for minutes before the passphrase is even checked.
    static constexpr qint64 maxIterations = 10'000'000;
    static QString kind(); // "portalkeys-bundle"

    enum class Failure {
        None,
        EmptyPassphrase,
        WrongPassphrase, // also what a changed key block looks like: the two cannot be told apart
        Damaged,         // changed, truncated or incomplete
        NotABundle,      // another kind of file, or an encrypted file that does not hold PortalKeys drafts
        NewerFormat,
        TooLarge,
        Unsupported, // a CMS file with a key derivation we do not accept (or too many iterations)
        Internal,    // OpenSSL failed while encrypting
    };

    // How a bundle file is protected, as read from its CMS structure.
    struct Parameters {
        bool authenticated = false; // AuthEnvelopedData: a changed content is detected
        QString contentCipher;      // e.g. "aes-256-gcm"
        QString keyDerivation;      // "PBKDF2"
        QString prf;                // e.g. "hmacWithSHA1"
        qint64 iterations = 0;
        int saltBytes = 0;
        QString keyWrapCipher; // e.g. "aes-256-cbc"
    };

    struct EncryptResult {
        QByteArray file;
        Failure failure = Failure::None;
        QString error;
        bool ok() const { return failure == Failure::None; }
    };
    struct DecryptResult {
        QByteArray json; // the plaintext: wipe it (wipe()) when done
        Failure failure = Failure::None;
        QString error;
        QStringList warnings; // e.g. few PBKDF2 iterations or no integrity check, for bundles made elsewhere
        Parameters parameters;
        bool ok() const { return failure == Failure::None; }
    };
    struct InspectResult {
        Parameters parameters;
        Failure failure = Failure::None;
        QString error;
        bool ok() const { return failure == Failure::None; }
    };
    struct DocumentCheck {
        Failure failure = Failure::None;
        QString error;
        bool ok() const { return failure == Failure::None; }
    };

    // `json` must be a bundle document (checkDocument()); `passphrase` is UTF-8 and must pass
    // PassphrasePolicy (its warnings are the caller's to show).
    static EncryptResult encrypt(const QByteArray &json, const QByteArray &passphrase);
    // Accepts PEM or DER. Every failure is one sentence and never contains the passphrase or the content.
    static DecryptResult decrypt(const QByteArray &file, const QByteArray &passphrase);
    // The protection parameters of a bundle file, without the passphrase.
    static InspectResult inspect(const QByteArray &file);
    // Is `json` a bundle document this version reads: an object with our "kind" and a known "format"?
    static DocumentCheck checkDocument(const QByteArray &json);

    // Overwrites `buffer` with zeros and empties it. Only the bytes this QByteArray holds alone can be
    // wiped: implicitly shared copies elsewhere keep theirs.
    static void wipe(QByteArray &buffer);
};

} // namespace PortalKeys::Drafts
