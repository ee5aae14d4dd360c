#include "FullCli.h"

#include "CliApplication.h"
#include "SystemKeychainAccess.h"
#include "commands/HistoryCommand.h"
#include "commands/PkceCommand.h"
#include "commands/SecretCommand.h"
#include "commands/apikey/ApiKeyCommand.h"
#include "commands/bundle/BundleCommand.h"
#include "commands/jwt/JwtCommand.h"
#include "commands/oauthapp/OAuthAppCommand.h"
#include "commands/portal/PortalCommand.h"
#include "commands/services/ServicesCommand.h"

#include <QCoreApplication>

namespace PortalKeys::Cli {

int FullCli::run(QCoreApplication &app, const QStringList &arguments)
{
    CliApplication::setUp(app);
    KeychainAccess::install(std::make_unique<SystemKeychainAccess>());
    CliApplication::Commands commands; // in the order the help lists them
    commands.push_back(std::make_unique<ApiKeyCommand>());
    commands.push_back(std::make_unique<BundleCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<JwtCommand>());
    commands.push_back(std::make_unique<OAuthAppCommand>());
    commands.push_back(std::make_unique<PkceCommand>());
    commands.push_back(std::make_unique<PortalCommand>());
    commands.push_back(std::make_unique<SecretCommand>());
    commands.push_back(std::make_unique<ServicesCommand>());
    return CliApplication(std::move(commands)).exec(arguments);
}

} // namespace PortalKeys::Cli
