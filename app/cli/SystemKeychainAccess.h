#pragma once

#include "KeychainAccess.h"

namespace PortalKeys::Cli {

// The OS keychain through QtKeychain (KeychainSecretStore), with the journal's upkeep around each command.
class SystemKeychainAccess final : public KeychainAccess {
public:
    std::shared_ptr<SecretStore> open() const override;
    void repair(const std::function<void()> &then) const override;
    void settle() const override;
};

} // namespace PortalKeys::Cli
