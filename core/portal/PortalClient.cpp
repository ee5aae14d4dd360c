#include "portal/PortalClient.h"

#include "portal/PortalCall.h"

#include <QNetworkAccessManager>

namespace PortalKeys::Portal {

PortalClient::PortalClient(const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    // Credentials go in the Authorization header of each request, never in a cookie jar or a cache that could
    // carry them elsewhere.
    m_network->setCookieJar(nullptr);
    m_network->setCache(nullptr);
    m_network->setStrictTransportSecurityEnabled(true);
}

PortalClient::~PortalClient()
{
    // Calls in flight hold replies of the network manager, which as the older child would go first.
    const QList<PortalCall *> calls = findChildren<PortalCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void PortalClient::setAuthorization(const QByteArray &headerValue)
{
    m_authorization = headerValue;
}

PortalCall *PortalClient::send(const PortalRequest &request, Handler handler)
{
    return new PortalCall(this, request, std::move(handler));
}

} // namespace PortalKeys::Portal
