#pragma once

namespace PortalKeys {

// Keeps secrets held in memory out of core dumps and away from same-user debuggers, as password
// managers do. Call once at the very start of main().
void hardenProcess();

} // namespace PortalKeys
