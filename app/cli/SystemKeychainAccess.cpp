#include "SystemKeychainAccess.h"

#include "Console.h"

#include "secrets/KeychainRepair.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

namespace PortalKeys::Cli {

std::shared_ptr<SecretStore> SystemKeychainAccess::open() const
{
    return std::make_shared<KeychainSecretStore>();
}

// A save killed halfway (SIGKILL, a crash) may have left secrets in the keychain without their list entry;
// the next command removes them first (KeychainRepair). When there is nothing to look at, this costs one
// small file read and no keychain connection.
void SystemKeychainAccess::repair(const std::function<void()> &then) const
{
    if (!KeychainRepair::needed())
        return then();
    auto store = std::make_shared<KeychainSecretStore>();
    KeychainRepair::run(*store, QCoreApplication::instance(),
                        [store, then](const KeychainRepair::Report &report) {
                            if (const QString summary = KeychainRepair::summary(report); !summary.isEmpty())
                                Console::warning(summary);
                            then();
                        });
}

void SystemKeychainAccess::settle() const
{
    KeychainRepair::settleOwnRecords();
}

} // namespace PortalKeys::Cli
