#include "commands/oauthapp/OAuthAppEnableCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

OAuthAppEnableCommand::OAuthAppEnableCommand(bool enable)
    : m_enable(enable)
{}

QString OAuthAppEnableCommand::summary() const
{
    return m_enable ? tr("Enable an OAuth app: people can sign in with it again.")
                    : tr("Disable an OAuth app: nobody can sign in with it until it is enabled.");
}

QString OAuthAppEnableCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app %1 ID PORTAL").arg(name()))
        .paragraph(m_enable ? tr("Enables the app with the client ID “ID”, so that it can sign people in "
                                 "again. Its client ID and secret stay the same.")
                            : tr("Disables the app with the client ID “ID”: the portal refuses to sign "
                                 "anyone in with it until it is enabled again. Nothing else changes: the "
                                 "client ID and secret stay the same. Exits 1 when there is no such app."))
        .paragraph(portalParagraph())
        .options(portalOptions())
        .text();
}

void OAuthAppEnableCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const QString clientId = parser.positionalArguments().constFirst();
    openApi(false, finish, [this, clientId, finish](OAuth::OAuthAppsApi *api) {
        api->setEnabled(clientId, m_enable, [this, clientId, finish](const Portal::PortalError &error) {
            if (error.isError())
                return finish(reportFailure(error, false, clientId));
            Console::out() << (m_enable ? tr("Enabled the OAuth app %1 on %2.")
                                        : tr("Disabled the OAuth app %1 on %2."))
                                  .arg(clientId, portalName())
                           << Qt::endl;
            finish(ExitCode::Success);
        });
    });
}

} // namespace PortalKeys::Cli
