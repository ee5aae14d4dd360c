#pragma once

#include "widgets/SecretDialog.h"

namespace PortalKeys::Ui {

// Shows an OAuth app's client ID and client secret: right after the portal made the secret (registration,
// regeneration) or when the admin asked for it (Show secret; the portal gives it to its admins and the app's
// creator at any time). Copy and the keychain as in every SecretDialog; the name it is stored under is
// remembered for "Try it" (AppSecretNames). Closing loses nothing, so it asks nothing.
class ClientSecretDialog : public SecretDialog {
    Q_OBJECT

public:
    enum class Occasion { Registered, Regenerated, Shown };

    ClientSecretDialog(Occasion occasion, const QString &appName, const QString &clientId,
                       const QByteArray &secret, SecretStore *secrets, SecureClipboard *clipboard,
                       QWidget *parent = nullptr);

private:
    void addClientIdRow(const QString &clientId, SecureClipboard *clipboard);
};

} // namespace PortalKeys::Ui
