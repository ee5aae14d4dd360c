#include "portal/CertificateInfo.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

namespace PortalKeys::Portal {

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const auto attributes = {QSslCertificate::CommonName, QSslCertificate::Organization,
                             QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName};
    for (QSslCertificate::SubjectInfo attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        if (!values.isEmpty())
            parts << joined(values);
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = sha256Of(certificate);
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

QString CertificateInfo::sha256Of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificateInfo::formattedFingerprint() const
{
    return formatFingerprint(sha256);
}

QString CertificateInfo::formatFingerprint(const QString &sha256)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs << sha256.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString CertificateInfo::appTrustAdvice()
{
    return tr("On the Portals page, Test connection shows the certificate and lets you trust it.");
}

QString CertificateInfo::describe() const
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    QStringList lines;
    lines << tr("Subject: %1").arg(subject)
          << tr("Issuer: %1%2").arg(issuer, selfSigned ? tr(" (self-signed)") : QString())
          << tr("Valid: %1 to %2").arg(notBefore.toString(format), notAfter.toString(format))
          << tr("SHA-256 fingerprint: %1").arg(formattedFingerprint());
    for (const QString &problem : problems)
        lines << tr("Problem: %1").arg(problem);
    return lines.join(QLatin1Char('\n'));
}

} // namespace PortalKeys::Portal
