#include "commands/services/ServicesCommand.h"

#include "commands/services/ServicesCatalogCommand.h"
#include "commands/services/ServicesDiffCommand.h"
#include "commands/services/ServicesDisableCommand.h"
#include "commands/services/ServicesListCommand.h"
#include "commands/services/ServicesSetCommand.h"
#include "commands/services/ServicesShowCommand.h"

namespace PortalKeys::Cli {

ServicesCommand::ServicesCommand()
{
    add(std::make_unique<ServicesCatalogCommand>());
    add(std::make_unique<ServicesListCommand>());
    add(std::make_unique<ServicesShowCommand>());
    add(std::make_unique<ServicesSetCommand>());
    add(std::make_unique<ServicesDisableCommand>());
    add(std::make_unique<ServicesDiffCommand>());
}

ServicesCommand::~ServicesCommand() = default;

QString ServicesCommand::summary() const
{
    return tr("Third-party authorization keys (Google, Dropbox, Twilio, S3, …) of a portal, or offline.");
}

QString ServicesCommand::note() const
{
    return tr("Online subcommands take --portal NAME (a saved portal) or --url URL with credentials "
              "from environment variables, and need a portal admin. Secrets are never printed, "
              "only as •••• with their length, and never taken as plain arguments.");
}

} // namespace PortalKeys::Cli
