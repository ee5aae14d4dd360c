#include "commands/apikey/ApiKeySubcommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "PortalErrorReport.h"

#include "apikeys/ApiKeyPermissions.h"
#include "apikeys/ApiKeysApi.h"
#include "portal/PortalClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;
using ApiKeys::ApiKeyPermissions;
using ApiKeys::ApiKeysApi;
using Portal::PortalError;

ApiKeySubcommand::ApiKeySubcommand() = default;
ApiKeySubcommand::~ApiKeySubcommand() = default;

bool ApiKeySubcommand::parseOnline(QCommandLineParser &parser, const QList<QCommandLineOption> &own,
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

bool ApiKeySubcommand::resolvePortal(const QCommandLineParser &parser, ExitCode *failure)
{
    m_target = m_portalOptions.resolve(parser);
    if (m_target.ok())
        return true;
    Console::error(m_target.error);
    *failure = m_target.failureCode;
    return false;
}

void ApiKeySubcommand::open(bool json, const Finish &finish, ClientReady ready)
{
    m_portalOptions.open(m_target, &m_context,
                         [this, json, finish, ready](const PortalError &error, Portal::PortalClient *client) {
                             if (error.isError())
                                 return finish(reportFailure(error, json));
                             ready(client);
                         });
}

void ApiKeySubcommand::openKey(const QString &id, bool json, const Finish &finish, KeyReady ready)
{
    open(json, finish, [this, id, json, finish, ready](Portal::PortalClient *client) {
        ApiKeysApi::list(client, [this, client, id, json, finish, ready](const PortalError &error,
                                                                         const QList<ApiKey> &keys) {
            if (error.isError())
                return finish(reportFailure(error, json));
            for (const ApiKey &key : keys) {
                if (key.id.compare(id, Qt::CaseInsensitive) == 0)
                    return ready(client, key);
            }
            m_keyListed = false;
            ApiKey unlisted;
            unlisted.id = id.toLower();
            ready(client, unlisted);
        });
    });
}

ExitCode ApiKeySubcommand::reportKeyFailure(const PortalError &error, const QString &id) const
{
    if (m_keyListed || error.kind() != PortalError::Kind::ServerError || error.httpStatus() != 500)
        return reportFailure(error, false);
    const PortalError missing(
        PortalError::Kind::NotFound,
        tr("%1 has no API key with the ID %2 (a portal admin sees every key, other users "
           "their own). Run “portalkeys-cli apikey list” with the same portal options to "
           "see the keys.")
            .arg(portalName(), id));
    return reportFailure(missing, false);
}

ExitCode ApiKeySubcommand::reportFailure(const PortalError &error, bool json) const
{
    if (json) {
        QJsonObject answer = PortalErrorReport::toJson(error);
        answer.insert(QStringLiteral("portal"), portalName());
        printJson(answer);
    }
    Console::out().flush();
    PortalErrorReport::print(error, PortalOptions::trustAdvice(m_target));
    return exitCodeFor(error);
}

bool ApiKeySubcommand::checkKeyId(const QString &id)
{
    if (ApiKeysApi::isKeyId(id))
        return true;
    Console::error(tr("“%1” is no API key ID: IDs look like 3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b (see "
                      "“portalkeys-cli apikey list”).")
                       .arg(id.left(64)));
    return false;
}

QCommandLineOption ApiKeySubcommand::permissionOption()
{
    return {QStringLiteral("permission"),
            tr("What the key may do: all (the default), read (read only), or a scope such as files:read, "
               "files:write, rooms:read, rooms:write, accounts:read, accounts.self:write. Repeat it, or "
               "separate scopes with commas."),
            QStringLiteral("P")};
}

std::optional<QStringList> ApiKeySubcommand::readPermissions(const QCommandLineParser &parser)
{
    QStringList names;
    for (const QString &value : parser.values(QStringLiteral("permission"))) {
        for (QString name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            name = name.trimmed();
            if (name == QLatin1String("all"))
                name = ApiKeyPermissions::all();
            else if (name == QLatin1String("read") || name == QLatin1String("read-only"))
                name = ApiKeyPermissions::readAll();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    if (names.contains(ApiKeyPermissions::all()) && names.size() > 1) {
        Console::error(tr("--permission all already allows everything; give it alone, or give only the "
                          "permissions the key needs."));
        return std::nullopt;
    }
    return names;
}

void ApiKeySubcommand::checkPermissions(Portal::PortalClient *client, const QStringList &wanted,
                                        const Finish &finish, std::function<void()> ok)
{
    ApiKeysApi::permissions(client, [wanted, finish, ok](const PortalError &error, const QStringList &names) {
        // A portal that cannot say what it offers is judged by DocSpace 3.7's list; it refuses the rest.
        const QStringList offered = error.isError() ? ApiKeyPermissions::builtIn() : names;
        if (const QString problem = ApiKeyPermissions::problem(wanted, offered); !problem.isEmpty()) {
            Console::error(problem);
            return finish(ExitCode::Usage);
        }
        ok();
    });
}

QString ApiKeySubcommand::keyLabel(const ApiKey &key)
{
    if (key.name.isEmpty())
        return key.id;
    return QStringLiteral("“%1” (%2)").arg(key.name, key.id);
}

QString ApiKeySubcommand::when(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString ApiKeySubcommand::expiryWords(const ApiKey &key, const QDateTime &now)
{
    if (!key.expiresAt.isValid())
        return tr("never");
    if (key.isExpired(now))
        return tr("expired %1 (%2)").arg(when(key.expiresAt), key.expiryText(now));
    return tr("%1 (%2)").arg(when(key.expiresAt), key.expiryText(now));
}

void ApiKeySubcommand::printDetails(const ApiKey &key, const QDateTime &now)
{
    QTextStream &out = Console::out();
    out << tr("Name:        %1").arg(key.name) << Qt::endl;
    out << tr("ID:          %1").arg(key.id) << Qt::endl;
    out << tr("Key:         %1").arg(key.maskedKey()) << Qt::endl;
    out << tr("Permissions: %1").arg(key.permissionsText()) << Qt::endl;
    out << tr("Active:      %1")
               .arg(key.isExpired(now) ? tr("no (expired)")
                    : key.isActive     ? tr("yes")
                                       : tr("no"))
        << Qt::endl;
    out << tr("Expires:     %1").arg(expiryWords(key, now)) << Qt::endl;
    out << tr("Created:     %1").arg(key.createdOn.isValid() ? when(key.createdOn) : tr("unknown"));
    if (!key.createdBy.isEmpty())
        out << ' ' << tr("by %1").arg(key.createdBy);
    out << Qt::endl;
    out << tr("Last used:   %1").arg(key.lastUsed.isValid() ? when(key.lastUsed) : tr("never")) << Qt::endl;
}

QString ApiKeySubcommand::portalParagraph()
{
    return tr("The portal is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, "
              "--token-env NAME, or --user EMAIL and --password-env NAME. Every user manages their own API "
              "keys; a portal admin sees and manages every key. Exit codes: 0 done, 1 refused for the data "
              "given or not found, 2 bad usage (nothing sent), 3 network or TLS, 4 credentials or "
              "permission, 5 keychain.");
}

void ApiKeySubcommand::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    Console::out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace PortalKeys::Cli
