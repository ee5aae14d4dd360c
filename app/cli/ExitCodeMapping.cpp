#include "ExitCodeMapping.h"

#include <algorithm>

namespace PortalKeys::Cli {

using Kind = Portal::PortalError::Kind;

ExitCode exitCodeFor(const Portal::PortalError &error)
{
    switch (error.kind()) {
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

ExitCode exitCodeFor(Drafts::Bundle::Failure failure)
{
    switch (failure) {
    case Drafts::Bundle::Failure::None:
        return ExitCode::Success;
    case Drafts::Bundle::Failure::WrongPassphrase:
    case Drafts::Bundle::Failure::Internal:
        return ExitCode::Negative;
    case Drafts::Bundle::Failure::EmptyPassphrase:
    case Drafts::Bundle::Failure::Damaged:
    case Drafts::Bundle::Failure::NotABundle:
    case Drafts::Bundle::Failure::NewerFormat:
    case Drafts::Bundle::Failure::TooLarge:
    case Drafts::Bundle::Failure::Unsupported:
        return ExitCode::Usage;
    }
    return ExitCode::Usage;
}

ExitCode exitCodeFor(const QList<AuthService::KeyApplier::Row> &rows)
{
    int code = toInt(ExitCode::Success);
    for (const AuthService::KeyApplier::Row &row : rows) {
        if (row.outcome != AuthService::KeyApplier::Outcome::Refused)
            continue;
        const ExitCode rowCode = row.error.isError() ? exitCodeFor(row.error) : ExitCode::Negative;
        code = std::max(code, toInt(rowCode));
    }
    return static_cast<ExitCode>(code);
}

} // namespace PortalKeys::Cli
