#include "portals/SignInDialog.h"

#include "widgets/SecretEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

SignInDialog::SignInDialog(const QString &portalName, const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_email(new QLineEdit(email))
    , m_password(new SecretEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Sign in to “%1”").arg(portalName));
    auto *explanation = new QLabel(tr("PortalKeys signs in once and keeps only the new login token in the "
                                      "keychain, not your password."));
    explanation->setWordWrap(true);

    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateOk);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    (email.isEmpty() ? static_cast<QWidget *>(m_email) : m_password)->setFocus();
    updateOk();
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

QByteArray SignInDialog::password() const
{
    return m_password->secret();
}

void SignInDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(email().contains(QLatin1Char('@')) && !m_password->text().isEmpty());
}

} // namespace PortalKeys::Ui
