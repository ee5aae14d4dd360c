#pragma once

#include "ExitCode.h"

#include "jwt/BatchVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace PortalKeys::Cli {

// portalkeys-cli jwt verify --batch [FILE|-]: one verdict per token line in input order, as text or JSON
// Lines, and a count on standard error. Tokens are never printed: the input may be a log of live tokens.
class JwtBatchVerify {
    Q_DECLARE_TR_FUNCTIONS(JwtBatchVerify)

public:
    // Success when every token is valid, Negative when one is not, Usage when the input cannot be read.
    static ExitCode run(const QString &pathOrDash, const Jwt::Key &key,
                        const Jwt::BatchVerifier::Options &options, bool json);
};

} // namespace PortalKeys::Cli
