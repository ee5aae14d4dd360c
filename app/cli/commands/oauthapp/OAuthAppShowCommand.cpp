#include "commands/oauthapp/OAuthAppShowCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/oauthapp/OAuthAppText.h"

#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

OAuthAppShowCommand::OAuthAppShowCommand()
    : m_jsonOption(QStringLiteral("json"),
                   tr("Print the app as the portal describes it (JSON); the file can be edited and given to "
                      "“oauth-app update”."))
{}

QString OAuthAppShowCommand::summary() const
{
    return tr("Show one OAuth app of a portal.");
}

QString OAuthAppShowCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app show ID PORTAL [--json]"))
        .paragraph(tr("Shows the app with the client ID “ID”: its name, state, URLs, redirect URIs, allowed "
                      "origins, scopes and who registered it when. The client secret is never shown: the "
                      "portal shows it once, when the app is registered or its secret regenerated. Exits 1 "
                      "when there is no such app."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_jsonOption)
        .text();
}

void OAuthAppShowCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_jsonOption}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const bool json = parser.isSet(m_jsonOption);
    const QString clientId = parser.positionalArguments().constFirst();
    openApi(json, finish, [this, clientId, json, finish](OAuth::OAuthAppsApi *api) {
        api->get(clientId,
                 [this, clientId, json, finish](const Portal::PortalError &error, const QJsonObject &app) {
                     if (error.isError())
                         return finish(reportFailure(error, json, clientId));
                     if (json)
                         printJson(OAuthAppText::withoutSecret(app));
                     else
                         Console::out() << OAuthAppText::details(OAuth::OAuthApp::fromJson(app)) << Qt::flush;
                     finish(ExitCode::Success);
                 });
    });
}

} // namespace PortalKeys::Cli
