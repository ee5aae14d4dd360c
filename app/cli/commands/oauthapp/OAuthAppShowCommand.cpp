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
                      "“oauth-app update”. The client secret is left out unless --reveal-secret is given."))
    , m_revealOption(
          QStringLiteral("reveal-secret"),
          tr("Print the client secret in clear instead of masked (as “client_secret” with --json)."))
    , m_storeSecretOption(storeSecretOption())
{}

QString OAuthAppShowCommand::summary() const
{
    return tr("Show one OAuth app of a portal, its client secret masked unless asked for.");
}

QString OAuthAppShowCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral(
            "portalkeys-cli oauth-app show ID PORTAL [--json] [--reveal-secret] [--store-secret NAME]"))
        .paragraph(tr("Shows the app with the client ID “ID”: its name, state, URLs, redirect URIs, allowed "
                      "origins, scopes and who registered it when. Exits 1 when there is no such app, or "
                      "when the secret was asked for and the portal sent none."))
        .paragraph(tr("The portal gives the client secret to its admins and to the app's creator whenever "
                      "they ask, so a secret that was not kept can be read again here: there is no need to "
                      "regenerate it, which would break every integration that uses it. It is shown masked; "
                      "--reveal-secret prints it, and --store-secret NAME keeps it in the keychain as a "
                      "named secret (for example for “oauth-app try ID --client-secret-keychain NAME”) "
                      "without printing it."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_jsonOption << m_revealOption << m_storeSecretOption)
        .text();
}

void OAuthAppShowCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_jsonOption, m_revealOption, m_storeSecretOption}, arguments,
                     {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const bool json = parser.isSet(m_jsonOption);
    const bool reveal = parser.isSet(m_revealOption);
    const QString clientId = parser.positionalArguments().constFirst();
    if (!parser.isSet(m_storeSecretOption))
        return show(clientId, json, reveal, {}, false, std::move(finish));
    const QString secretName = parser.value(m_storeSecretOption);
    // The keychain is checked first: asking the portal for a secret that cannot be kept gains nothing.
    prepareSecretName(secretName, finish, [this, clientId, json, reveal, secretName, finish](bool replacing) {
        show(clientId, json, reveal, secretName, replacing, finish);
    });
}

void OAuthAppShowCommand::show(const QString &clientId, bool json, bool reveal, const QString &secretName,
                               bool replacing, Finish finish)
{
    openApi(json, finish,
            [this, clientId, json, reveal, secretName, replacing, finish](OAuth::OAuthAppsApi *api) {
                api->get(clientId, [this, clientId, json, reveal, secretName, replacing, finish](
                                       const Portal::PortalError &error, const OAuth::RegisteredApp &app) {
                    if (error.isError())
                        return finish(reportFailure(error, json, clientId));
                    const QByteArray secret = app.clientSecret;
                    if ((reveal || !secretName.isEmpty()) && secret.isEmpty()) {
                        Console::error(tr("The portal sent no client secret for the app %1.").arg(clientId));
                        return finish(ExitCode::Negative);
                    }
                    if (secretName.isEmpty())
                        return report(app, json, reveal, {}, false, false, finish);
                    storeSecret(clientId, secretName, secret, finish,
                                [this, app, json, reveal, secretName, replacing, finish] {
                                    report(app, json, reveal, secretName, true, replacing, finish);
                                });
                });
            });
}

void OAuthAppShowCommand::report(const OAuth::RegisteredApp &app, bool json, bool reveal,
                                 const QString &secretName, bool stored, bool replaced, Finish finish)
{
    if (json) {
        QJsonObject shown = reveal ? app.descriptionWithSecret() : app.description;
        if (stored)
            shown.insert(QStringLiteral("secretStoredAs"), secretName);
        printJson(shown);
        return finish(ExitCode::Success);
    }
    QString secretRow = tr("******** (hidden; --reveal-secret prints it)");
    if (!app.hasSecret())
        secretRow = QStringLiteral("-");
    else if (reveal)
        secretRow = QString::fromUtf8(app.clientSecret);
    else if (stored)
        secretRow = tr("******** (in the keychain as “%1”)").arg(secretName);
    Console::out() << OAuthAppText::details(app.app, secretRow) << Qt::flush;
    if (stored)
        Console::out() << storedSecretText(secretName, replaced) << Qt::endl;
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
