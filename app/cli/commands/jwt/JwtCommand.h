#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// portalkeys-cli jwt SUBCOMMAND: decode, verify, sign, template, sign-config, check-config, weak-secret.
class JwtCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(JwtCommand)

public:
    JwtCommand();
    ~JwtCommand() override;

    QString name() const override { return QStringLiteral("jwt"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace PortalKeys::Cli
