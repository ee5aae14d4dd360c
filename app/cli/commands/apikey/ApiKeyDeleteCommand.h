#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey delete ID PORTAL [--yes]: deletes a key after asking on a terminal; a script must
// say --yes.
class ApiKeyDeleteCommand final : public ApiKeySubcommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyDeleteCommand)

public:
    ApiKeyDeleteCommand();

    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_yesOption;
};

} // namespace PortalKeys::Cli
