#include "oauthapps/ScopesSection.h"

#include "oauthapps/ScopeMatrix.h"

#include "oauth/AppField.h"

#include <QFormLayout>

namespace PortalKeys::Ui {

using F = OAuth::AppField;

ScopesSection::ScopesSection(QWidget *parent)
    : AppFormSection(tr("Access scopes"), QStringLiteral("accessScopes"), parent)
    , m_scopes(new ScopeMatrix)
{
    form()->addRow(m_scopes);
    addMessage(F::scopes, QStringLiteral("scopes-message"), true);
    connect(m_scopes, &ScopeMatrix::changed, this, [this] {
        m_dropped.clear();
        emit edited(F::scopes);
    });
    connect(m_scopes, &ScopeMatrix::rebuilt, this, &ScopesSection::focusOrderChanged);
}

void ScopesSection::setModel(const OAuth::ScopeModel &model)
{
    m_scopes->setModel(model);
}

const OAuth::ScopeModel &ScopesSection::model() const
{
    return m_scopes->model();
}

void ScopesSection::load(const OAuth::OAuthApp &app)
{
    m_dropped = m_scopes->setScopes(app.scopes);
}

void ScopesSection::apply(OAuth::OAuthApp &app) const
{
    if (!m_registered)
        app.scopes = m_scopes->scopes();
}

void ScopesSection::setRegistered(bool registered, const QHash<QString, QString> &reasons)
{
    m_registered = registered;
    m_scopes->setReadOnly(registered);
    m_scopes->setToolTip(registered ? reasons.value(F::scopes) : QString());
}

QWidget *ScopesSection::widgetFor(const QString &field) const
{
    return field == F::scopes ? m_scopes->findChild<QWidget *>() : nullptr;
}

QList<QWidget *> ScopesSection::focusOrder() const
{
    return m_scopes->focusOrder();
}

} // namespace PortalKeys::Ui
