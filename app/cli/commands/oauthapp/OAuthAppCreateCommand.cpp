#include "commands/oauthapp/OAuthAppCreateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/oauthapp/OAuthAppDraftFile.h"

#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppValidator.h"
#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

OAuthAppCreateCommand::OAuthAppCreateCommand()
    : m_storeSecretOption(storeSecretOption())
    , m_jsonOption(
          QStringLiteral("json"),
          tr("Print JSON for scripts: the app, and its client_secret unless --store-secret is given."))
{}

QString OAuthAppCreateCommand::summary() const
{
    return tr("Register a draft app (JSON) on a portal; its client secret goes to the keychain or is "
              "printed.");
}

QString OAuthAppCreateCommand::help() const
{
    return HelpFormatter()
        .usage(
            QStringLiteral("portalkeys-cli oauth-app create FILE.json PORTAL [--store-secret NAME] [--json]"))
        .paragraph(tr("Checks the draft as “oauth-app validate” does; when it has errors they are listed "
                      "(“field: message”), nothing is sent and the command exits 2. Otherwise registers the "
                      "app and prints its client ID (“client_id: …”). Reads standard input for \"-\"."))
        .paragraph(tr("With --store-secret NAME the client secret goes to the keychain as a named secret (as "
                      "with “portalkeys-cli secret store NAME”), for example for “oauth-app try ID "
                      "--client-secret-keychain NAME”, and is not printed. Without it, the secret is printed "
                      "on standard output (“client_secret: …”) with a reminder on standard error. Either "
                      "way “oauth-app show ID --reveal-secret” reads it again later. When the portal refuses "
                      "the app, each field it names is listed as “field: message”, and a refusal for the "
                      "registry's limit (on DocSpace cloud %1 apps per portal, %2 per user) says which one "
                      "(exit 1).")
                       .arg(OAuth::OAuthAppsApi::maxAppsPerPortal)
                       .arg(OAuth::OAuthAppsApi::maxAppsPerUser))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_storeSecretOption << m_jsonOption)
        .text();
}

void OAuthAppCreateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_storeSecretOption, m_jsonOption}, arguments, {QStringLiteral("FILE.json")}))
        return finish(ExitCode::Usage);
    const bool json = parser.isSet(m_jsonOption);
    const QString path = parser.positionalArguments().constFirst();
    const OAuthAppDraftFile::Result draft = OAuthAppDraftFile::read(path);
    if (!draft.ok()) {
        Console::error(draft.error);
        return finish(ExitCode::Usage);
    }
    // The portal's rules first: a draft it would refuse is not sent at all.
    const int errors = OAuthAppDraftFile::printIssues(OAuth::OAuthAppValidator().validateJson(draft.object));
    if (errors > 0) {
        Console::error(tr("“%1” is not a valid OAuth app: %n error(s); nothing was sent.", nullptr, errors)
                           .arg(OAuthAppDraftFile::shownName(path)));
        return finish(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    // Only the fields of the create body: a file saved from "show --json" carries the portal's own too.
    const QJsonObject body = OAuth::OAuthApp::fromJson(draft.object).toCreateJson();
    if (!parser.isSet(m_storeSecretOption))
        return create(body, {}, false, json, std::move(finish));
    const QString secretName = parser.value(m_storeSecretOption);
    prepareSecretName(secretName, finish, [this, body, secretName, json, finish](bool replacing) {
        create(body, secretName, replacing, json, finish);
    });
}

void OAuthAppCreateCommand::create(const QJsonObject &body, const QString &secretName, bool replacing,
                                   bool json, Finish finish)
{
    openApi(json, finish, [this, body, secretName, replacing, json, finish](OAuth::OAuthAppsApi *api) {
        api->create(body, [this, secretName, replacing, json, finish](const Portal::PortalError &error,
                                                                      const OAuth::RegisteredApp &created) {
            if (error.isError())
                return finish(reportFailure(error, json));
            report(created, secretName, replacing, json, finish);
        });
    });
}

void OAuthAppCreateCommand::report(const OAuth::RegisteredApp &created, const QString &secretName,
                                   bool replacing, bool json, Finish finish)
{
    const QString clientId = created.app.clientId;
    const QByteArray secret = created.clientSecret;
    const QString appName = created.app.name;
    if (clientId.isEmpty()) {
        Console::error(tr("The portal registered the app but did not say its client ID; look for “%1” with "
                          "“portalkeys-cli oauth-app list”.")
                           .arg(appName));
        return finish(ExitCode::Network);
    }
    const bool store = !secretName.isEmpty() && !secret.isEmpty();
    if (!secretName.isEmpty() && secret.isEmpty())
        Console::warning(tr("the portal sent no client secret, so nothing was stored."));
    if (!json) {
        // The client ID first: should the secret not be kept, the app still has to be found.
        Console::out() << tr("Registered the OAuth app “%1” on %2.").arg(appName, portalName()) << Qt::endl;
        Console::out() << "client_id: " << clientId << Qt::endl;
    }
    const auto done = [this, clientId, secret, secretName, replacing, json, created, finish](bool stored) {
        if (!json) {
            if (stored)
                Console::out() << storedSecretText(secretName, replacing) << Qt::endl;
            else if (!secret.isEmpty())
                printSecret(clientId, secret);
            return finish(ExitCode::Success);
        }
        QJsonObject result{{QStringLiteral("ok"), true},
                           {QStringLiteral("portal"), portalName()},
                           {QStringLiteral("client_id"), clientId},
                           {QStringLiteral("app"), created.description}};
        if (stored)
            result.insert(QStringLiteral("secretStoredAs"), secretName);
        else if (!secret.isEmpty())
            result.insert(QStringLiteral("client_secret"), QString::fromUtf8(secret));
        printJson(result);
        if (!stored && !secret.isEmpty())
            Console::warning(tr("the JSON above holds the client secret; keep it safe."));
        finish(ExitCode::Success);
    };
    if (!store)
        return done(false);
    storeSecret(clientId, secretName, secret, finish, [done] { done(true); });
}

} // namespace PortalKeys::Cli
