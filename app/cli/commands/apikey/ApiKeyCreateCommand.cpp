#include "commands/apikey/ApiKeyCreateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "KeychainName.h"
#include "PortalErrorReport.h"

#include "apikeys/ApiKeyPermissions.h"
#include "apikeys/ApiKeysApi.h"
#include "portal/ProfileAdder.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonObject>

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;
using ApiKeys::ApiKeysApi;
using ApiKeys::NewApiKey;
using Portal::PortalError;
using Portal::ProfileAdder;

ApiKeyCreateCommand::ApiKeyCreateCommand()
    : m_expiresOption(
          QStringLiteral("expires-in-days"),
          tr("The key expires after N days (%1 to %2).").arg(NewApiKey::minDays).arg(NewApiKey::maxDays),
          QStringLiteral("N"))
    , m_noExpiryOption(QStringLiteral("no-expiry"), tr("The key never expires (also when neither is given)."))
    , m_addPortalOption(QStringLiteral("add-portal"),
                        tr("Save a new portal profile PROFILE for this portal that signs in with the new key "
                           "(kept in the keychain) instead of printing the key."),
                        QStringLiteral("PROFILE"))
    , m_storeSecretOption(QStringLiteral("store-secret"),
                          tr("Keep the key in the keychain as the named secret NAME (see “portalkeys-cli "
                             "secret”) instead of printing it."),
                          QStringLiteral("NAME"))
    , m_jsonOption(QStringLiteral("json"),
                   tr("Print JSON for scripts: the key's details, and the key itself as “key” unless it is "
                      "kept in the keychain."))
    , m_keychain(std::make_unique<KeychainSecretStore>())
{}

ApiKeyCreateCommand::~ApiKeyCreateCommand() = default;

QString ApiKeyCreateCommand::summary() const
{
    return tr("Create an API key; it is shown once, or kept in the keychain.");
}

QString ApiKeyCreateCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral(
            "portalkeys-cli apikey create NAME (--portal NAME | --url URL …) [--permission P]... "
            "[--expires-in-days N | --no-expiry] [--add-portal PROFILE | --store-secret NAME] "
            "[--json]"))
        .paragraph(
            tr("Creates an API key named NAME (at most %1 characters). The portal shows the key only "
               "in its answer to the creation and keeps nothing but a hash, so PortalKeys prints it on "
               "standard output exactly once (the details go to standard error), or, with "
               "--store-secret NAME or --add-portal PROFILE, keeps it in the keychain and does not "
               "print it. Where it is to be kept is checked before the key is made; if keeping it "
               "fails all the same, the key is deleted again on the portal.")
                .arg(NewApiKey::maxNameLength))
        .paragraph(tr("Without --permission the key may do everything its owner may; --permission read makes "
                      "it read only. Without --expires-in-days it never expires. Creating keys is "
                      "rate-limited by the portal; guests may not create keys, nor may users other than the "
                      "owner and admins when the portal limits developer tools to admins."))
        .paragraph(portalParagraph())
        .options(portalOptions() << permissionOption() << m_expiresOption << m_noExpiryOption
                                 << m_addPortalOption << m_storeSecretOption << m_jsonOption)
        .text();
}

bool ApiKeyCreateCommand::readKey(const QCommandLineParser &parser)
{
    m_key.name = parser.positionalArguments().constFirst().trimmed();
    if (const QString problem = NewApiKey::nameProblem(m_key.name); !problem.isEmpty()) {
        Console::error(problem);
        return false;
    }
    const std::optional<QStringList> permissions = readPermissions(parser);
    if (!permissions)
        return false;
    m_key.permissions =
        permissions->isEmpty() ? QStringList{ApiKeys::ApiKeyPermissions::all()} : *permissions;
    if (parser.isSet(m_expiresOption) && parser.isSet(m_noExpiryOption)) {
        Console::error(tr("Give either --expires-in-days N or --no-expiry."));
        return false;
    }
    if (parser.isSet(m_expiresOption)) {
        bool number = false;
        const int days = parser.value(m_expiresOption).toInt(&number);
        const QString problem = number ? NewApiKey::daysProblem(days) : NewApiKey::daysProblem(0);
        if (!problem.isEmpty()) {
            Console::error(tr("--expires-in-days: %1").arg(problem));
            return false;
        }
        m_key.expiresInDays = days;
    }
    if (parser.isSet(m_addPortalOption) && parser.isSet(m_storeSecretOption)) {
        Console::error(tr("Keep the key one way: --add-portal PROFILE or --store-secret NAME."));
        return false;
    }
    m_keep = parser.isSet(m_addPortalOption)     ? Keep::Portal
             : parser.isSet(m_storeSecretOption) ? Keep::Secret
                                                 : Keep::Print;
    m_keepName = m_keep == Keep::Portal ? parser.value(m_addPortalOption) : parser.value(m_storeSecretOption);
    m_json = parser.isSet(m_jsonOption);
    return true;
}

void ApiKeyCreateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser,
                     {permissionOption(), m_expiresOption, m_noExpiryOption, m_addPortalOption,
                      m_storeSecretOption, m_jsonOption},
                     arguments, {QStringLiteral("NAME")}) ||
        !readKey(parser))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    m_expiryUnsaid = !parser.isSet(m_expiresOption) && !parser.isSet(m_noExpiryOption);
    prepareKeeping(finish, [this, finish] { create(finish); });
}

void ApiKeyCreateCommand::prepareKeeping(const Finish &finish, std::function<void()> ready)
{
    if (m_keep == Keep::Secret)
        return KeychainName::prepare(m_keychain.get(), m_keepName, context(), finish,
                                     [ready](bool) { ready(); });
    if (m_keep == Keep::Print)
        return ready();
    m_newPortal = ProfileAdder::apiKeyProfile(m_keepName, target().profile);
    const ProfileAdder::Result checked = ProfileAdder::check(Portal::ProfileStore(), m_newPortal);
    if (!checked.ok()) {
        Console::error(tr("--add-portal: %1").arg(checked.message));
        return finish(ExitCode::Usage);
    }
    // Reading an entry that is not there shows that the keychain answers; nothing is changed yet.
    m_keychain->read(m_newPortal.secretKey(Portal::SecretSlot::ApiKey), context(),
                     [finish, ready](const SecretError &error, const QByteArray &) {
                         if (error.isError() && error.kind() != SecretError::Kind::NotFound) {
                             Console::error(error.message());
                             return finish(ExitCode::Keychain);
                         }
                         ready();
                     });
}

void ApiKeyCreateCommand::create(const Finish &finish)
{
    open(m_json, finish, [this, finish](Portal::PortalClient *client) {
        checkPermissions(client, m_key.permissions, finish, [this, client, finish] {
            ApiKeysApi::create(client, m_key,
                               [this, client, finish](const PortalError &error, const ApiKey &key,
                                                      const QByteArray &secret) {
                                   if (error.isError())
                                       return finish(reportFailure(error, m_json));
                                   keep(client, key, secret, finish);
                               });
        });
    });
}

void ApiKeyCreateCommand::keep(Portal::PortalClient *client, const ApiKey &key, const QByteArray &secret,
                               const Finish &finish)
{
    if (m_keep == Keep::Print)
        return report(key, secret, finish);
    if (m_keep == Keep::Secret) {
        return KeychainName::store(m_keychain.get(), m_keepName, secret, context(),
                                   [this, client, key, finish](const SecretError &error) {
                                       if (!error.isError())
                                           return report(key, {}, finish);
                                       Console::error(error.message());
                                       undo(client, key, ExitCode::Keychain, finish);
                                   });
    }
    ProfileAdder::add(
        m_keychain.get(), Portal::ProfileStore(), m_newPortal, {{Portal::SecretSlot::ApiKey, secret}},
        context(), [this, client, key, finish](const ProfileAdder::Result &result) {
            if (result.ok())
                return report(key, {}, finish);
            Console::error(result.message);
            undo(client, key,
                 result.failure == ProfileAdder::Failure::Keychain ? ExitCode::Keychain : ExitCode::Usage,
                 finish);
        });
}

void ApiKeyCreateCommand::report(const ApiKey &key, const QByteArray &secret, const Finish &finish)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_json) {
        QJsonObject answer = key.toJson(now);
        answer.insert(QStringLiteral("ok"), true);
        answer.insert(QStringLiteral("portal"), portalName());
        if (!secret.isEmpty())
            answer.insert(QStringLiteral("key"), QString::fromLatin1(secret));
        else if (m_keep == Keep::Secret)
            answer.insert(QStringLiteral("storedAs"), QJsonObject{{QStringLiteral("secret"), m_keepName}});
        else
            answer.insert(QStringLiteral("storedAs"),
                          QJsonObject{{QStringLiteral("portal"), m_newPortal.name}});
        printJson(answer);
        return finish(ExitCode::Success);
    }
    if (m_expiryUnsaid)
        Console::warning(tr("the key never expires; --expires-in-days N limits the life of a key."));
    const QString made = tr("Created the API key %1 on %2: permissions %3, expires %4.")
                             .arg(keyLabel(key), portalName(), key.permissionsText(), expiryWords(key, now));
    if (!secret.isEmpty()) {
        Console::out() << QString::fromLatin1(secret) << Qt::endl;
        Console::err() << made << Qt::endl;
        Console::warning(tr("this is the only time the portal shows the key: keep it now. Next time, "
                            "--store-secret NAME or --add-portal PROFILE keeps it in the keychain instead."));
        return finish(ExitCode::Success);
    }
    Console::out() << made << Qt::endl;
    if (m_keep == Keep::Secret)
        Console::out() << tr("The key is in the keychain as the named secret “%1”.").arg(m_keepName)
                       << Qt::endl;
    else
        Console::out() << tr("Added the portal “%1”, which signs in with the new key. Check it with: "
                             "portalkeys-cli portal test %2")
                              .arg(m_newPortal.name, PortalErrorReport::shellQuoted(m_newPortal.name))
                       << Qt::endl;
    finish(ExitCode::Success);
}

void ApiKeyCreateCommand::undo(Portal::PortalClient *client, const ApiKey &key, ExitCode code,
                               const Finish &finish)
{
    ApiKeysApi::remove(client, key.id, key.name, [this, key, code, finish](const PortalError &error) {
        if (error.isError())
            Console::error(tr("The new key %1 could not be kept and is not shown, and deleting it on %2 "
                              "failed too (%3). Delete it with: portalkeys-cli apikey delete %4 …")
                               .arg(keyLabel(key), portalName(), error.message(), key.id));
        else
            Console::error(tr("The new key could not be kept, so it was deleted again on %1; nothing is "
                              "left behind.")
                               .arg(portalName()));
        finish(code);
    });
}

} // namespace PortalKeys::Cli
