#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class FieldMessage;
class SecretEdit;
class SecureClipboard;

// Shows an OAuth app's client ID and client secret: right after the portal made the secret (registration,
// regeneration) or when the admin asked for it (Show secret; the portal gives it to its admins and the app's
// creator at any time). The secret is masked unless the eye button shows it; it can be copied (cleared from
// the clipboard after a while) or stored in the keychain under a name. It lives in this dialog's memory only
// and is dropped when the dialog closes.
class ClientSecretDialog : public QDialog {
    Q_OBJECT

public:
    enum class Occasion { Registered, Regenerated, Shown };

    ClientSecretDialog(Occasion occasion, const QString &appName, const QString &clientId,
                       const QByteArray &secret, SecretStore *secrets, SecureClipboard *clipboard,
                       QWidget *parent = nullptr);
    ~ClientSecretDialog() override;

    // Copied or stored in the keychain.
    bool isSecretKept() const { return m_copied || !m_storedName.isEmpty(); }
    QString storedName() const { return m_storedName; }

public slots:
    void storeInKeychain();
    void reject() override;

signals:
    void stored(const QString &name);

private:
    // The client ID and secret, each with a Copy button.
    QLayout *createValues();
    // "Keep it in the keychain": the name to store the secret as, and Store.
    QWidget *createKeychainBox();
    void updateStoreButton();
    void showStoreHelp();

    SecretStore *m_secrets;
    SecureClipboard *m_clipboard;
    QString m_clientId;
    QByteArray m_secret;
    QString m_storedName;
    bool m_copied = false;
    bool m_storing = false;

    SecretEdit *m_secretEdit;
    QPushButton *m_copySecret = nullptr;
    QLineEdit *m_name;
    QPushButton *m_store;
    FieldMessage *m_storeMessage;
};

} // namespace PortalKeys::Ui
