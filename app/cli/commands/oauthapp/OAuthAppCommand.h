#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app SUBCOMMAND: OAuth 2.0 apps of a portal. The offline subcommands (validate, icon)
// are here; the ones that talk to a portal are added to the same list.
class OAuthAppCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppCommand)

public:
    OAuthAppCommand();
    ~OAuthAppCommand() override;

    QString name() const override { return QStringLiteral("oauth-app"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace PortalKeys::Cli
