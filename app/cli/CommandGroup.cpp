#include "CommandGroup.h"

#include "Console.h"
#include "HelpFormatter.h"

namespace PortalKeys::Cli {

CommandGroup::~CommandGroup() = default;

void CommandGroup::add(std::unique_ptr<Command> subcommand)
{
    m_subcommands.push_back(std::move(subcommand));
}

const Command *CommandGroup::find(const QString &subcommandName) const
{
    for (const auto &subcommand : m_subcommands) {
        if (subcommand->name() == subcommandName)
            return subcommand.get();
    }
    return nullptr;
}

QString CommandGroup::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &subcommand : m_subcommands)
        rows.append({subcommand->name(), subcommand->summary()});
    const QString prefix = QStringLiteral("portalkeys-cli ") + name();
    return HelpFormatter()
        .usage(prefix + QStringLiteral(" SUBCOMMAND [ARGUMENTS...]"))
        .usage(prefix + QStringLiteral(" SUBCOMMAND --help"))
        .section(tr("Subcommands:"), rows)
        .paragraph(note())
        .text();
}

void CommandGroup::run(const QStringList &arguments, Finish finish)
{
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        if (first == QStringLiteral("help") && arguments.size() > 1) {
            if (const Command *subcommand = find(arguments.at(1))) {
                Console::out() << subcommand->help() << Qt::flush;
                return finish(ExitCode::Success);
            }
        }
        // Nothing at all is a usage mistake; an explicit request for help is not.
        (first.isEmpty() ? Console::err() : Console::out()) << help() << Qt::flush;
        return finish(first.isEmpty() ? ExitCode::Usage : ExitCode::Success);
    }
    for (const auto &subcommand : m_subcommands) {
        if (subcommand->name() == first)
            return subcommand->run(arguments.mid(1), std::move(finish));
    }
    Console::error(
        tr("%1: unknown subcommand “%2”. Run “portalkeys-cli %1 --help” to see them.").arg(name(), first));
    finish(ExitCode::Usage);
}

} // namespace PortalKeys::Cli
