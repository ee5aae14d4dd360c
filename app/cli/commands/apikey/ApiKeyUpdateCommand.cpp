#include "commands/apikey/ApiKeyUpdateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "apikeys/ApiKeyPermissions.h"
#include "apikeys/ApiKeysApi.h"

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;
using ApiKeys::ApiKeyChange;
using ApiKeys::ApiKeysApi;

ApiKeyUpdateCommand::ApiKeyUpdateCommand()
    : m_nameOption(QStringLiteral("name"),
                   tr("The key's new name (at most %1 characters).").arg(ApiKeys::NewApiKey::maxNameLength),
                   QStringLiteral("NAME"))
{}

QString ApiKeyUpdateCommand::summary() const
{
    return tr("Rename an API key or change its permissions.");
}

QString ApiKeyUpdateCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli apikey update ID (--portal NAME | --url URL …) [--name NAME] "
                              "[--permission P]..."))
        .paragraph(
            tr("Gives the key with this ID a new name, new permissions (they replace the old ones), or "
               "both. The key itself stays the same, so whatever uses it goes on working with the new "
               "permissions. The portal changes neither an expired key nor, unless you are a portal "
               "admin, another user's key: that exits 1."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_nameOption << permissionOption())
        .text();
}

void ApiKeyUpdateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_nameOption, permissionOption()}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    const QString id = parser.positionalArguments().constFirst().trimmed();
    const std::optional<QStringList> permissions = readPermissions(parser);
    if (!checkKeyId(id) || !permissions)
        return finish(ExitCode::Usage);
    ApiKeyChange change;
    if (parser.isSet(m_nameOption)) {
        change.name = parser.value(m_nameOption).trimmed();
        if (const QString problem = ApiKeys::NewApiKey::nameProblem(*change.name); !problem.isEmpty()) {
            Console::error(tr("--name: %1").arg(problem));
            return finish(ExitCode::Usage);
        }
    }
    if (!permissions->isEmpty())
        change.permissions = *permissions;
    if (change.isEmpty()) {
        Console::error(tr("apikey update: say what to change with --name NAME or --permission P."));
        return finish(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    openKey(id, false, finish, [this, change, finish](Portal::PortalClient *client, const ApiKey &key) {
        const auto send = [this, client, key, change, finish] {
            ApiKeysApi::update(
                client, key.id, key.name, change,
                [this, key, change, finish](const Portal::PortalError &error) {
                    if (error.isError())
                        return finish(reportKeyFailure(error, key.id));
                    ApiKey changed = key;
                    changed.name = change.name.value_or(key.name);
                    if (change.permissions) {
                        changed.permissions = *change.permissions;
                        Console::out() << tr("Updated the API key %1 on %2: permissions %3.")
                                              .arg(keyLabel(changed), portalName(), changed.permissionsText())
                                       << Qt::endl;
                    } else {
                        Console::out()
                            << tr("Renamed the API key %1 on %2.").arg(keyLabel(changed), portalName())
                            << Qt::endl;
                    }
                    finish(ExitCode::Success);
                });
        };
        if (!change.permissions)
            return send();
        checkPermissions(client, *change.permissions, finish, send);
    });
}

} // namespace PortalKeys::Cli
