#include "portals/AdvancedSection.h"

#include "portal/CertificateInfo.h"
#include "portal/PortalUrl.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace PortalKeys::Ui {

using Portal::CredentialKind;
using Portal::PortalProfile;

AdvancedSection::AdvancedSection(QObject *parent)
    : QObject(parent)
    , m_toggle(new QToolButton)
    , m_oauthServer(new QLineEdit)
    , m_timeout(new QSpinBox)
{
    m_toggle->setObjectName(QStringLiteral("advanced"));
    m_toggle->setText(tr("Ad&vanced"));
    // Not checkable: a checked tool button draws sunken, which reads as a pressed button, not a disclosure.
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleDescription(tr("Shows or hides the advanced settings"));
    connect(m_toggle, &QToolButton::clicked, this, [this] { setShown(!m_shown); });
    m_oauthServer->setObjectName(QStringLiteral("oauthServer"));
    m_oauthServer->setPlaceholderText(tr("Empty: the portal itself; e.g. https://oauth.onlyoffice.com"));
    connect(m_oauthServer, &QLineEdit::textChanged, this, &AdvancedSection::changed);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(PortalProfile::defaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number, not a line of text
    m_timeout->setToolTip(tr("How long PortalKeys waits for the portal to answer one request"));
    connect(m_timeout, &QSpinBox::valueChanged, this, &AdvancedSection::changed);
    createPinnedRow();
}

void AdvancedSection::createPinnedRow()
{
    m_pinned = new QLabel;
    m_pinned->setObjectName(QStringLiteral("pinnedCertificate"));
    m_pinned->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *forget = new QPushButton(tr("&Forget"));
    forget->setObjectName(QStringLiteral("forgetCertificate"));
    forget->setAutoDefault(false);
    forget->setToolTip(
        tr("Stop trusting this certificate; a certificate that browsers trust is still accepted"));
    connect(forget, &QPushButton::clicked, this, [this] {
        m_pinnedSha256.clear();
        updatePinnedRow();
        emit rowsChanged();
        m_timeout->setFocus();
    });
    m_pinnedBox = new QWidget;
    auto *layout = new QHBoxLayout(m_pinnedBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pinned, 1);
    layout->addWidget(forget);
    updatePinnedRow();
}

void AdvancedSection::addRows(QFormLayout *form)
{
    form->addRow(m_toggle);
    form->addRow(tr("OAuth se&rver:"), m_oauthServer);
    form->addRow(tr("Ti&meout:"), m_timeout);
    form->addRow(tr("Trusted certificate:"), m_pinnedBox);
}

void AdvancedSection::updateRows(QFormLayout *form, bool oauth)
{
    form->setRowVisible(m_oauthServer, m_shown && oauth);
    form->setRowVisible(m_timeout, m_shown);
    form->setRowVisible(m_pinnedBox, m_shown && !m_pinnedSha256.isEmpty());
}

void AdvancedSection::setShown(bool shown)
{
    m_shown = shown;
    m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    emit rowsChanged();
}

void AdvancedSection::load(const PortalProfile &profile)
{
    m_oauthServer->setText(profile.oauthServer.toString());
    m_timeout->setValue(profile.timeoutSeconds);
    m_pinnedSha256 = profile.pinnedSha256;
    updatePinnedRow();
    setShown(!profile.oauthServer.isEmpty() || !profile.pinnedSha256.isEmpty() ||
             profile.timeoutSeconds != PortalProfile::defaultTimeoutSeconds);
}

void AdvancedSection::apply(PortalProfile &profile) const
{
    profile.oauthServer.clear();
    const QString server = m_oauthServer->text().trimmed();
    if (profile.kind == CredentialKind::OAuth2 && !server.isEmpty()) {
        const Portal::PortalUrl::Result serverUrl = Portal::PortalUrl::normalize(server);
        // An unusable address is kept as typed so that PortalProfile::problem() names what is wrong.
        profile.oauthServer = serverUrl.ok() ? serverUrl.url : QUrl(server);
    }
    profile.pinnedSha256 = m_pinnedSha256;
    profile.timeoutSeconds = m_timeout->value();
}

void AdvancedSection::trustCertificate(const QString &sha256)
{
    m_pinnedSha256 = sha256;
    updatePinnedRow();
    emit rowsChanged();
}

void AdvancedSection::updatePinnedRow()
{
    const QString fingerprint = Portal::CertificateInfo::formatFingerprint(m_pinnedSha256);
    m_pinned->setText(fingerprint.left(23) + QStringLiteral("…"));
    m_pinned->setToolTip(tr("SHA-256 fingerprint: %1").arg(fingerprint));
}

} // namespace PortalKeys::Ui
