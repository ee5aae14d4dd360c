#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey update ID PORTAL [--name NAME] [--permission P]...: renames a key or gives it other
// permissions.
class ApiKeyUpdateCommand final : public ApiKeySubcommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyUpdateCommand)

public:
    ApiKeyUpdateCommand();

    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_nameOption;
};

} // namespace PortalKeys::Cli
