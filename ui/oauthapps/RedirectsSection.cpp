#include "oauthapps/RedirectsSection.h"

#include "oauthapps/UrlListEditor.h"

#include "oauth/AppField.h"
#include "oauth/OAuthAppValidator.h"

#include <QFormLayout>
#include <QLineEdit>

namespace PortalKeys::Ui {

using F = OAuth::AppField;

RedirectsSection::RedirectsSection(QWidget *parent)
    : AppFormSection(tr("Redirects and origins"), QStringLiteral("redirectsAndOrigins"), parent)
    , m_redirectUris(new UrlListEditor(
          QStringLiteral("redirectUris"), tr("Redirect URL"), tr("Add redirect URL"),
          QStringLiteral("https://app.example.com/callback"), OAuth::OAuthAppValidator::maxListEntries))
    , m_allowedOrigins(new UrlListEditor(QStringLiteral("allowedOrigins"), tr("Allowed origin"),
                                         tr("Add allowed origin"), QStringLiteral("https://app.example.com"),
                                         OAuth::OAuthAppValidator::maxListEntries))
{
    form()->addRow(tr("Redirect URLs:"), m_redirectUris);
    form()->addRow(tr("Allowed origins:"), m_allowedOrigins);
    alignLabelToTop(m_redirectUris, 4);
    alignLabelToTop(m_allowedOrigins, 4);
    connect(m_redirectUris, &UrlListEditor::changed, this, [this] { emit edited(F::redirectUris); });
    connect(m_allowedOrigins, &UrlListEditor::changed, this, [this] { emit edited(F::allowedOrigins); });
    connect(m_redirectUris, &UrlListEditor::rowsChanged, this, &RedirectsSection::focusOrderChanged);
    connect(m_allowedOrigins, &UrlListEditor::rowsChanged, this, &RedirectsSection::focusOrderChanged);
}

void RedirectsSection::load(const OAuth::OAuthApp &app)
{
    m_redirectUris->setEntries(app.redirectUris);
    m_allowedOrigins->setEntries(app.allowedOrigins);
}

void RedirectsSection::apply(OAuth::OAuthApp &app) const
{
    app.redirectUris = m_redirectUris->entries();
    app.allowedOrigins = m_allowedOrigins->entries();
}

void RedirectsSection::setRegistered(bool registered, const QHash<QString, QString> &reasons)
{
    // Allowed origins can change with an update; redirect URLs cannot.
    m_redirectUris->setReadOnly(registered);
    const QString note = registered ? reasons.value(F::redirectUris) : QString();
    m_redirectUris->setNote(note);
    m_redirectUris->setToolTip(note);
}

QWidget *RedirectsSection::widgetFor(const QString &field) const
{
    const UrlListEditor *list = listFor(field);
    return list ? list->rowEdit(0) : nullptr;
}

UrlListEditor *RedirectsSection::listFor(const QString &field) const
{
    if (field == F::redirectUris)
        return m_redirectUris;
    if (field == F::allowedOrigins)
        return m_allowedOrigins;
    return nullptr;
}

QList<QWidget *> RedirectsSection::focusOrder() const
{
    return m_redirectUris->focusOrder() + m_allowedOrigins->focusOrder();
}

} // namespace PortalKeys::Ui
