#include "commands/apikey/ApiKeyListCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/TextTable.h"

#include "apikeys/ApiKeysApi.h"

#include <QJsonArray>

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
            "portalkeys-cli apikey list (--portal NAME | --url URL …) [--expiring-within DAYS] [--json]"))
        .paragraph(tr("Lists the API keys with their ID, name, masked key (sk-*** and the last four "
                      "characters: the portal never shows a key again after it was made), permissions, "
                      "expiry, whether the key is on, when it was last used and who made it. A portal admin "
                      "sees every key of the portal, anybody else their own."))
        .paragraph(tr("--expiring-within DAYS lists only the keys that expire within DAYS days or have "
                      "expired, and exits 1 when there is any, 0 when there is none: run it daily to hear "
                      "of a key before the integration that uses it stops working."))
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
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const bool json = parser.isSet(m_jsonOption);
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
    TextTable table({tr("ID"), tr("NAME"), tr("KEY"), tr("PERMISSIONS"), tr("EXPIRES"), tr("ACTIVE"),
                     tr("LAST USED"), tr("CREATED BY")});
    for (const ApiKey &key : keys) {
        const QString active = key.isExpired(now) ? tr("no (expired)") : key.isActive ? tr("yes") : tr("no");
        table.addRow({key.id, key.name, key.maskedKey(), key.permissionsText(), expiryWords(key, now), active,
                      key.lastUsed.isValid() ? when(key.lastUsed) : tr("never"), key.createdBy});
    }
    Console::out() << table.text();
}

} // namespace PortalKeys::Cli
