#pragma once

#include "commands/jwt/JwtSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli jwt decode [TOKEN|-] [--json]
class JwtDecodeCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtDecodeCommand)

public:
    QString name() const override { return QStringLiteral("decode"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;
};

} // namespace PortalKeys::Cli
