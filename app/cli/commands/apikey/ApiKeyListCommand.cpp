#include "commands/apikey/ApiKeyListCommand.h"

#include "Console.h"
#include "ExitCodeMapping.h"
#include "HelpFormatter.h"
#include "PortalErrorReport.h"
#include "commands/services/TextTable.h"

#include "apikeys/ApiKeysApi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;

ApiKeyListCommand::ApiKeyListCommand()
    : m_expiringOption(QStringLiteral("expiring-within"),
                       tr("List only the keys that expire within DAYS days or have expired, and exit 1 when "
                          "there is any."),
                       QStringLiteral("DAYS"))
    , m_jsonOption(QStringLiteral("json"), tr("Print the keys as a JSON list (keys masked)."))
{}

QString ApiKeyListCommand::summary() const
{
    return tr("List a portal's API keys: every key for an admin, your own otherwise.");
}

QString ApiKeyListCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral(
            "portalkeys-cli apikey list (--portal NAME… | --url URL …) [--expiring-within DAYS] [--json]"))
        .paragraph(tr("Lists the API keys with their ID, name, masked key (sk-*** and the last four "
                      "characters: the portal never shows a key again after it was made), permissions, "
                      "expiry, whether the key is on, when it was last used and who made it. A portal admin "
                      "sees every key of the portal, anybody else their own."))
        .paragraph(tr("--expiring-within DAYS lists only the keys that expire within DAYS days or have "
                      "expired, and exits 1 when there is any, 0 when there is none: run it daily to hear "
                      "of a key before the integration that uses it stops working."))
        .paragraph(tr("Repeat --portal to list several saved portals at once: the table gains a PORTAL "
                      "column, and --json prints one object per portal with its keys or its error. A "
                      "portal that cannot be reached is reported and the others are listed; the exit code "
                      "is then that portal's failure."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_expiringOption << m_jsonOption)
        .text();
}

void ApiKeyListCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_expiringOption, m_jsonOption}, arguments, {}))
        return finish(ExitCode::Usage);
    int withinDays = -1;
    if (parser.isSet(m_expiringOption)) {
        bool number = false;
        withinDays = parser.value(m_expiringOption).toInt(&number);
        if (!number || withinDays < 0) {
            Console::error(tr("--expiring-within takes a number of days (0 or more)."));
            return finish(ExitCode::Usage);
        }
    }
    const bool json = parser.isSet(m_jsonOption);
    const QList<PortalOptions::Target> targets = portals().resolveEach(parser);
    if (!targets.constFirst().ok()) {
        Console::error(targets.constFirst().error);
        return finish(targets.constFirst().failureCode);
    }
    if (targets.size() > 1)
        return listMany(targets, json, withinDays, finish);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    open(json, finish, [this, json, withinDays, finish](Portal::PortalClient *client) {
        ApiKeys::ApiKeysApi::list(client, [this, json, withinDays, finish](const Portal::PortalError &error,
                                                                           const QList<ApiKey> &keys) {
            if (error.isError())
                return finish(reportFailure(error, json));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (withinDays < 0) {
                print(keys, json, now);
                return finish(ExitCode::Success);
            }
            QList<ApiKey> expiring;
            for (const ApiKey &key : keys) {
                if (key.expiresWithin(withinDays, now))
                    expiring.append(key);
            }
            if (expiring.isEmpty() && !json)
                Console::out()
                    << tr("No API key on %1 expires within %n day(s).", nullptr, withinDays).arg(portalName())
                    << Qt::endl;
            else
                print(expiring, json, now);
            finish(expiring.isEmpty() ? ExitCode::Success : ExitCode::Negative);
        });
    });
}

void ApiKeyListCommand::print(const QList<ApiKey> &keys, bool json, const QDateTime &now) const
{
    if (json) {
        QJsonArray array;
        for (const ApiKey &key : keys)
            array.append(key.toJson(now));
        return printJson(array);
    }
    if (keys.isEmpty()) {
        Console::out() << tr("%1 has no API keys you can see.").arg(portalName()) << Qt::endl;
        return;
    }
    TextTable table(columns());
    for (const ApiKey &key : keys)
        table.addRow(keyCells(key, now));
    Console::out() << table.text();
}

QStringList ApiKeyListCommand::columns()
{
    return {tr("ID"),      tr("NAME"),   tr("KEY"),       tr("PERMISSIONS"),
            tr("EXPIRES"), tr("ACTIVE"), tr("LAST USED"), tr("CREATED BY")};
}

QStringList ApiKeyListCommand::keyCells(const ApiKey &key, const QDateTime &now)
{
    const QString active = key.isExpired(now) ? tr("no (expired)") : key.isActive ? tr("yes") : tr("no");
    return {key.id,
            key.name,
            key.maskedKey(),
            key.permissionsText(),
            expiryWords(key, now),
            active,
            key.lastUsed.isValid() ? when(key.lastUsed) : tr("never"),
            key.createdBy};
}

void ApiKeyListCommand::listMany(const QList<PortalOptions::Target> &targets, bool json, int withinDays,
                                 const Finish &finish)
{
    QList<ApiKeys::ApiKeyListing::Target> openers;
    for (const PortalOptions::Target &target : targets) {
        openers.append({target.profile.name, [this, target](ApiKeys::ApiKeyListing::Opened opened) {
                            portals().open(target, context(), std::move(opened));
                        }});
    }
    auto *listing = new ApiKeys::ApiKeyListing(context());
    listing->list(openers, [listing, json, withinDays,
                            finish](const QList<ApiKeys::ApiKeyListing::PortalResult> &results) {
        listing->deleteLater();
        finish(printMany(results, json, withinDays));
    });
}

// One table (or JSON list) for every portal, in the order named; a portal that failed is said on standard
// error and its failure decides the exit code, so that a cron job does not take "no answer" for "no key".
ExitCode ApiKeyListCommand::printMany(QList<ApiKeys::ApiKeyListing::PortalResult> portals, bool json,
                                      int withinDays)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<ExitCode> failure;
    bool anyKey = false;
    QJsonArray array;
    TextTable table(QStringList{tr("PORTAL")} + columns());
    QStringList reached;
    for (ApiKeys::ApiKeyListing::PortalResult &portal : portals) {
        if (portal.error.isError()) {
            if (!failure)
                failure = exitCodeFor(portal.error);
            PortalErrorReport::print(portal.error, PortalOptions::pinAdvice(portal.portal), portal.portal);
            QJsonObject error = PortalErrorReport::toJson(portal.error);
            error.remove(QStringLiteral("ok"));
            array.append(
                QJsonObject{{QStringLiteral("portal"), portal.portal}, {QStringLiteral("error"), error}});
            continue;
        }
        reached.append(portal.portal);
        if (withinDays >= 0)
            portal.keys.removeIf([&](const ApiKey &key) { return !key.expiresWithin(withinDays, now); });
        QJsonArray keys;
        for (const ApiKey &key : std::as_const(portal.keys)) {
            keys.append(key.toJson(now));
            table.addRow(QStringList{portal.portal} + keyCells(key, now));
        }
        anyKey = anyKey || !portal.keys.isEmpty();
        array.append(QJsonObject{{QStringLiteral("portal"), portal.portal}, {QStringLiteral("keys"), keys}});
    }
    if (json)
        printJson(array);
    else if (anyKey)
        Console::out() << table.text();
    else if (!reached.isEmpty() && withinDays >= 0)
        Console::out() << tr("No API key on %1 expires within %n day(s).", nullptr, withinDays)
                              .arg(reached.join(QStringLiteral(", ")))
                       << Qt::endl;
    else if (!reached.isEmpty())
        Console::out() << tr("%1: no API keys you can see.").arg(reached.join(QStringLiteral(", ")))
                       << Qt::endl;
    if (failure)
        return *failure;
    return anyKey && withinDays >= 0 ? ExitCode::Negative : ExitCode::Success;
}

} // namespace PortalKeys::Cli
