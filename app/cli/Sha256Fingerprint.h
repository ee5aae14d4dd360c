#pragma once

#include <QCoreApplication>
#include <QString>

namespace PortalKeys::Cli {

// A certificate fingerprint typed by a user: 64 hex digits, as PortalKeys stores it, or the colon-separated
// form browsers and `openssl x509 -fingerprint` show.
class Sha256Fingerprint {
    Q_DECLARE_TR_FUNCTIONS(Sha256Fingerprint)

public:
    struct Result {
        QString hex;   // lowercase, no separators, when error is empty
        QString error; // one sentence for the user
        bool ok() const { return error.isEmpty(); }
    };

    // Shown as "AB:CD:…" by Portal::CertificateInfo::formatFingerprint.
    static Result normalize(const QString &input);
};

} // namespace PortalKeys::Cli
