#include "oauthapps/BasicInfoSection.h"

#include "oauthapps/IconPicker.h"

#include "oauth/AppField.h"
#include "oauth/OAuthAppValidator.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace PortalKeys::Ui {

using F = OAuth::AppField;

BasicInfoSection::BasicInfoSection(QWidget *parent)
    : AppFormSection(tr("Basic info"), QStringLiteral("basicInfo"), parent)
    , m_name(new QLineEdit)
    , m_website(urlEdit(QStringLiteral("websiteUrl"), QStringLiteral("https://app.example.com")))
    , m_icon(new IconPicker)
    , m_description(new QPlainTextEdit)
{
    m_name->setObjectName(QStringLiteral("appName"));
    m_name->setPlaceholderText(tr("e.g. Sales reports"));
    m_name->setMaxLength(OAuth::OAuthAppValidator::maxInputLength + 1);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What the app does, for the people asked to allow it access"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 +
                                  2 * m_description->frameWidth() + 8);
    form()->addRow(tr("App &name:"), m_name);
    addMessage(F::name, QStringLiteral("appName-message"));
    form()->addRow(tr("W&ebsite URL:"), m_website);
    addMessage(F::websiteUrl, QStringLiteral("websiteUrl-message"));
    form()->addRow(tr("Icon:"), m_icon);
    addMessage(F::logo, QStringLiteral("logo-message"));
    form()->addRow(tr("Des&cription:"), m_description);
    addMessage(F::description, QStringLiteral("description-message"));
    alignLabelToTop(m_icon, 8);
    alignLabelToTop(m_description, 4);

    connect(m_name, &QLineEdit::textChanged, this, [this] { emit edited(F::name); });
    connect(m_website, &QLineEdit::textChanged, this, [this] { emit edited(F::websiteUrl); });
    connect(m_icon, &IconPicker::changed, this, [this] { emit edited(F::logo); });
    connect(m_icon, &IconPicker::refused, this, &BasicInfoSection::iconRefused);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { emit edited(F::description); });
}

void BasicInfoSection::setFileChooser(FileChooser chooser)
{
    m_icon->setFileChooser(std::move(chooser));
}

void BasicInfoSection::load(const OAuth::OAuthApp &app)
{
    m_name->setText(app.name);
    m_website->setText(app.websiteUrl);
    m_icon->setLogo(app.logo);
    m_description->setPlainText(app.description);
}

void BasicInfoSection::apply(OAuth::OAuthApp &app) const
{
    app.name = m_name->text().trimmed();
    app.websiteUrl = m_website->text().trimmed();
    app.logo = m_icon->logo();
    app.description = m_description->toPlainText().trimmed();
}

void BasicInfoSection::setRegistered(bool registered, const QHash<QString, QString> &reasons)
{
    m_website->setEnabled(!registered);
    m_website->setToolTip(registered ? reasons.value(F::websiteUrl) : QString());
}

QWidget *BasicInfoSection::widgetFor(const QString &field) const
{
    if (field == F::name)
        return m_name;
    if (field == F::websiteUrl)
        return m_website;
    if (field == F::logo)
        return m_icon->findChild<QWidget *>(QStringLiteral("chooseIcon"));
    if (field == F::description)
        return m_description;
    return nullptr;
}

QList<QWidget *> BasicInfoSection::focusOrder() const
{
    return QList<QWidget *>{m_name, m_website} + m_icon->focusOrder() + QList<QWidget *>{m_description};
}

} // namespace PortalKeys::Ui
