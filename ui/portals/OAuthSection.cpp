#include "portals/OAuthSection.h"

#include "portals/PortalDialogRows.h"
#include "widgets/SecretEdit.h"

#include "oauth/ScopeModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace PortalKeys::Ui {

using Portal::PortalProfile;
using Portal::SecretSlot;

OAuthSection::OAuthSection(QObject *parent)
    : QObject(parent)
    , m_clientId(new QLineEdit)
    , m_clientSecret(new SecretEdit)
    , m_scopes(new QLineEdit)
    , m_help(PortalDialogRows::helpLabel())
{
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("From Developer Tools → OAuth 2.0 on the portal"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_scopes->setPlaceholderText(tr("e.g. files:read rooms:read — empty: the app's own scopes"));
    m_help->setText(tr("After saving, Sign in with browser lets you sign in on the portal's own page. "
                       "PortalKeys keeps only the tokens it gets, in the keychain."));
    for (QLineEdit *edit : {m_clientId, static_cast<QLineEdit *>(m_clientSecret), m_scopes})
        connect(edit, &QLineEdit::textChanged, this, &OAuthSection::changed);
}

void OAuthSection::addRows(QFormLayout *form)
{
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("&Client secret:"), m_clientSecret);
    form->addRow(tr("Sco&pes:"), m_scopes);
    form->addRow(QString(), m_help);
}

void OAuthSection::updateRows(QFormLayout *form, bool visible, bool keep)
{
    for (QWidget *row : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_clientSecret),
                         static_cast<QWidget *>(m_scopes), static_cast<QWidget *>(m_help)})
        form->setRowVisible(row, visible);
    m_clientSecret->setPlaceholderText(keep ? PortalDialogRows::keepText()
                                            : tr("Optional — public clients use PKCE only"));
}

void OAuthSection::load(const PortalProfile &profile)
{
    m_clientId->setText(profile.clientId);
    m_scopes->setText(profile.scopes.join(QLatin1Char(' ')));
}

void OAuthSection::apply(PortalProfile &profile) const
{
    profile.clientId = m_clientId->text().trimmed();
    profile.scopes = OAuth::ScopeModel::split(m_scopes->text());
}

QList<QPair<SecretSlot, QByteArray>> OAuthSection::typedSecrets() const
{
    if (m_clientSecret->text().isEmpty())
        return {};
    return {{SecretSlot::ClientSecret, m_clientSecret->secret()}};
}

} // namespace PortalKeys::Ui
