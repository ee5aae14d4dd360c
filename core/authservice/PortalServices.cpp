#include "authservice/PortalServices.h"

#include "authservice/AuthServiceApi.h"
#include "catalog/ServiceCatalog.h"
#include "portal/PortalClient.h"

#include <QPointer>

namespace PortalKeys::AuthService {

using Catalog::Product;
using Catalog::ServiceCatalog;
using Portal::PortalError;

QList<ServiceView> PortalServices::merge(const QList<Service> &portalServices) const
{
    return ServiceView::merge(portalServices, ServiceCatalog::builtIn(), Product::DocSpace, version);
}

void PortalServices::load(Portal::PortalClient *client, Done done)
{
    const QPointer<Portal::PortalClient> guard(client);
    Portal::PortalInfo::fetch(client, [guard, done](const PortalError &infoError,
                                                    const Portal::PortalInfo &portalInfo) {
        if (infoError.kind() == PortalError::Kind::Cancelled || !guard) {
            done(PortalError::cancelled(), {});
            return;
        }
        PortalServices result;
        if (!infoError.isError()) {
            result.info = portalInfo;
            result.version = ServiceCatalog::parsePortalVersion(portalInfo.version);
            result.versionNotice = ServiceCatalog::builtIn().versionNotice(Product::DocSpace, result.version);
        }
        AuthServiceApi::list(
            guard, [result, done](const PortalError &listError, const QList<Service> &services) mutable {
                if (listError.isError()) {
                    done(listError, {});
                    return;
                }
                result.views = result.merge(services);
                done({}, result);
            });
    });
}

} // namespace PortalKeys::AuthService
