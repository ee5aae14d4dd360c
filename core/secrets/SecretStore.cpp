#include "secrets/SecretStore.h"

namespace PortalKeys {

SecretStore::~SecretStore() = default;

} // namespace PortalKeys
