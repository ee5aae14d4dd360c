#pragma once

#include <QString>

namespace PortalKeys::Ui {

// Which named keychain secret holds an OAuth app's client secret, remembered per client ID so that "Try it"
// finds the secret that was stored when the app was registered. Only the name is remembered (in the
// settings); the secret itself stays in the keychain.
class AppSecretNames {
public:
    // The remembered name, or "oauth-app/<client id>" when none is.
    static QString nameFor(const QString &clientId);
    static void remember(const QString &clientId, const QString &name);
    static void forget(const QString &clientId);
};

} // namespace PortalKeys::Ui
