#include "commands/services/ServicesListCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/ServiceReport.h"
#include "commands/services/TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PortalKeys::Cli {

using AuthService::ServiceView;

ServicesListCommand::ServicesListCommand()
    : m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."))
{}

QList<QCommandLineOption> ServicesListCommand::allOptions() const
{
    return m_portalOptions.options() << m_jsonOption;
}

QString ServicesListCommand::summary() const
{
    return tr("List a portal's third-party services: on, off or read-only (never their keys).");
}

QString ServicesListCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services list --portal NAME [--json]"))
        .usage(
            QStringLiteral("portalkeys-cli services list --url URL (--api-key-env NAME | --token-env NAME | "
                           "--user EMAIL --password-env NAME) [--json]"))
        .paragraph(tr("Asks the portal for its third-party authorization services and shows each one's "
                      "name, title and state: on (keys set), off, or read-only (the installation fixed its "
                      "keys), with a note for services that need a paid plan in DocSpace cloud and for "
                      "services PortalKeys' catalog does not know. Needs a portal admin."))
        .options(allOptions())
        .text();
}

void ServicesListCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 0, 0, {}))
        return finish(ExitCode::Usage);
    const PortalOptions::Target target = m_portalOptions.resolve(parser);
    if (!target.ok()) {
        Console::error(target.error);
        return finish(target.failureCode);
    }
    const bool json = parser.isSet(m_jsonOption);
    const QString portalName = target.profile.name;
    loadServices(m_portalOptions, target, &m_context, json, finish,
                 [portalName, json, finish](Portal::PortalClient *, const QList<ServiceView> &services) {
                     print(portalName, services, json);
                     finish(ExitCode::Success);
                 });
}

void ServicesListCommand::print(const QString &portalName, const QList<ServiceView> &services, bool json)
{
    if (json) {
        QJsonArray list;
        for (const ServiceView &view : services) {
            QJsonArray kinds;
            for (const Catalog::ServiceKind kind : view.definition.kinds)
                kinds.append(Catalog::serviceKindName(kind));
            QJsonObject entry{
                {QStringLiteral("name"), view.name()},
                {QStringLiteral("title"), view.title()},
                {QStringLiteral("state"), view.stateText()},
                {QStringLiteral("paid"), view.portal ? view.portal->paid : view.definition.paid},
                {QStringLiteral("kinds"), kinds},
                {QStringLiteral("knownToCatalog"), view.knownToCatalog}};
            if (!view.readOnlyReason().isEmpty())
                entry.insert(QStringLiteral("readOnlyReason"), view.readOnlyReason());
            if (!view.planNote().isEmpty())
                entry.insert(QStringLiteral("planNote"), view.planNote());
            list.append(entry);
        }
        printJson(QJsonObject{{QStringLiteral("portal"), portalName}, {QStringLiteral("services"), list}});
        return;
    }
    TextTable table({tr("NAME"), tr("TITLE"), tr("STATE"), tr("NOTE")});
    int on = 0;
    for (const ServiceView &view : services) {
        QStringList notes;
        if (view.portal ? view.portal->paid : view.definition.paid)
            notes << tr("paid plan in DocSpace cloud");
        if (!view.knownToCatalog)
            notes << tr("not in PortalKeys' catalog");
        on += view.state() == ServiceView::State::On;
        table.addRow({view.name(), view.title(), view.stateText(), notes.join(QStringLiteral("; "))});
    }
    // Separate singular text keeps the untranslated English right: the CLI loads no translation.
    Console::out() << table.text()
                   << (services.size() == 1 ? tr("%1: %n service", nullptr, 1)
                                            : tr("%1: %n services", nullptr, int(services.size())))
                          .arg(portalName)
                   << QStringLiteral(", ") << tr("%n on", nullptr, on) << Qt::endl;
}

} // namespace PortalKeys::Cli
