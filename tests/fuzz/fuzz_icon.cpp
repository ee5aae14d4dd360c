// Icons for OAuth apps: files the admin picks (any size; PNG, JPEG or SVG by their bytes), the data URI a
// portal or draft holds, and the decoding and scaling to 32×32 with Qt's image readers.
#include "FuzzSupport.h"

#include "IconScaler.h"
#include "oauth/AppIcon.h"

using namespace PortalKeys;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Selected input = Fuzz::select(data, size);
    switch (input.selector % 4) {
    case 0:
        OAuth::AppIcon::fromSourceBytes(input.rest);
        break;
    case 1:
        OAuth::AppIcon::fromBytes(input.rest);
        break;
    case 2:
        OAuth::AppIcon::fromDataUri(QString::fromUtf8(input.rest));
        break;
    default:
        Imaging::IconScaler::prepare(input.rest, true);
        break;
    }
    return 0;
}
