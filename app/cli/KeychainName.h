#pragma once

#include "Command.h"

#include "secrets/SecretError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// A named secret in the keychain (--store-secret NAME) for a secret the portal makes: an OAuth app's client
// secret, a new API key. The name and the keychain are checked before the portal is asked to make anything,
// so that a secret is never made that could then not be kept.
class KeychainName {
    Q_DECLARE_TR_FUNCTIONS(KeychainName)

public:
    // `replacing`: a secret is stored under that name already.
    using Ready = std::function<void(bool replacing)>;

    // Checks `name` and that the keychain answers; on failure prints why and finishes (2 for a bad name, 5
    // without a keychain), else calls `ready`. Nothing is changed.
    static void prepare(SecretStore *keychain, const QString &name, QObject *context,
                        const Command::Finish &finish, Ready ready);
    // Stores `secret` as the named secret `name`.
    static void store(SecretStore *keychain, const QString &name, const QByteArray &secret, QObject *context,
                      std::function<void(const SecretError &error)> done);
};

} // namespace PortalKeys::Cli
