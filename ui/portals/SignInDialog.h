#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace PortalKeys::Ui {

class SecretEdit;

// Asks for the e-mail and password to get a new login token for a portal (when the old one expired or was
// revoked). The password is used for that one sign-in and never stored.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    SignInDialog(const QString &portalName, const QString &email, QWidget *parent = nullptr);

    QString email() const;
    QByteArray password() const;

private:
    void updateOk();

    QLineEdit *m_email;
    SecretEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalKeys::Ui
