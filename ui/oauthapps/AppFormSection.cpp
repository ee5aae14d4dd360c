#include "oauthapps/AppFormSection.h"

#include "widgets/FieldMessage.h"

#include "oauth/OAuthAppValidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace PortalKeys::Ui {

AppFormSection::AppFormSection(const QString &title, const QString &objectName, QWidget *parent)
    : QGroupBox(title, parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(objectName);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field too wide for its row on a narrow window (a small screen) goes under its label.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

FieldMessage *AppFormSection::addMessage(const QString &field, const QString &objectName, bool fullWidth)
{
    auto *message = new FieldMessage;
    message->setObjectName(objectName);
    m_messages.insert(field, message);
    if (fullWidth)
        m_form->addRow(message);
    else
        m_form->addRow(static_cast<QWidget *>(nullptr), message);
    return message;
}

QLineEdit *AppFormSection::urlEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    edit->setMaxLength(OAuth::OAuthAppValidator::maxInputLength + 1);
    return edit;
}

void AppFormSection::alignLabelToTop(QWidget *field, int topMargin)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // Down to the text of the field's first line (a line edit or button's frame and padding).
        label->setContentsMargins(0, topMargin, 0, 0);
    }
}

} // namespace PortalKeys::Ui
