#pragma once

#include "portal/CertificateInfo.h"

#include <QDialog>

namespace PortalKeys::Ui {

// Shows a certificate that failed the TLS check, so the user can decide to trust exactly this certificate for
// one portal (a self-signed or internal-CA certificate of their own server). Accepted means "trust it".
class CertificateDialog : public QDialog {
    Q_OBJECT

public:
    // `host` is the address the certificate was presented for, e.g. docspace.example.com.
    CertificateDialog(const Portal::CertificateInfo &certificate, const QString &portalName,
                      const QString &host, QWidget *parent = nullptr);

    const Portal::CertificateInfo &certificate() const { return m_certificate; }

private:
    Portal::CertificateInfo m_certificate;
};

} // namespace PortalKeys::Ui
