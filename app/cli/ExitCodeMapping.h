#pragma once

#include "ExitCode.h"
#include "authservice/KeyApplier.h"
#include "drafts/Bundle.h"
#include "portal/PortalError.h"

#include <QList>

namespace PortalKeys::Cli {

// 1 refused for the data or the plan, 2 an unusable address, 3 network/TLS/garbled answer, 4 credentials or
// permission, 5 keychain.
ExitCode exitCodeFor(const Portal::PortalError &error);
// For a report of applied keys: Success when nothing was refused, else the most systemic refusal's code (a
// keychain, credential or network problem says more about what to fix first than one refused key).
ExitCode exitCodeFor(const QList<AuthService::KeyApplier::Row> &rows);
// A bundle that cannot be used: 1 for a wrong passphrase, 2 for a file that is not (or no longer) a bundle.
ExitCode exitCodeFor(Drafts::Bundle::Failure failure);

} // namespace PortalKeys::Cli
