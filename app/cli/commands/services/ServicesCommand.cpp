#include "commands/services/ServicesCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/ServicesCatalogCommand.h"
#include "commands/services/ServicesDisableCommand.h"
#include "commands/services/ServicesListCommand.h"
#include "commands/services/ServicesSetCommand.h"
#include "commands/services/ServicesShowCommand.h"

namespace PortalKeys::Cli {

ServicesCommand::ServicesCommand()
{
    m_subcommands.push_back(std::make_unique<ServicesCatalogCommand>());
    m_subcommands.push_back(std::make_unique<ServicesListCommand>());
    m_subcommands.push_back(std::make_unique<ServicesShowCommand>());
    m_subcommands.push_back(std::make_unique<ServicesSetCommand>());
    m_subcommands.push_back(std::make_unique<ServicesDisableCommand>());
}

ServicesCommand::~ServicesCommand() = default;

QString ServicesCommand::summary() const
{
    return tr("Third-party authorization keys (Google, Dropbox, Twilio, S3, …) of a portal, or offline.");
}

QString ServicesCommand::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &subcommand : m_subcommands)
        rows.append({subcommand->name(), subcommand->summary()});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services SUBCOMMAND [ARGUMENTS...]"))
        .usage(QStringLiteral("portalkeys-cli services SUBCOMMAND --help"))
        .section(tr("Subcommands:"), rows)
        .paragraph(tr("Online subcommands take --portal NAME (a saved portal) or --url URL with credentials "
                      "from environment variables, and need a portal admin. Secrets are never printed, "
                      "only as •••• with their length, and never taken as plain arguments."))
        .text();
}

void ServicesCommand::run(const QStringList &arguments, Finish finish)
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
    Console::error(tr("services: unknown subcommand “%1”. Run “portalkeys-cli services --help” to see them.")
                       .arg(first));
    finish(ExitCode::Usage);
}

} // namespace PortalKeys::Cli
