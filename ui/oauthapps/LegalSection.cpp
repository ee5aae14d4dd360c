#include "oauthapps/LegalSection.h"

#include "oauth/AppField.h"

#include <QFormLayout>
#include <QLineEdit>

namespace PortalKeys::Ui {

using F = OAuth::AppField;

LegalSection::LegalSection(QWidget *parent)
    : AppFormSection(tr("Support and legal info"), QStringLiteral("supportAndLegal"), parent)
    , m_policy(urlEdit(QStringLiteral("policyUrl"), QStringLiteral("https://app.example.com/privacy")))
    , m_terms(urlEdit(QStringLiteral("termsUrl"), QStringLiteral("https://app.example.com/terms")))
{
    form()->addRow(tr("Privac&y policy URL:"), m_policy);
    addMessage(F::policyUrl, QStringLiteral("policyUrl-message"));
    form()->addRow(tr("Terms o&f service URL:"), m_terms);
    addMessage(F::termsUrl, QStringLiteral("termsUrl-message"));
    connect(m_policy, &QLineEdit::textChanged, this, [this] { emit edited(F::policyUrl); });
    connect(m_terms, &QLineEdit::textChanged, this, [this] { emit edited(F::termsUrl); });
}

void LegalSection::load(const OAuth::OAuthApp &app)
{
    m_policy->setText(app.policyUrl);
    m_terms->setText(app.termsUrl);
}

void LegalSection::apply(OAuth::OAuthApp &app) const
{
    app.policyUrl = m_policy->text().trimmed();
    app.termsUrl = m_terms->text().trimmed();
}

void LegalSection::setRegistered(bool registered, const QHash<QString, QString> &reasons)
{
    m_policy->setEnabled(!registered);
    m_terms->setEnabled(!registered);
    m_policy->setToolTip(registered ? reasons.value(F::policyUrl) : QString());
    m_terms->setToolTip(registered ? reasons.value(F::termsUrl) : QString());
}

QWidget *LegalSection::widgetFor(const QString &field) const
{
    if (field == F::policyUrl)
        return m_policy;
    if (field == F::termsUrl)
        return m_terms;
    return nullptr;
}

QList<QWidget *> LegalSection::focusOrder() const
{
    return {m_policy, m_terms};
}

} // namespace PortalKeys::Ui
