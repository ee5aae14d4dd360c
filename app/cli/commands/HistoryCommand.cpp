#include "commands/HistoryCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/TextTable.h"

#include "history/AuditTrail.h"
#include "history/HistoryLog.h"
#include "history/HistoryTableModel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace PortalKeys::Cli {

using History::HistoryEntry;
using History::HistoryLog;

namespace {

const QString portalOptionName = QStringLiteral("portal");

} // namespace

HistoryCommand::HistoryCommand()
    : m_sinceOption(QStringLiteral("since"), tr("Only changes of this day (UTC) and later."),
                    QStringLiteral("YYYY-MM-DD"))
    , m_auditOption(
          QStringLiteral("with-portal-audit"),
          tr("Also show the portal's own audit trail (needs --portal; a portal admin's credentials)."))
    , m_jsonOption(QStringLiteral("json"), tr("Print the history as a JSON list."))
{}

QString HistoryCommand::summary() const
{
    return tr("Show what PortalKeys changed on portals: when, where, by whom.");
}

QString HistoryCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral(
            "portalkeys-cli history [--portal NAME] [--since YYYY-MM-DD] [--with-portal-audit] [--json]"))
        .usage(QStringLiteral(
            "portalkeys-cli history --url URL … --with-portal-audit [--since YYYY-MM-DD] [--json]"))
        .paragraph(tr("Every change PortalKeys (the app or the command line) makes to a portal is written to "
                      "the local history: authorization keys saved or cleared, OAuth apps created, changed, "
                      "switched on or off, given a new secret or deleted, API keys created, changed or "
                      "deleted. Each line has the time, the portal, the portal user, what changed (the names "
                      "of keys, never their values) and whether it worked."))
        .paragraph(
            tr("--with-portal-audit also reads the portal's audit trail, which records such changes from "
               "every source, the portal's web pages included, and shows its events (marked “portal”) "
               "beside the local ones, by time. Only portal admins may read it, and a plan without "
               "the audit trail shows only its latest events; when the portal refuses, the reason is "
               "printed and the local history is shown alone (exit 0)."))
        .paragraph(tr("A damaged line of the history file is skipped and reported on standard error. Exit "
                      "codes: 0 done, 2 bad usage, 1 the history cannot be read."))
        .options(m_portalOptions.options() << m_sinceOption << m_auditOption << m_jsonOption)
        .text();
}

void HistoryCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    parser.addOptions(m_portalOptions.options());
    parser.addOptions({m_sinceOption, m_auditOption, m_jsonOption});
    if (!parse(parser, arguments))
        return finish(ExitCode::Usage);
    HistoryLog::Filter filter;
    if (!readFilter(parser, &filter))
        return finish(ExitCode::Usage);
    const bool json = parser.isSet(m_jsonOption);
    if (!parser.isSet(m_auditOption)) {
        const auto local = readLocal(filter);
        if (local)
            print(local->entries, json);
        return finish(local ? ExitCode::Success : ExitCode::Negative);
    }
    const PortalOptions::Target target = m_portalOptions.resolve(parser);
    if (!target.ok()) {
        Console::error(target.error);
        return finish(target.failureCode);
    }
    // An unsaved portal (--url) is recorded under its host, which is its name here too.
    filter.portal = target.profile.name;
    const auto local = readLocal(filter);
    if (!local)
        return finish(ExitCode::Negative);
    m_portalOptions.open(target, &m_context,
                         [target, local = local->entries, since = filter.since, json,
                          finish](const Portal::PortalError &error, Portal::PortalClient *client) {
                             if (error.isError()) {
                                 printWithAudit(local, error, {}, json);
                                 return finish(ExitCode::Success);
                             }
                             History::AuditTrail::read(
                                 client, target.profile.name, since,
                                 [local, json, finish](const Portal::PortalError &auditError,
                                                       const History::AuditTrail::Result &audit) {
                                     printWithAudit(local, auditError, audit, json);
                                     finish(ExitCode::Success);
                                 });
                         });
}

bool HistoryCommand::readFilter(const QCommandLineParser &parser, HistoryLog::Filter *filter) const
{
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(tr("history takes no arguments; name the portal with --portal NAME."));
        return false;
    }
    filter->portal = parser.value(portalOptionName);
    if (parser.isSet(m_sinceOption)) {
        filter->since = QDate::fromString(parser.value(m_sinceOption), Qt::ISODate);
        if (!filter->since.isValid()) {
            Console::error(tr("--since takes a day as YYYY-MM-DD, e.g. 2026-01-31."));
            return false;
        }
    }
    const bool adHoc = parser.isSet(QStringLiteral("url"));
    if (parser.isSet(m_auditOption) && filter->portal.isEmpty() && !adHoc) {
        Console::error(tr("--with-portal-audit needs --portal NAME (or --url with credentials): the audit "
                          "trail is read from one portal."));
        return false;
    }
    if (adHoc && !parser.isSet(m_auditOption)) {
        Console::error(tr("--url is for --with-portal-audit; to see the local history of a portal, give "
                          "--portal NAME."));
        return false;
    }
    return true;
}

std::optional<HistoryLog::Read> HistoryCommand::readLocal(const HistoryLog::Filter &filter)
{
    HistoryLog::Read read = HistoryLog().read(filter);
    for (const QString &damaged : std::as_const(read.damaged))
        Console::warning(damaged);
    if (!read.error.isEmpty()) {
        Console::error(read.error);
        return std::nullopt;
    }
    return read;
}

void HistoryCommand::printWithAudit(QList<HistoryEntry> entries, const Portal::PortalError &error,
                                    const History::AuditTrail::Result &audit, bool json)
{
    // A refused audit trail is no failure of the command: the local history is still the answer.
    if (error.isError())
        Console::warning(tr("The portal's audit trail was not read: %1").arg(error.message()));
    else
        entries << audit.entries;
    if (!audit.notice.isEmpty())
        Console::warning(audit.notice);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time; });
    print(entries, json);
}

void HistoryCommand::print(const QList<HistoryEntry> &entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const HistoryEntry &entry : entries) {
            QJsonObject object = entry.toJson();
            object.insert(QStringLiteral("origin"), entry.origin == HistoryEntry::Origin::Portal
                                                        ? QStringLiteral("portal")
                                                        : QStringLiteral("local"));
            array.append(object);
        }
        Console::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                       << Qt::flush;
        return;
    }
    if (entries.isEmpty()) {
        Console::out() << tr("No changes in the history.") << Qt::endl;
        return;
    }
    TextTable table({tr("TIME (UTC)"), tr("FROM"), tr("PORTAL"), tr("USER"), tr("AREA"), tr("ACTION"),
                     tr("SUBJECT"), tr("KEYS"), tr("RESULT")});
    for (const HistoryEntry &entry : entries) {
        table.addRow({entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      entry.origin == HistoryEntry::Origin::Portal ? tr("portal") : tr("local"), entry.portal,
                      entry.user, HistoryEntry::areaName(entry.area), entry.action, entry.subject,
                      entry.keys.join(QStringLiteral(", ")), History::HistoryTableModel::resultText(entry)});
    }
    Console::out() << table.text();
}

} // namespace PortalKeys::Cli
