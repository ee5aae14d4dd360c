#include "commands/apikey/ApiKeyDeleteCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "Terminal.h"

#include "apikeys/ApiKeysApi.h"

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;

ApiKeyDeleteCommand::ApiKeyDeleteCommand()
    : m_yesOption(QStringLiteral("yes"), tr("Delete without asking (needed when standard input is not a "
                                            "terminal, as in scripts)."))
{}

QString ApiKeyDeleteCommand::summary() const
{
    return tr("Delete an API key from a portal.");
}

QString ApiKeyDeleteCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli apikey delete ID (--portal NAME | --url URL …) [--yes]"))
        .paragraph(
            tr("Deletes the key with this ID: whatever signs in with it stops working, and it cannot "
               "be brought back (to stop it for a while, use “apikey disable”). On a terminal the "
               "command names the key and asks first; otherwise it needs --yes, and without it exits 2 "
               "having sent nothing. A key kept with --store-secret stays in the keychain: remove it "
               "with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such key, the answer "
               "is no, or the key is another user's and you are not a portal admin."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_yesOption)
        .text();
}

void ApiKeyDeleteCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_yesOption}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    const QString id = parser.positionalArguments().constFirst().trimmed();
    if (!checkKeyId(id))
        return finish(ExitCode::Usage);
    const bool ask = !parser.isSet(m_yesOption);
    if (ask && !Terminal::isInteractive()) {
        Console::error(tr("apikey delete: standard input is not a terminal, so there is nobody to ask; add "
                          "--yes to delete the key."));
        return finish(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    openKey(id, false, finish, [this, ask, finish](Portal::PortalClient *client, const ApiKey &key) {
        const QString question =
            key.name.isEmpty()
                ? tr("Delete the API key with the ID %1 from %2? It is not among the keys you can see; "
                     "whatever signs in with it will stop working.")
                      .arg(key.id, portalName())
                : tr("Delete the API key %1 (%2) from %3? Whatever signs in with it will stop working.")
                      .arg(keyLabel(key), key.maskedKey(), portalName());
        if (ask && !Terminal::confirm(question)) {
            Console::out() << tr("Nothing was deleted.") << Qt::endl;
            return finish(ExitCode::Negative);
        }
        ApiKeys::ApiKeysApi::remove(
            client, key.id, key.name, [this, key, finish](const Portal::PortalError &error) {
                if (error.isError())
                    return finish(reportKeyFailure(error, key.id));
                Console::out() << tr("Deleted the API key %1 from %2.").arg(keyLabel(key), portalName())
                               << Qt::endl;
                finish(ExitCode::Success);
            });
    });
}

} // namespace PortalKeys::Cli
