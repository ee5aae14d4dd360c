#include "oauthapps/AuthenticationSection.h"

#include "widgets/FieldMessage.h"

#include "oauth/AppField.h"

#include <QCheckBox>
#include <QFormLayout>

namespace PortalKeys::Ui {

using F = OAuth::AppField;

AuthenticationSection::AuthenticationSection(QWidget *parent)
    : AppFormSection(tr("Authentication method"), QStringLiteral("authenticationMethod"), parent)
    , m_allowPkce(new QCheckBox(tr("Allow public client (P&KCE)")))
{
    m_allowPkce->setObjectName(QStringLiteral("allowPkce"));
    // Made with their parent: a message shown without one would be a window of its own for a moment.
    auto *pkceHelp = new FieldMessage(this);
    pkceHelp->setObjectName(QStringLiteral("allowPkceHelp"));
    pkceHelp->showMessage(
        FieldMessage::Kind::Note,
        tr("Apps that cannot keep a secret — in a browser or on a phone — sign in with PKCE "
           "instead of the client secret."));
    // Older drafts and documentation offer an "is_public" choice; the server sets it to true whatever is
    // sent.
    auto *publicNote = new FieldMessage(this);
    publicNote->setObjectName(QStringLiteral("isPublicNote"));
    publicNote->showMessage(FieldMessage::Kind::Note,
                            tr("There is no “is_public” choice to make: the portal sets it to true for every "
                               "app."));
    form()->addRow(m_allowPkce);
    form()->addRow(pkceHelp);
    form()->addRow(publicNote);
    addMessage(F::allowPkce, QStringLiteral("allowPkce-message"), true);
    connect(m_allowPkce, &QCheckBox::toggled, this, [this] { emit edited(F::allowPkce); });
}

void AuthenticationSection::load(const OAuth::OAuthApp &app)
{
    m_allowPkce->setChecked(app.allowPkce);
}

void AuthenticationSection::apply(OAuth::OAuthApp &app) const
{
    app.allowPkce = m_allowPkce->isChecked();
}

void AuthenticationSection::setRegistered(bool, const QHash<QString, QString> &)
{
    // An update may change allow_pkce: nothing here becomes read-only.
}

QWidget *AuthenticationSection::widgetFor(const QString &field) const
{
    return field == F::allowPkce ? m_allowPkce : nullptr;
}

QList<QWidget *> AuthenticationSection::focusOrder() const
{
    return {m_allowPkce};
}

} // namespace PortalKeys::Ui
