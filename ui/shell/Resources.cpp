#include "shell/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPortalKeysResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace PortalKeys::Ui {

void ensureResourcesLoaded()
{
    static const bool loaded = [] {
        initPortalKeysResources();
        return true;
    }();
    Q_UNUSED(loaded);
}

} // namespace PortalKeys::Ui
