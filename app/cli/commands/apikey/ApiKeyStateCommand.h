#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey enable|disable ID PORTAL: switches a key on or off (the portal's isActive). A key
// that is off is refused by the portal until it is switched on again; nothing else about it changes.
class ApiKeyStateCommand final : public ApiKeySubcommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStateCommand)

public:
    explicit ApiKeyStateCommand(bool enable);

    QString name() const override { return m_enable ? QStringLiteral("enable") : QStringLiteral("disable"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    bool m_enable;
    QCommandLineOption m_yesOption;
};

} // namespace PortalKeys::Cli
