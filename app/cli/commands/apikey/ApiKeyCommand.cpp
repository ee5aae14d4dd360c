#include "commands/apikey/ApiKeyCommand.h"

#include "commands/apikey/ApiKeyCreateCommand.h"
#include "commands/apikey/ApiKeyDeleteCommand.h"
#include "commands/apikey/ApiKeyListCommand.h"
#include "commands/apikey/ApiKeyStateCommand.h"
#include "commands/apikey/ApiKeyUpdateCommand.h"
#include "commands/apikey/ApiKeyWhoamiCommand.h"

namespace PortalKeys::Cli {

ApiKeyCommand::ApiKeyCommand()
{
    add(std::make_unique<ApiKeyListCommand>());
    add(std::make_unique<ApiKeyCreateCommand>());
    add(std::make_unique<ApiKeyUpdateCommand>());
    add(std::make_unique<ApiKeyStateCommand>(true));
    add(std::make_unique<ApiKeyStateCommand>(false));
    add(std::make_unique<ApiKeyDeleteCommand>());
    add(std::make_unique<ApiKeyWhoamiCommand>());
}

ApiKeyCommand::~ApiKeyCommand() = default;

QString ApiKeyCommand::summary() const
{
    return tr("A portal's API keys (Developer Tools → API keys): list, create, change, switch off, delete.");
}

QString ApiKeyCommand::note() const
{
    return tr("Every subcommand takes --portal NAME (a saved portal) or --url URL with credentials from "
              "environment variables. A new key is shown once, when it is made: create prints it on "
              "standard output or keeps it in the keychain (--store-secret, --add-portal); afterwards the "
              "portal shows only its last four characters.");
}

} // namespace PortalKeys::Cli
