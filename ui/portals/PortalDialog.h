#pragma once

#include "portal/PortalError.h"
#include "portal/PortalProfile.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class BusyBar;
class PasswordSignIn;
class SecretEdit;
class VerdictBanner;

// Adds a portal profile or edits one: name, address, credential kind and the fields that kind needs. OK is
// enabled only when core accepts the profile and the needed secrets are typed. On OK the dialog signs in
// first when a login token is to be fetched, then writes the secrets to the keychain, and closes only once
// they are stored; on failure it says why and keeps everything typed. The caller saves profile() to the
// profile list.
class PortalDialog : public QDialog {
    Q_OBJECT

public:
    // Adds a new portal; `existing` is checked for a clash of names.
    PortalDialog(SecretStore *secrets, const QList<Portal::PortalProfile> &existing,
                 QWidget *parent = nullptr);
    // Edits `profile`; its secrets stay unchanged unless new ones are typed.
    PortalDialog(SecretStore *secrets, const QList<Portal::PortalProfile> &existing,
                 const Portal::PortalProfile &profile, QWidget *parent = nullptr);
    ~PortalDialog() override;

    bool isEditing() const { return m_editing; }
    // The profile as entered (after accept: as to be saved; its secrets are in the keychain by then).
    Portal::PortalProfile profile() const;
    bool isBusy() const;

public slots:
    void accept() override;
    // While signing in, stops the sign-in and keeps the dialog open; while the keychain is written, waits.
    void reject() override;

private:
    enum class TokenSource { SignIn, Paste };

    void createWidgets();
    void loadProfile(const Portal::PortalProfile &profile);
    Portal::CredentialKind currentKind() const;
    void setAdvancedShown(bool shown);
    TokenSource tokenSource() const;
    void updateRows();
    void fitHeight();
    // Shows what is missing or wrong and enables OK accordingly; returns the first problem (empty: valid).
    QString validate();
    QString missingSecret(const Portal::PortalProfile &profile) const;
    QList<QPair<Portal::SecretSlot, QByteArray>> typedSecrets() const;
    void signIn();
    void storeSecrets(const QList<QPair<Portal::SecretSlot, QByteArray>> &secrets);
    void removeUnusedSecrets();
    void finish();
    void fail(const Portal::PortalError &error);
    void setBusy(const QString &text, bool cancellable);
    void clearBusy();
    void showError(const QString &headline, const QString &details = {});
    void updatePinnedRow();

    SecretStore *m_secrets;
    QList<Portal::PortalProfile> m_existing;
    Portal::PortalProfile m_original; // edit mode: as it was; add mode: the new id
    Portal::PortalProfile m_result;
    bool m_editing = false;
    QString m_pinnedSha256;

    QFormLayout *m_form = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlFeedback = nullptr;
    QComboBox *m_kind = nullptr;
    SecretEdit *m_apiKey = nullptr;
    QLabel *m_apiKeyHelp = nullptr;
    QWidget *m_tokenSourceBox = nullptr;
    QButtonGroup *m_tokenSource = nullptr;
    QRadioButton *m_tokenSignIn = nullptr;
    QRadioButton *m_tokenPaste = nullptr;
    QLineEdit *m_email = nullptr;
    SecretEdit *m_password = nullptr;
    SecretEdit *m_token = nullptr;
    QLabel *m_tokenHelp = nullptr;
    QLineEdit *m_clientId = nullptr;
    SecretEdit *m_clientSecret = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLabel *m_oauthHelp = nullptr;
    QToolButton *m_advanced = nullptr;
    QLineEdit *m_oauthServer = nullptr;
    QSpinBox *m_timeout = nullptr;
    QWidget *m_pinnedBox = nullptr;
    QLabel *m_pinned = nullptr;
    QLabel *m_hint = nullptr;
    VerdictBanner *m_error = nullptr;
    BusyBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;

    QPointer<QObject> m_operation; // owns the client and sign-in of the running step
    QPointer<PasswordSignIn> m_signIn;
    bool m_storing = false;
    bool m_advancedShown = false;
    bool m_fitPending = false;
};

} // namespace PortalKeys::Ui
