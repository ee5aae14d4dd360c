#pragma once

namespace PortalKeys::Ui {

// Registers the icons compiled into the ui library. A static library's resources are not
// registered by themselves, so every entry point of the ui calls this; repeated calls do nothing.
void ensureResourcesLoaded();

} // namespace PortalKeys::Ui
