#include "portals/CertificateDialog.h"

#include "shell/Resources.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

QLabel *valueLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // certificate fields are chosen by whoever made the certificate
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : CertificateDialog::tr("unknown");
}

// Who the certificate was issued to and by, how long it is valid, its fingerprint and what is wrong with it.
QFormLayout *detailsForm(const Portal::CertificateInfo &certificate)
{
    auto *details = new QFormLayout;
    details->setLabelAlignment(Qt::AlignRight);
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(CertificateDialog::tr("Issued to:"), valueLabel(certificate.subject));
    details->addRow(CertificateDialog::tr("Issued by:"),
                    valueLabel(certificate.selfSigned
                                   ? CertificateDialog::tr("%1 (self-signed)").arg(certificate.issuer)
                                   : certificate.issuer));
    details->addRow(CertificateDialog::tr("Valid:"),
                    valueLabel(CertificateDialog::tr("from %1 until %2")
                                   .arg(utc(certificate.notBefore), utc(certificate.notAfter))));
    // Two rows of 16 byte pairs read better than one 95-character line, and match what browsers show.
    QString fingerprint = certificate.formattedFingerprint();
    if (fingerprint.size() > 48)
        fingerprint.replace(47, 1, QLatin1Char('\n'));
    QLabel *fingerprintLabel = valueLabel(fingerprint);
    fingerprintLabel->setObjectName(QStringLiteral("fingerprint"));
    fingerprintLabel->setWordWrap(false);
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->addRow(CertificateDialog::tr("SHA-256 fingerprint:"), fingerprintLabel);
    if (!certificate.problems.isEmpty()) {
        QStringList bullets;
        for (const QString &problem : certificate.problems)
            bullets << QStringLiteral("• ") + problem;
        QLabel *problems = valueLabel(bullets.join(QLatin1Char('\n')));
        problems->setObjectName(QStringLiteral("certificateProblems"));
        details->addRow(CertificateDialog::tr("Problems:"), problems);
    }
    return details;
}

} // namespace

CertificateDialog::CertificateDialog(const Portal::CertificateInfo &certificate, const QString &portalName,
                                     const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    ensureResourcesLoaded();
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate of “%1”").arg(portalName));

    auto *icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("PortalKeys cannot verify the identity of %1").arg(host));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto *explanation = new QLabel(
        tr("The portal's certificate is not signed by an authority this computer trusts. That is normal for "
           "a server with a self-signed or company certificate, but it is also what an attacker between you "
           "and the portal would show. Trust it only if the fingerprint below is the one of your server — "
           "ask its administrator, or compare it on the server itself."));
    explanation->setWordWrap(true);

    QFormLayout *details = detailsForm(certificate);

    auto *buttons = new QDialogButtonBox;
    QPushButton *trust =
        buttons->addButton(tr("&Trust this certificate for this portal"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificate"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Trusting must be a deliberate click: Enter and Escape both keep the connection refused.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(explanation);
    text->addLayout(details);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

} // namespace PortalKeys::Ui
