#pragma once

#include "CommandGroup.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey SUBCOMMAND: list, create, update, enable, disable, delete, whoami.
class ApiKeyCommand final : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCommand)

public:
    ApiKeyCommand();
    ~ApiKeyCommand() override;

    QString name() const override { return QStringLiteral("apikey"); }
    QString summary() const override;

protected:
    QString note() const override;
};

} // namespace PortalKeys::Cli
