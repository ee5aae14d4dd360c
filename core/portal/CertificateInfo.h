#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QSslCertificate;

namespace PortalKeys::Portal {

// What a user needs to see before trusting a certificate.
struct CertificateInfo {
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)

public:
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;       // lowercase hex of the DER
    QStringList problems; // what the TLS check found, one sentence each
    bool selfSigned = false;

    static CertificateInfo from(const QSslCertificate &certificate);
    static QString sha256Of(const QSslCertificate &certificate);
    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:…", as browsers show it.
    QString formattedFingerprint() const;
    // `sha256` (lowercase hex, as profiles keep a pin) as "AB:CD:…", for comparing it with what browsers
    // show.
    static QString formatFingerprint(const QString &sha256);
    // Where the app lets the user look at a certificate a check refused and trust it; said after a TLS error.
    static QString appTrustAdvice();
    // Several lines: subject, issuer, validity, fingerprint, problems.
    QString describe() const;
};

} // namespace PortalKeys::Portal
