#include "IconModule.h"

#include "IconScaler.h"

#include <type_traits>

using namespace PortalKeys::Imaging;

// C linkage: portalkeys-cli finds the entry point by this plain name (IconModule::prepareSymbol).
extern "C" Q_DECL_EXPORT void portalkeys_icon_prepare_v1(const QByteArray &bytes, bool scale,
                                                         IconModule::Prepared &result)
{
    const IconScaler::Result prepared = IconScaler::prepare(bytes, scale);
    result.error = prepared.error;
    result.needsScaling = prepared.needsScaling;
    if (prepared.ok())
        result.dataUri = prepared.icon.dataUri();
}

static_assert(std::is_same_v<decltype(&portalkeys_icon_prepare_v1), IconModule::PrepareFunction>,
              "the entry point must have the type the CLI calls it with");
