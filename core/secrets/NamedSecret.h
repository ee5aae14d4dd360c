#pragma once

#include <QCoreApplication>
#include <QString>

namespace PortalKeys {

// Secrets the user names and keeps in the keychain for later use, such as a Document Server JWT
// secret. Portal credentials use their own keys, derived from the profile.
class NamedSecret {
    Q_DECLARE_TR_FUNCTIONS(NamedSecret)

public:
    static constexpr int maxNameLength = 100;

    // The keychain key that holds the secret called `name`.
    static QString keychainKey(const QString &name);
    // Why `name` cannot name a secret, or an empty string when it can.
    static QString nameProblem(const QString &name);
};

} // namespace PortalKeys
