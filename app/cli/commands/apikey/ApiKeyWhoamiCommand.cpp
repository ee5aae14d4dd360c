#include "commands/apikey/ApiKeyWhoamiCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "apikeys/ApiKeysApi.h"

#include <QJsonObject>

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;

ApiKeyWhoamiCommand::ApiKeyWhoamiCommand()
    : m_jsonOption(QStringLiteral("json"), tr("Print the key's details as JSON (the key masked)."))
{}

QString ApiKeyWhoamiCommand::summary() const
{
    return tr("Say which API key a portal signs in with: name, permissions, expiry.");
}

QString ApiKeyWhoamiCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral(
            "portalkeys-cli apikey whoami (--portal NAME | --url URL --api-key-env NAME) [--json]"))
        .paragraph(tr("Asks the portal which key the credential is: its name, ID, masked value, "
                      "permissions, expiry, whether it is on, and who made it. Handy before a key expires or "
                      "when a script fails with 403 (a key without the permission). Only a portal that signs "
                      "in with an API key has one; another credential exits 2."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_jsonOption)
        .text();
}

void ApiKeyWhoamiCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_jsonOption}, arguments, {}))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    if (target().profile.kind != Portal::CredentialKind::ApiKey) {
        Console::error(tr("%1 signs in with %2, not with an API key, so there is no key to show.")
                           .arg(portalName(), Portal::credentialKindTitle(target().profile.kind)));
        return finish(ExitCode::Usage);
    }
    const bool json = parser.isSet(m_jsonOption);
    open(json, finish, [this, json, finish](Portal::PortalClient *client) {
        ApiKeys::ApiKeysApi::whoami(
            client, [this, json, finish](const Portal::PortalError &error, const ApiKey &key) {
                if (error.isError())
                    return finish(reportFailure(error, json));
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (json) {
                    QJsonObject answer = key.toJson(now);
                    answer.insert(QStringLiteral("portal"), portalName());
                    printJson(answer);
                } else {
                    printDetails(key, now);
                }
                finish(ExitCode::Success);
            });
    });
}

} // namespace PortalKeys::Cli
