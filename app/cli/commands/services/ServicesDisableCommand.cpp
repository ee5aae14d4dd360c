#include "commands/services/ServicesDisableCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/KeyChange.h"

namespace PortalKeys::Cli {

using AuthService::KeyChange;
using AuthService::ServiceView;

ServicesDisableCommand::ServicesDisableCommand()
    : m_dryRunOption(QStringLiteral("dry-run"), tr("Show which keys would be cleared; send nothing."))
    , m_yesOption(QStringLiteral("yes"),
                  tr("Switch the service off without asking (needed when standard input is not a "
                     "terminal)."))
{}

QList<QCommandLineOption> ServicesDisableCommand::allOptions() const
{
    return m_portalOptions.options() << m_dryRunOption << m_yesOption;
}

QString ServicesDisableCommand::summary() const
{
    return tr("Switch a service off on a portal by clearing all of its keys.");
}

QString ServicesDisableCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services disable NAME --portal NAME [--dry-run] [--yes]"))
        .usage(QStringLiteral("portalkeys-cli services disable NAME --url URL (--api-key-env NAME | …) "
                              "[--dry-run] [--yes]"))
        .paragraph(tr("Shows the keys that will be cleared (secrets only as •••• with their length), asks "
                      "to confirm (without a terminal give --yes), then saves every key of the service "
                      "empty, which switches it off, and reads them back. A service that is already off is "
                      "left alone."))
        .options(allOptions())
        .text();
}

void ServicesDisableCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 1, 1, tr("NAME of the service")))
        return finish(ExitCode::Usage);
    const QString serviceName = parser.positionalArguments().constFirst();
    const bool dryRun = parser.isSet(m_dryRunOption);
    const bool yes = parser.isSet(m_yesOption);
    const PortalOptions::Target target = m_portalOptions.resolve(parser);
    if (!target.ok()) {
        Console::error(target.error);
        return finish(target.failureCode);
    }
    const QString portalName = target.profile.name;
    const PortalErrorReport::TrustAdvice advice = PortalOptions::trustAdvice(target);
    loadServices(
        m_portalOptions, target, &m_context, false, finish,
        [serviceName, portalName, advice, dryRun, yes, finish](Portal::PortalClient *client,
                                                               const QList<ServiceView> &services) {
            const ServiceView *found = ServiceView::find(services, serviceName);
            if (!found) {
                reportUnknownService(serviceName, portalName);
                return finish(ExitCode::Negative);
            }
            const ServiceView view = *found;
            if (view.state() == ServiceView::State::ReadOnly) {
                reportReadOnly(view);
                return finish(ExitCode::Authentication);
            }
            if (view.state() == ServiceView::State::Off) {
                Console::out() << tr("%1 is already off on %2; nothing to do.").arg(view.title(), portalName)
                               << Qt::endl;
                return finish(ExitCode::Success);
            }
            const AuthService::KeyValues cleared = AuthService::AuthServiceApi::disabledValues(*view.portal);
            const QList<KeyChange> changes =
                KeyChange::compute(*view.portal, cleared, view.definition.maskedKeyNames());
            printPreview(tr("%1 (%2) on %3:").arg(view.title(), view.name(), portalName), changes);
            if (dryRun) {
                Console::out() << tr("Dry run: nothing was sent.") << Qt::endl;
                return finish(ExitCode::Success);
            }
            if (const std::optional<ExitCode> stop =
                    confirm(tr("Switch %1 off on %2?").arg(view.title(), portalName), yes))
                return finish(*stop);
            save(client, view, cleared, portalName, advice,
                 tr("%1 is off now; the portal confirmed that every key is empty.").arg(view.title()),
                 finish);
        });
}

} // namespace PortalKeys::Cli
