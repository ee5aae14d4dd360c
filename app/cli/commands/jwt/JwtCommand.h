#pragma once

#include "CommandGroup.h"

namespace PortalKeys::Cli {

// portalkeys-cli jwt SUBCOMMAND: decode, verify, sign, template, sign-config, check-config, weak-secret.
class JwtCommand final : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(JwtCommand)

public:
    JwtCommand();
    ~JwtCommand() override;

    QString name() const override { return QStringLiteral("jwt"); }
    QString summary() const override;

protected:
    QString note() const override;
};

} // namespace PortalKeys::Cli
