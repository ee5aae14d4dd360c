#pragma once

#include "apikeys/ApiKey.h"
#include "portal/PortalProfile.h"

#include <QByteArray>
#include <QDialog>

class QLineEdit;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class FieldMessage;
class SecretEdit;
class SecureClipboard;

// The new API key, shown once: the portal never shows it again. It is masked unless the eye button shows
// it, and can be copied (cleared from the clipboard after a while), stored in the keychain under a name, or
// made the credential of a new portal profile ("Add as a portal"). It lives in this dialog's memory only;
// closing without keeping it asks first.
class ApiKeyCreatedDialog : public QDialog {
    Q_OBJECT

public:
    // `portal` is where the key was made (its address and certificate pin go to a new profile);
    // `profilesPath` empty: the default portal list.
    ApiKeyCreatedDialog(const ApiKeys::ApiKey &key, const QByteArray &secret,
                        const Portal::PortalProfile &portal, SecretStore *secrets, SecureClipboard *clipboard,
                        const QString &profilesPath = {}, QWidget *parent = nullptr);
    ~ApiKeyCreatedDialog() override;

    // Copied, stored in the keychain or added as a portal.
    bool isKept() const { return m_copied || !m_storedName.isEmpty() || !m_addedPortal.isEmpty(); }
    QString storedName() const { return m_storedName; }
    QString addedPortalId() const { return m_addedPortal; }

public slots:
    void storeInKeychain();
    void addAsPortal();
    void reject() override;

signals:
    void portalAdded(const QString &profileId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createKeychainBox();
    QWidget *createPortalBox();
    void updateButtons();
    void closeAnyway();

    ApiKeys::ApiKey m_key;
    QByteArray m_secret;
    Portal::PortalProfile m_portal;
    SecretStore *m_secrets;
    SecureClipboard *m_clipboard;
    QString m_profilesPath;
    QString m_storedName;
    QString m_addedPortal;
    bool m_copied = false;
    bool m_busy = false;

    SecretEdit *m_keyEdit = nullptr;
    QLineEdit *m_secretName = nullptr;
    QPushButton *m_store = nullptr;
    FieldMessage *m_storeMessage = nullptr;
    QLineEdit *m_portalName = nullptr;
    QPushButton *m_add = nullptr;
    FieldMessage *m_portalMessage = nullptr;
};

} // namespace PortalKeys::Ui
