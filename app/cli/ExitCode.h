#pragma once

namespace PortalKeys {

// The exit codes every portalkeys-cli command follows, so scripts can tell failures apart. They are the
// CLI's business: core reports typed errors (PortalError::Kind, KeyApplier outcomes), and only the CLI
// turns them into numbers.
enum class ExitCode : int {
    Success = 0,
    Negative = 1,       // a negative answer: invalid token, not found, refused for the data given
    Usage = 2,          // bad usage or unreadable input
    Network = 3,        // network or TLS failure
    Authentication = 4, // the portal refused the credentials or the permission
    Keychain = 5,       // the OS keychain is not available
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace PortalKeys
