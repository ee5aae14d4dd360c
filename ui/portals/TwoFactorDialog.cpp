#include "portals/TwoFactorDialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

TwoFactorDialog::TwoFactorDialog(const QString &email, const QString &portalName, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Two-factor authentication"));
    auto *explanation = new QLabel(tr("The portal “%1” asks for a second factor. Enter the code that your "
                                      "authenticator app shows for %2.")
                                       .arg(portalName, email));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_code->setObjectName(QStringLiteral("twoFactorCode"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    // Authenticator codes are digits; backup codes are letters and digits. People paste them with spaces.
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z ]{0,20}")), m_code));
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.3);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(codeFont);
    connect(m_code, &QLineEdit::textChanged, this, &TwoFactorDialog::updateOk);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
    updateOk();
}

QString TwoFactorDialog::code() const
{
    return m_code->text().remove(QLatin1Char(' '));
}

void TwoFactorDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(code().size() >= 4);
}

} // namespace PortalKeys::Ui
