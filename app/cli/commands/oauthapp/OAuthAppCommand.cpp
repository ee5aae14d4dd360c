#include "commands/oauthapp/OAuthAppCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
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
    m_subcommands.push_back(std::make_unique<OAuthAppValidateCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppIconCommand>());
    // Online subcommands: the portal's app registry.
    m_subcommands.push_back(std::make_unique<OAuthAppCreateCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppListCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppShowCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppUpdateCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppEnableCommand>(true));
    m_subcommands.push_back(std::make_unique<OAuthAppEnableCommand>(false));
    m_subcommands.push_back(std::make_unique<OAuthAppRegenerateSecretCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppDeleteCommand>());
    m_subcommands.push_back(std::make_unique<OAuthAppTryCommand>());
}

OAuthAppCommand::~OAuthAppCommand() = default;

QString OAuthAppCommand::summary() const
{
    return tr("Prepare, register, manage and try OAuth 2.0 apps of a DocSpace portal.");
}

QString OAuthAppCommand::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &subcommand : m_subcommands)
        rows.append({subcommand->name(), subcommand->summary()});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app SUBCOMMAND [ARGUMENTS...]"))
        .usage(QStringLiteral("portalkeys-cli oauth-app SUBCOMMAND --help"))
        .section(tr("Subcommands:"), rows)
        .paragraph(tr("A draft app is a JSON file holding exactly the body the portal takes to register an "
                      "app: name, description, logo, website_url, terms_url, policy_url, "
                      "logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce and "
                      "is_public."))
        .text();
}

void OAuthAppCommand::run(const QStringList &arguments, Finish finish)
{
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        if (first == QStringLiteral("help") && arguments.size() > 1) {
            for (const auto &subcommand : m_subcommands) {
                if (subcommand->name() == arguments.at(1)) {
                    Console::out() << subcommand->help() << Qt::flush;
                    return finish(ExitCode::Success);
                }
            }
        }
        (first.isEmpty() ? Console::err() : Console::out()) << help() << Qt::flush;
        return finish(first.isEmpty() ? ExitCode::Usage : ExitCode::Success);
    }
    for (const auto &subcommand : m_subcommands) {
        if (subcommand->name() == first)
            return subcommand->run(arguments.mid(1), std::move(finish));
    }
    Console::error(
        tr("oauth-app: unknown subcommand “%1”. Run “portalkeys-cli oauth-app --help” to see them.")
            .arg(first));
    finish(ExitCode::Usage);
}

} // namespace PortalKeys::Cli
