#pragma once

#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app enable ID PORTAL, and oauth-app disable ID PORTAL: whether the app may sign
// anyone in. One class, two subcommands.
class OAuthAppEnableCommand final : public OAuthAppOnlineSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppEnableCommand)

public:
    explicit OAuthAppEnableCommand(bool enable);

    QString name() const override { return m_enable ? QStringLiteral("enable") : QStringLiteral("disable"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    bool m_enable;
};

} // namespace PortalKeys::Cli
