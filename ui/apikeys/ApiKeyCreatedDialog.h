#pragma once

#include "widgets/SecretDialog.h"

#include "apikeys/ApiKey.h"
#include "portal/PortalProfile.h"

class QLineEdit;
class QPushButton;

namespace PortalKeys::Ui {

class FieldMessage;

// The new API key, shown once: the portal never shows it again. Copy and the keychain as in every
// SecretDialog, and "Add as a portal": a new portal profile that signs in with the key. Closing without
// keeping it asks first.
class ApiKeyCreatedDialog : public SecretDialog {
    Q_OBJECT

public:
    // `portal` is where the key was made (its address and certificate pin go to a new profile);
    // `profilesPath` empty: the default portal list.
    ApiKeyCreatedDialog(const ApiKeys::ApiKey &key, const QByteArray &secret,
                        const Portal::PortalProfile &portal, SecretStore *secrets, SecureClipboard *clipboard,
                        const QString &profilesPath = {}, QWidget *parent = nullptr);

    // Copied, stored in the keychain or added as a portal.
    bool isKept() const { return isSecretKept() || !m_addedPortal.isEmpty(); }
    QString addedPortalId() const { return m_addedPortal; }

public slots:
    void addAsPortal();
    void reject() override;

signals:
    void portalAdded(const QString &profileId);

protected:
    void showEvent(QShowEvent *event) override;
    void updateButtons() override;

private:
    QWidget *createPortalBox();

    ApiKeys::ApiKey m_key;
    Portal::PortalProfile m_portal;
    SecretStore *m_secrets;
    QString m_profilesPath;
    QString m_addedPortal;

    QLineEdit *m_portalName = nullptr;
    QPushButton *m_add = nullptr;
    FieldMessage *m_portalMessage = nullptr;
};

} // namespace PortalKeys::Ui
