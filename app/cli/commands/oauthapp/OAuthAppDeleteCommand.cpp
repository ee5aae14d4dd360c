#include "commands/oauthapp/OAuthAppDeleteCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "Terminal.h"

#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

OAuthAppDeleteCommand::OAuthAppDeleteCommand()
    : m_yesOption(QStringLiteral("yes"), tr("Delete without asking (needed when standard input is not a "
                                            "terminal, as in scripts)."))
{}

QString OAuthAppDeleteCommand::summary() const
{
    return tr("Delete an OAuth app from a portal.");
}

QString OAuthAppDeleteCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app delete ID PORTAL [--yes]"))
        .paragraph(tr("Deletes the app with the client ID “ID”: nobody can sign in with it any more, and its "
                      "client ID and secret cannot be brought back. On a terminal the command names the "
                      "app and asks first; otherwise it needs --yes, and without it exits 2 having sent "
                      "nothing. A secret kept with --store-secret stays in the keychain: remove it with "
                      "“portalkeys-cli secret delete NAME”. Exits 1 when there is no such app or the "
                      "answer is no."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_yesOption)
        .text();
}

void OAuthAppDeleteCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_yesOption}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    const bool ask = !parser.isSet(m_yesOption);
    if (ask && !Terminal::isInteractive()) {
        Console::error(tr("oauth-app delete: standard input is not a terminal, so there is nobody to ask; "
                          "add --yes to delete the app."));
        return finish(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const QString clientId = parser.positionalArguments().constFirst();
    openApi(false, finish, [this, clientId, ask, finish](OAuth::OAuthAppsApi *api) {
        if (!ask)
            return remove(api, clientId, {}, finish);
        // Name the app in the question, and say "not found" before asking anything.
        api->get(clientId, [this, api, clientId, finish](const Portal::PortalError &error,
                                                         const OAuth::RegisteredApp &app) {
            if (error.isError())
                return finish(reportFailure(error, false, clientId));
            const QString appName = app.app.name;
            if (!Terminal::confirm(tr("Delete the OAuth app “%1” (%2) from %3? Nobody will be able to sign "
                                      "in with it any more.")
                                       .arg(appName, clientId, portalName()))) {
                Console::out() << tr("Nothing was deleted.") << Qt::endl;
                return finish(ExitCode::Negative);
            }
            remove(api, clientId, appName, finish);
        });
    });
}

void OAuthAppDeleteCommand::remove(OAuth::OAuthAppsApi *api, const QString &clientId, const QString &appName,
                                   Finish finish)
{
    api->remove(clientId, [this, clientId, appName, finish](const Portal::PortalError &error) {
        if (error.isError())
            return finish(reportFailure(error, false, clientId));
        Console::out()
            << (appName.isEmpty()
                    ? tr("Deleted the OAuth app %1 from %2.").arg(clientId, portalName())
                    : tr("Deleted the OAuth app “%1” (%2) from %3.").arg(appName, clientId, portalName()))
            << Qt::endl;
        finish(ExitCode::Success);
    });
}

} // namespace PortalKeys::Cli
