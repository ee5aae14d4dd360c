#pragma once

#include "Command.h"

namespace PortalKeys::Cli {

// portalkeys-cli pkce: a fresh PKCE pair (RFC 7636, S256), or the challenge of a given code verifier.
class PkceCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PkceCommand)

public:
    QString name() const override { return QStringLiteral("pkce"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;
};

} // namespace PortalKeys::Cli
