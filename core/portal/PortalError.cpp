#include "portal/PortalError.h"

namespace PortalKeys::Portal {

PortalError::PortalError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{}

bool PortalError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Network:
        return true;
    case Kind::ServerError:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    case Kind::RateLimited:
        return m_retryAfterSeconds >= 0;
    default:
        return false;
    }
}

PortalError PortalError::cancelled()
{
    return {Kind::Cancelled, tr("Cancelled.")};
}

PortalError PortalError::keychain(const QString &message)
{
    return {Kind::Keychain, message};
}

} // namespace PortalKeys::Portal
