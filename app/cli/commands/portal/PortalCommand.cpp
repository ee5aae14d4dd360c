#include "commands/portal/PortalCommand.h"

#include "commands/portal/PortalAddCommand.h"
#include "commands/portal/PortalListCommand.h"
#include "commands/portal/PortalLoginCommand.h"
#include "commands/portal/PortalPinCommand.h"
#include "commands/portal/PortalRemoveCommand.h"
#include "commands/portal/PortalTestCommand.h"

namespace PortalKeys::Cli {

PortalCommand::PortalCommand()
{
    add(std::make_unique<PortalAddCommand>());
    add(std::make_unique<PortalListCommand>());
    add(std::make_unique<PortalTestCommand>());
    add(std::make_unique<PortalLoginCommand>());
    add(std::make_unique<PortalPinCommand>());
    add(std::make_unique<PortalRemoveCommand>());
}

PortalCommand::~PortalCommand() = default;

QString PortalCommand::summary() const
{
    return tr("Save the portals you manage, with their credentials in the keychain, and test them.");
}

QString PortalCommand::note() const
{
    return tr("Credential kinds: apikey (an API key from Developer Tools), basic (e-mail and password), "
              "token (a login token from e-mail and password, or a pasted personal access token) and "
              "oauth2 (sign in with the browser to an OAuth app registered on the portal). The portal "
              "list holds no secret; secrets live only in the OS keychain.");
}

} // namespace PortalKeys::Cli
