#pragma once

#include "commands/oauthapp/OAuthAppSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli oauth-app icon IMAGE_FILE [--scale]: the data URI an image would be sent as, or why not.
class OAuthAppIconCommand final : public OAuthAppSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppIconCommand)

public:
    QString name() const override { return QStringLiteral("icon"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;
};

} // namespace PortalKeys::Cli
