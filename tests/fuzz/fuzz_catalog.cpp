// The service catalog (a catalog file an admin points PortalKeys at), the portal version strings that pick
// its key sets, and key values typed or pasted into the editor, checked against every service's rules.
#include "FuzzSupport.h"

#include "catalog/KeyValidator.h"
#include "catalog/ServiceCatalog.h"

using namespace PortalKeys;
using Catalog::Product;
using Catalog::ServiceCatalog;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Selected input = Fuzz::select(data, size);
    const Product product = input.selector & 1 ? Product::Workspace : Product::DocSpace;
    switch (input.selector / 2 % 3) {
    case 0: {
        const ServiceCatalog catalog = ServiceCatalog::fromJson(input.rest, QStringLiteral("fuzz.json"));
        if (catalog.isValid()) {
            for (const auto &service :
                 catalog.services(product, ServiceCatalog::parsePortalVersion(QStringLiteral("3.0"))))
                service.keysFor(QVersionNumber(2, 6));
        }
        break;
    }
    case 1: {
        const QVersionNumber version = ServiceCatalog::parsePortalVersion(QString::fromUtf8(input.rest));
        const ServiceCatalog &catalog = ServiceCatalog::builtIn();
        catalog.versionNotice(product, version);
        catalog.services(product, version);
        break;
    }
    default: {
        const QString value = QString::fromUtf8(input.rest);
        for (const auto &service : ServiceCatalog::builtIn().services(product)) {
            for (const auto &key : service.keys)
                Catalog::KeyValidator::validate(key, value, product);
        }
        break;
    }
    }
    return 0;
}
