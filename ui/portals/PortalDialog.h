#pragma once

#include "portal/PortalError.h"
#include "portal/PortalProfile.h"
#include "portal/PortalUrl.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class AccountSection;
class AdvancedSection;
class ApiKeySection;
class BusyBar;
class OAuthSection;
class PasswordSignIn;
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
    void createWidgets();
    void createFields();
    void connectFields();
    void loadProfile(const Portal::PortalProfile &profile);
    Portal::CredentialKind currentKind() const;
    void updateRows();
    void fitHeight();
    // Shows what is missing or wrong and enables OK accordingly; returns the first problem (empty: valid).
    QString validate();
    void showUrlFeedback(const QString &typedUrl, const Portal::PortalUrl::Result &url);
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

    SecretStore *m_secrets;
    QList<Portal::PortalProfile> m_existing;
    Portal::PortalProfile m_original; // edit mode: as it was; add mode: the new id
    Portal::PortalProfile m_result;
    bool m_editing = false;

    QFormLayout *m_form = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlFeedback = nullptr;
    QComboBox *m_kind = nullptr;
    ApiKeySection *m_apiKey = nullptr;
    AccountSection *m_account = nullptr;
    OAuthSection *m_oauth = nullptr;
    AdvancedSection *m_advanced = nullptr;
    QLabel *m_hint = nullptr;
    VerdictBanner *m_error = nullptr;
    BusyBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;

    QPointer<QObject> m_operation; // owns the client and sign-in of the running step
    QPointer<PasswordSignIn> m_signIn;
    bool m_storing = false;
    bool m_fitPending = false;
};

} // namespace PortalKeys::Ui
