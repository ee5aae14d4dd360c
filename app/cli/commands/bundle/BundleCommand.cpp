#include "commands/bundle/BundleCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/bundle/BundleApplyCommand.h"
#include "commands/bundle/BundleExportCommand.h"
#include "commands/bundle/BundleImportCommand.h"

namespace PortalKeys::Cli {

BundleCommand::BundleCommand()
{
    m_subcommands.push_back(std::make_unique<BundleExportCommand>());
    m_subcommands.push_back(std::make_unique<BundleImportCommand>());
    m_subcommands.push_back(std::make_unique<BundleApplyCommand>());
}

BundleCommand::~BundleCommand() = default;

QString BundleCommand::summary() const
{
    return tr("Carry offline drafts in an encrypted file, and apply them to one or several portals.");
}

QString BundleCommand::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &subcommand : m_subcommands)
        rows.append({subcommand->name(), subcommand->summary()});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli bundle SUBCOMMAND [ARGUMENTS...]"))
        .usage(QStringLiteral("portalkeys-cli bundle SUBCOMMAND --help"))
        .section(tr("Subcommands:"), rows)
        .paragraph(tr("A bundle holds drafts and their values (secrets included) encrypted with a passphrase "
                      "given with --passphrase-env NAME, never as a plain argument. A wrong passphrase "
                      "exits 1; a file that is not a bundle, or was damaged or changed, exits 2."))
        .text();
}

void BundleCommand::run(const QStringList &arguments, Finish finish)
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
        tr("bundle: unknown subcommand “%1”. Run “portalkeys-cli bundle --help” to see them.").arg(first));
    finish(ExitCode::Usage);
}

} // namespace PortalKeys::Cli
