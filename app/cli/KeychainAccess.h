#pragma once

#include <functional>
#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// The OS keychain as the commands reach it, where there is one: FullCli installs it (SystemKeychainAccess);
// the offline portalkeys-cli does not, so that it loads neither QtKeychain nor D-Bus and never reads the
// keychain journal: it hands every command that may use the keychain over to FullCli (OfflineLauncher).
class KeychainAccess {
public:
    virtual ~KeychainAccess();

    // A store for one command's reads and writes.
    virtual std::shared_ptr<SecretStore> open() const = 0;
    // Before a command: removes what an interrupted save left in the keychain, then calls `then`.
    virtual void repair(const std::function<void()> &then) const = 0;
    // After a command: lets go of this process's own journal records (KeychainRepair::settleOwnRecords).
    virtual void settle() const = 0;

    // nullptr in a binary without keychain.
    static const KeychainAccess *instance();
    static void install(std::unique_ptr<KeychainAccess> access);
};

} // namespace PortalKeys::Cli
