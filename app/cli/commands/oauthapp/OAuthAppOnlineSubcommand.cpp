#include "commands/oauthapp/OAuthAppOnlineSubcommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "KeychainName.h"
#include "PortalErrorReport.h"

#include "oauth/OAuthAppIssue.h"
#include "oauth/OAuthAppsApi.h"
#include "portal/PortalClient.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NamedSecret.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

using Portal::PortalError;

OAuthAppOnlineSubcommand::OAuthAppOnlineSubcommand()
    : m_keychain(std::make_unique<KeychainSecretStore>())
{}

OAuthAppOnlineSubcommand::~OAuthAppOnlineSubcommand() = default;

bool OAuthAppOnlineSubcommand::parseOnline(QCommandLineParser &parser, const QList<QCommandLineOption> &own,
                                           const QStringList &arguments, const QStringList &positionals)
{
    parser.addOptions(m_portalOptions.options());
    parser.addOptions(own);
    if (!parse(parser, arguments))
        return false;
    const QStringList given = parser.positionalArguments();
    if (given.size() > positionals.size()) {
        // The extra words are not repeated: one may be a secret typed where it does not belong.
        Console::error(
            tr("%1: too many arguments (%2 given, %3 expected); they are not repeated here in case "
               "one is a secret. Run “portalkeys-cli %1 --help”.")
                .arg(invocation())
                .arg(given.size())
                .arg(positionals.size()));
        return false;
    }
    if (given.size() < positionals.size()) {
        Console::error(tr("%1: give %2. Run “portalkeys-cli %1 --help”.")
                           .arg(invocation(), positionals.mid(given.size()).join(QLatin1Char(' '))));
        return false;
    }
    for (const QString &value : given) {
        if (value.trimmed().isEmpty()) {
            Console::error(tr("%1: an argument is empty.").arg(invocation()));
            return false;
        }
    }
    return true;
}

bool OAuthAppOnlineSubcommand::resolvePortal(const QCommandLineParser &parser, ExitCode *failure)
{
    m_target = m_portalOptions.resolve(parser);
    if (m_target.ok())
        return true;
    Console::error(m_target.error);
    *failure = m_target.failureCode;
    return false;
}

void OAuthAppOnlineSubcommand::openApi(bool json, Finish finish, ApiReady ready)
{
    m_portalOptions.open(m_target, &m_context,
                         [this, json, finish, ready](const PortalError &error, Portal::PortalClient *client) {
                             if (error.isError())
                                 return finish(reportFailure(error, json));
                             m_client = client;
                             ready(new OAuth::OAuthAppsApi(client, &m_context));
                         });
}

ExitCode OAuthAppOnlineSubcommand::reportFailure(const PortalError &error, bool json,
                                                 const QString &clientId) const
{
    PortalError shown = error;
    if (!clientId.isEmpty() && error.kind() == PortalError::Kind::NotFound && error.httpStatus() == 404)
        shown.setMessage(
            tr("There is no OAuth app with the client ID “%1” on %2.").arg(clientId, portalName()));

    const QList<OAuth::OAuthAppIssue> issues = OAuth::OAuthAppIssue::fromServerErrors(error.fieldErrors());
    if (json) {
        QJsonObject answer = PortalErrorReport::toJson(shown);
        answer.insert(QStringLiteral("portal"), portalName());
        if (!issues.isEmpty()) {
            QJsonArray fields;
            for (const OAuth::OAuthAppIssue &issue : issues)
                fields.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                          {QStringLiteral("message"), issue.message}});
            answer.insert(QStringLiteral("fieldErrors"), fields);
        }
        printJson(answer);
    }
    Console::out().flush();
    for (const OAuth::OAuthAppIssue &issue : issues)
        Console::err() << (issue.field.isEmpty() ? QStringLiteral("-") : issue.location()) << ": "
                       << issue.message << Qt::endl;
    PortalErrorReport::print(shown, PortalOptions::trustAdvice(m_target));
    return exitCodeFor(shown);
}

QCommandLineOption OAuthAppOnlineSubcommand::storeSecretOption()
{
    return {QStringLiteral("store-secret"),
            tr("Keep the client secret in the keychain as the named secret NAME (see “portalkeys-cli "
               "secret”) instead of printing it."),
            QStringLiteral("NAME")};
}

void OAuthAppOnlineSubcommand::prepareSecretName(const QString &name, Finish finish, SecretNameReady ready)
{
    KeychainName::prepare(m_keychain.get(), name, &m_context, finish, std::move(ready));
}

void OAuthAppOnlineSubcommand::storeSecret(const QString &clientId, const QString &name,
                                           const QByteArray &secret, Finish finish,
                                           std::function<void()> stored)
{
    KeychainName::store(
        m_keychain.get(), name, secret, &m_context,
        [clientId, name, finish, stored](const SecretError &error) {
            if (!error.isError())
                return stored();
            Console::error(error.message());
            Console::err() << tr("The client secret could not be kept and is not shown. Once the keychain "
                                 "works, store it with: portalkeys-cli oauth-app show %1 --store-secret %2 "
                                 "…")
                                  .arg(PortalErrorReport::shellQuoted(clientId),
                                       PortalErrorReport::shellQuoted(name))
                           << Qt::endl;
            finish(ExitCode::Keychain);
        });
}

void OAuthAppOnlineSubcommand::printSecret(const QString &clientId, const QByteArray &secret)
{
    Console::out() << "client_secret: " << QString::fromUtf8(secret) << Qt::endl;
    Console::warning(tr("keep the client secret safe: anyone who has it can sign in as the app (next time, "
                        "--store-secret NAME puts it in the keychain instead). The portal gives it again to "
                        "its admins and the app's creator: portalkeys-cli oauth-app show %1 … "
                        "--reveal-secret")
                         .arg(PortalErrorReport::shellQuoted(clientId)));
}

QString OAuthAppOnlineSubcommand::storedSecretText(const QString &name, bool replaced)
{
    return replaced ? tr("The client secret is in the keychain as the named secret “%1” (it replaced the "
                         "secret stored under that name before).")
                          .arg(name)
                    : tr("The client secret is in the keychain as the named secret “%1”.").arg(name);
}

QString OAuthAppOnlineSubcommand::portalParagraph()
{
    return tr("PORTAL is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env "
              "NAME, or --user EMAIL and --password-env NAME. Managing OAuth apps needs a portal admin; the "
              "portal's app registry is reached with a short-lived signature the portal issues to that "
              "admin, renewed once when it expires. Exit codes: 0 done, 1 refused for the data given or not "
              "found, 2 bad usage or input (nothing sent), 3 network or TLS, 4 credentials or permission, 5 "
              "keychain.");
}

void OAuthAppOnlineSubcommand::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    Console::out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace PortalKeys::Cli
