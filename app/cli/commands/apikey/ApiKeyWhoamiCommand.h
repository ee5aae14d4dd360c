#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey whoami PORTAL [--json]: which API key the portal's credential is (GET /keys/@self):
// its name, permissions, expiry and owner. Only a portal that signs in with an API key has one.
class ApiKeyWhoamiCommand final : public ApiKeySubcommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyWhoamiCommand)

public:
    ApiKeyWhoamiCommand();

    QString name() const override { return QStringLiteral("whoami"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
