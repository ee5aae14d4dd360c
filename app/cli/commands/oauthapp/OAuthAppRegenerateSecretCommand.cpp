#include "commands/oauthapp/OAuthAppRegenerateSecretCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

OAuthAppRegenerateSecretCommand::OAuthAppRegenerateSecretCommand()
    : m_storeSecretOption(storeSecretOption())
{}

QString OAuthAppRegenerateSecretCommand::summary() const
{
    return tr("Give an OAuth app a new client secret; the old one stops working at once.");
}

QString OAuthAppRegenerateSecretCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app regenerate-secret ID PORTAL [--store-secret NAME]"))
        .paragraph(tr("Has the portal make a new client secret for the app with the client ID “ID”. The old "
                      "secret stops working at once: every integration that uses it needs the new one. A "
                      "secret that was only misplaced needs no new one: “oauth-app show ID --reveal-secret” "
                      "reads the current one again. As with “create”, with --store-secret NAME the new "
                      "secret goes to the keychain as a named secret and is not printed; without it, it is "
                      "printed on standard output (“client_secret: …”) with a reminder on standard error."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_storeSecretOption)
        .text();
}

void OAuthAppRegenerateSecretCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_storeSecretOption}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const QString clientId = parser.positionalArguments().constFirst();
    if (!parser.isSet(m_storeSecretOption))
        return regenerate(clientId, {}, false, std::move(finish));
    const QString secretName = parser.value(m_storeSecretOption);
    prepareSecretName(secretName, finish, [this, clientId, secretName, finish](bool replacing) {
        regenerate(clientId, secretName, replacing, finish);
    });
}

void OAuthAppRegenerateSecretCommand::regenerate(const QString &clientId, const QString &secretName,
                                                 bool replacing, Finish finish)
{
    openApi(false, finish, [this, clientId, secretName, replacing, finish](OAuth::OAuthAppsApi *api) {
        api->regenerateSecret(clientId, [this, clientId, secretName, replacing,
                                         finish](const Portal::PortalError &error, const QByteArray &secret) {
            if (error.isError())
                return finish(reportFailure(error, false, clientId));
            if (secret.isEmpty()) {
                Console::error(tr("The portal answered without the new client secret. The old one may no "
                                  "longer work; run the command again."));
                return finish(ExitCode::Network);
            }
            Console::out() << tr("The OAuth app %1 on %2 has a new client secret; the old one no longer "
                                 "works.")
                                  .arg(clientId, portalName())
                           << Qt::endl;
            if (secretName.isEmpty()) {
                printSecret(clientId, secret);
                return finish(ExitCode::Success);
            }
            storeSecret(clientId, secretName, secret, finish, [secretName, replacing, finish] {
                Console::out() << storedSecretText(secretName, replacing) << Qt::endl;
                finish(ExitCode::Success);
            });
        });
    });
}

} // namespace PortalKeys::Cli
