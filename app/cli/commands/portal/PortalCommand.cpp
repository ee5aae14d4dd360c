#include "commands/portal/PortalCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/portal/PortalAddCommand.h"
#include "commands/portal/PortalListCommand.h"
#include "commands/portal/PortalLoginCommand.h"
#include "commands/portal/PortalPinCommand.h"
#include "commands/portal/PortalRemoveCommand.h"
#include "commands/portal/PortalTestCommand.h"

namespace PortalKeys::Cli {

PortalCommand::PortalCommand()
{
    m_subcommands.push_back(std::make_unique<PortalAddCommand>());
    m_subcommands.push_back(std::make_unique<PortalListCommand>());
    m_subcommands.push_back(std::make_unique<PortalTestCommand>());
    m_subcommands.push_back(std::make_unique<PortalLoginCommand>());
    m_subcommands.push_back(std::make_unique<PortalPinCommand>());
    m_subcommands.push_back(std::make_unique<PortalRemoveCommand>());
}

PortalCommand::~PortalCommand() = default;

QString PortalCommand::summary() const
{
    return tr("Save the portals you manage, with their credentials in the keychain, and test them.");
}

QString PortalCommand::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &subcommand : m_subcommands)
        rows.append({subcommand->name(), subcommand->summary()});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal SUBCOMMAND [ARGUMENTS...]"))
        .usage(QStringLiteral("portalkeys-cli portal SUBCOMMAND --help"))
        .section(tr("Subcommands:"), rows)
        .paragraph(
            tr("Credential kinds: apikey (an API key from Developer Tools), basic (e-mail and password), "
               "token (a login token from e-mail and password, or a pasted personal access token) and "
               "oauth2 (sign in with the browser to an OAuth app registered on the portal). The portal "
               "list holds no secret; secrets live only in the OS keychain."))
        .text();
}

void PortalCommand::run(const QStringList &arguments, Finish finish)
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
        tr("portal: unknown subcommand “%1”. Run “portalkeys-cli portal --help” to see them.").arg(first));
    finish(ExitCode::Usage);
}

} // namespace PortalKeys::Cli
