#include "portal/PortalError.h"

namespace PortalKeys::Portal {

PortalError::PortalError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{}

ExitCode PortalError::exitCode() const
{
    switch (m_kind) {
    case Kind::None:
        return ExitCode::Success;
    case Kind::InvalidUrl:
    case Kind::InsecureUrl:
        return ExitCode::Usage;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::TwoFactorRequired:
        return ExitCode::Authentication;
    case Kind::PaymentRequired:
    case Kind::NotFound:
    case Kind::BadRequest:
        return ExitCode::Negative;
    case Kind::Keychain:
        return ExitCode::Keychain;
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Tls:
    case Kind::CrossOriginRedirect:
    case Kind::Malformed:
    case Kind::Network:
    case Kind::Cancelled:
        return ExitCode::Network;
    }
    return ExitCode::Network;
}

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
