#include "commands/oauthapp/OAuthAppCommand.h"

#include "commands/oauthapp/OAuthAppCreateCommand.h"
#include "commands/oauthapp/OAuthAppDeleteCommand.h"
#include "commands/oauthapp/OAuthAppEnableCommand.h"
#include "commands/oauthapp/OAuthAppIconCommand.h"
#include "commands/oauthapp/OAuthAppListCommand.h"
#include "commands/oauthapp/OAuthAppRegenerateSecretCommand.h"
#include "commands/oauthapp/OAuthAppShowCommand.h"
#include "commands/oauthapp/OAuthAppTryCommand.h"
#include "commands/oauthapp/OAuthAppUpdateCommand.h"
#include "commands/oauthapp/OAuthAppValidateCommand.h"

namespace PortalKeys::Cli {

OAuthAppCommand::OAuthAppCommand()
{
    // Offline subcommands; the online ones (create, list, show, update, …) go into this list too.
    add(std::make_unique<OAuthAppValidateCommand>());
    add(std::make_unique<OAuthAppIconCommand>());
    // Online subcommands: the portal's app registry.
    add(std::make_unique<OAuthAppCreateCommand>());
    add(std::make_unique<OAuthAppListCommand>());
    add(std::make_unique<OAuthAppShowCommand>());
    add(std::make_unique<OAuthAppUpdateCommand>());
    add(std::make_unique<OAuthAppEnableCommand>(true));
    add(std::make_unique<OAuthAppEnableCommand>(false));
    add(std::make_unique<OAuthAppRegenerateSecretCommand>());
    add(std::make_unique<OAuthAppDeleteCommand>());
    add(std::make_unique<OAuthAppTryCommand>());
}

OAuthAppCommand::~OAuthAppCommand() = default;

QString OAuthAppCommand::summary() const
{
    return tr("Prepare, register, manage and try OAuth 2.0 apps of a DocSpace portal.");
}

QString OAuthAppCommand::note() const
{
    return tr("A draft app is a JSON file holding exactly the body the portal takes to register an "
              "app: name, description, logo, website_url, terms_url, policy_url, "
              "logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce and "
              "is_public. The portal sets is_public to true for every app, whatever a draft says.");
}

} // namespace PortalKeys::Cli
