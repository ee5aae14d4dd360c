#include "commands/bundle/BundleApplyCommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/ServiceReport.h"
#include "commands/services/TextTable.h"

#include "authservice/ServiceView.h"
#include "catalog/ServiceCatalog.h"
#include "portal/PortalClient.h"
#include "portal/RequestSlots.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PortalKeys::Cli {

using AuthService::KeyApplier;
using AuthService::PreparedKeys;
using Drafts::Bundle;

BundleApplyCommand::BundleApplyCommand()
    : m_passphraseOption(passphraseOption())
    , m_portalOption(QStringLiteral("portal"),
                     tr("Apply the keys to the saved portal NAME (repeat for several portals)."),
                     QStringLiteral("NAME"))
    , m_dryRunOption(QStringLiteral("dry-run"),
                     tr("Compare with each portal and report what would change; send nothing."))
    , m_jsonOption(QStringLiteral("json"), tr("Print the report as JSON for scripts."))
{}

QList<QCommandLineOption> BundleApplyCommand::allOptions() const
{
    return {m_passphraseOption, m_portalOption, m_dryRunOption, m_jsonOption};
}

QString BundleApplyCommand::summary() const
{
    return tr("Apply the keys of a bundle to one or several portals, with a report per portal and service.");
}

QString BundleApplyCommand::help() const
{
    return HelpFormatter()
        .usage(
            QStringLiteral("portalkeys-cli bundle apply FILE --passphrase-env NAME --portal NAME [--portal "
                           "NAME]... [--dry-run] [--json]"))
        .paragraph(tr("Decrypts FILE and saves the keys of each DocSpace draft it holds on every portal "
                      "named, reading them back. The portals are served at the same time (at most %1 "
                      "requests to one host and %2 in all), the services of a portal one after the other; "
                      "the report lists the portals in the order named. The drafts are checked with "
                      "the catalog's rules first: an error stops the command (exit 2) before anything is "
                      "sent. A failure on one portal or service does not stop the others; the report lists "
                      "for each portal and service whether the keys were applied, were already there "
                      "(unchanged), or were refused and why. A portal that cannot be opened refuses every "
                      "service. Workspace drafts are skipped: Workspace keys are typed into the portal's "
                      "settings page.")
                       .arg(Portal::RequestSlots::defaultPerHost)
                       .arg(Portal::RequestSlots::defaultTotal))
        .paragraph(tr("Exits 0 when nothing was refused, else with the highest exit code among the refusals "
                      "(1 refused keys or plan, 3 network, 4 credentials or permission, 5 keychain); 1 also "
                      "for a wrong passphrase."))
        .options(allOptions())
        .text();
}

std::optional<QList<PreparedKeys>>
BundleApplyCommand::prepare(const QList<Drafts::BundleContent::Entry> &entries)
{
    QList<PreparedKeys> prepared;
    bool blocked = false;
    for (const Drafts::BundleContent::Entry &entry : entries) {
        const Drafts::Draft &draft = entry.draft;
        if (draft.product != Catalog::Product::DocSpace) {
            Console::warning(tr("The bundle's %1 draft for %2 is skipped: Workspace keys are entered on the "
                                "portal's settings page, not through its API.")
                                 .arg(Catalog::productDisplayName(draft.product), draft.service));
            continue;
        }
        const KeyApplier::Prepared keys = KeyApplier::prepare(draft, entry.values);
        ServiceReport::printIssues(keys.issues, draft.service + QStringLiteral(": "));
        blocked = blocked || keys.hasErrors();
        prepared.append(keys.keys);
    }
    if (blocked) {
        Console::error(tr("Nothing was sent: fix the drafts above and export the bundle again."));
        return std::nullopt;
    }
    return prepared;
}

void BundleApplyCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments))
        return finish(ExitCode::Usage);
    QStringList portalNames;
    for (const QString &portalName : parser.values(m_portalOption)) {
        if (!portalNames.contains(portalName))
            portalNames.append(portalName);
    }
    if (portalNames.isEmpty()) {
        Console::error(
            tr("%1: name the portals with --portal NAME (repeat it for several).").arg(invocation()));
        return finish(ExitCode::Usage);
    }
    // Every portal name is checked before anything is sent, so a typo does not leave the keys half applied.
    QList<PortalOptions::Target> targets;
    for (const QString &portalName : std::as_const(portalNames)) {
        QCommandLineParser noOptions;
        noOptions.addOptions(m_portalOptions.options());
        noOptions.parse({QStringLiteral("portalkeys-cli")});
        const PortalOptions::Target target = m_portalOptions.resolve(noOptions, portalName);
        if (!target.ok()) {
            Console::error(target.error);
            return finish(target.failureCode);
        }
        targets.append(target);
    }

    std::optional<QByteArray> passphrase = readPassphrase(parser, m_passphraseOption);
    if (!passphrase)
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Success;
    std::optional<QByteArray> decrypted =
        decryptFile(parser.positionalArguments().constFirst(), *passphrase, &failure);
    Bundle::wipe(*passphrase);
    if (!decrypted)
        return finish(failure);
    QByteArray json = std::move(*decrypted);
    decrypted.reset();
    Drafts::BundleContent::ParseResult parsed = Drafts::BundleContent::fromJson(json);
    Bundle::wipe(json);
    if (!parsed.ok()) {
        Console::error(parsed.error);
        return finish(ExitCode::Usage);
    }
    const std::optional<QList<PreparedKeys>> prepared = prepare(parsed.entries);
    parsed.entries.clear();
    if (!prepared)
        return finish(ExitCode::Usage);
    if (prepared->isEmpty()) {
        Console::error(tr("The bundle holds no DocSpace drafts to apply."));
        return finish(ExitCode::Negative);
    }

    const bool dryRun = parser.isSet(m_dryRunOption);
    const bool asJson = parser.isSet(m_jsonOption);
    // Each portal is opened (keychain, OAuth refresh) when the applier starts it; see KeyApplier::Target.
    QList<KeyApplier::Target> opened;
    for (const PortalOptions::Target &target : std::as_const(targets)) {
        opened.append({target.profile.name, [this, target](KeyApplier::Opened ready) {
                           m_portalOptions.open(target, &m_context, std::move(ready));
                       }});
    }
    auto *applier = new KeyApplier(&m_context);
    applier->setHistoryArea(History::HistoryEntry::Area::Bundle);
    applier->apply(opened, *prepared, dryRun,
                   [applier, dryRun, asJson, finish](const QList<KeyApplier::Row> &rows) {
                       applier->deleteLater();
                       print(rows, dryRun, asJson);
                       finish(exitCodeFor(rows));
                   });
}

QString BundleApplyCommand::outcomeKey(KeyApplier::Outcome outcome)
{
    switch (outcome) {
    case KeyApplier::Outcome::Applied:
        return QStringLiteral("applied");
    case KeyApplier::Outcome::WouldApply:
        return QStringLiteral("would-apply");
    case KeyApplier::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case KeyApplier::Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

void BundleApplyCommand::print(const QList<KeyApplier::Row> &rows, bool dryRun, bool json)
{
    int refused = 0;
    for (const KeyApplier::Row &row : rows)
        refused += row.outcome == KeyApplier::Outcome::Refused;
    if (json) {
        QJsonArray list;
        for (const KeyApplier::Row &row : rows) {
            QJsonObject entry{{QStringLiteral("portal"), row.portal},
                              {QStringLiteral("service"), row.service},
                              {QStringLiteral("outcome"), outcomeKey(row.outcome)},
                              {QStringLiteral("detail"), row.detail}};
            if (row.error.isError()) {
                QJsonObject error = PortalErrorReport::toJson(row.error);
                error.remove(QStringLiteral("ok"));
                entry.insert(QStringLiteral("error"), error);
            }
            list.append(entry);
        }
        printJson(QJsonObject{{QStringLiteral("dryRun"), dryRun},
                              {QStringLiteral("ok"), refused == 0},
                              {QStringLiteral("exitCode"), toInt(exitCodeFor(rows))},
                              {QStringLiteral("rows"), list}});
        return;
    }
    TextTable table({tr("PORTAL"), tr("SERVICE"), tr("OUTCOME"), tr("DETAIL")});
    for (const KeyApplier::Row &row : rows)
        table.addRow({row.portal, row.service, KeyApplier::outcomeName(row.outcome), row.detail});
    Console::out() << table.text();
    if (dryRun)
        Console::out() << tr("Dry run: nothing was sent.") << Qt::endl;
    Console::out().flush();
    if (refused > 0)
        Console::error(tr("%n of %1 refused.", nullptr, refused).arg(rows.size()));
}

} // namespace PortalKeys::Cli
