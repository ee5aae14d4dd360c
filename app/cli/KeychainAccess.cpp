#include "KeychainAccess.h"

namespace PortalKeys::Cli {

namespace {

std::unique_ptr<KeychainAccess> &installed()
{
    static std::unique_ptr<KeychainAccess> access;
    return access;
}

} // namespace

KeychainAccess::~KeychainAccess() = default;

const KeychainAccess *KeychainAccess::instance()
{
    return installed().get();
}

void KeychainAccess::install(std::unique_ptr<KeychainAccess> access)
{
    installed() = std::move(access);
}

} // namespace PortalKeys::Cli
