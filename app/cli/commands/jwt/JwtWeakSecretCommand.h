#pragma once

#include "commands/jwt/JwtSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli jwt weak-secret [TOKEN|-] [--wordlist FILE]
class JwtWeakSecretCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtWeakSecretCommand)

public:
    QString name() const override { return QStringLiteral("weak-secret"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;
};

} // namespace PortalKeys::Cli
