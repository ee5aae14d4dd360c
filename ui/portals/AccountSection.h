#pragma once

#include "portal/PortalProfile.h"

#include <QObject>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace PortalKeys::Ui {

class SecretEdit;

// The portal dialog's rows for an account: where a login token comes from (a sign-in with e-mail and
// password, or pasted), the e-mail, the password and the token. A password portal uses the e-mail and
// password rows only. Adds them to the dialog's form, so that its labels share the form's label column.
class AccountSection : public QObject {
    Q_OBJECT

public:
    enum class TokenSource { SignIn, Paste };

    explicit AccountSection(QObject *parent = nullptr);

    void addRows(QFormLayout *form);
    // Shows the rows `kind` needs; `keep`: editing a portal of that kind, whose stored secrets stay unless
    // new ones are typed.
    void updateRows(QFormLayout *form, Portal::CredentialKind kind, bool keep);
    void load(const Portal::PortalProfile &profile);
    TokenSource tokenSource() const;
    // The e-mail `kind` signs in with (empty: none).
    QString user(Portal::CredentialKind kind) const;
    // What is still to be typed for `profile`; `original` as it was, `newKind` when its secrets cannot stay.
    QString problem(const Portal::PortalProfile &profile, const Portal::PortalProfile &original,
                    bool newKind) const;
    // A sign-in with the typed password is to fetch the token.
    bool signsIn(Portal::CredentialKind kind) const;
    QList<QPair<Portal::SecretSlot, QByteArray>> typedSecrets(Portal::CredentialKind kind) const;
    QByteArray password() const;
    void focusPassword();
    SecretEdit *passwordEdit() const { return m_password; }
    SecretEdit *tokenEdit() const { return m_token; }

signals:
    void changed();
    // Sign-in or paste was chosen: other rows apply.
    void sourceChanged();

private:
    void createTokenSource();

    QWidget *m_sourceBox = nullptr;
    QButtonGroup *m_source = nullptr;
    QRadioButton *m_signIn = nullptr;
    QRadioButton *m_paste = nullptr;
    QLabel *m_tokenHelp;
    QLineEdit *m_email;
    SecretEdit *m_password;
    SecretEdit *m_token;
};

} // namespace PortalKeys::Ui
