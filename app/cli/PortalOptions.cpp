#include "PortalOptions.h"

#include "SecretInput.h"
#include "Sha256Fingerprint.h"

#include "portal/PortalSession.h"
#include "portal/PortalUrl.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

using Portal::PortalError;
using Portal::PortalProfile;

namespace {

PortalOptions::Target failure(const QString &error, ExitCode code = ExitCode::Usage)
{
    PortalOptions::Target target;
    target.error = error;
    target.failureCode = code;
    return target;
}

} // namespace

PortalOptions::PortalOptions()
    : m_portalOption(QStringLiteral("portal"),
                     tr("Use the saved portal NAME (see “portalkeys-cli portal list”)."),
                     QStringLiteral("NAME"))
    , m_urlOption(QStringLiteral("url"),
                  tr("Use the portal at URL without saving it; give its credentials with --api-key-env, "
                     "--token-env, or --user and --password-env."),
                  QStringLiteral("URL"))
    , m_apiKeyEnvOption(QStringLiteral("api-key-env"),
                        tr("With --url: read the API key from the environment variable NAME."),
                        QStringLiteral("NAME"))
    , m_tokenEnvOption(
          QStringLiteral("token-env"),
          tr("With --url: read a login or personal access token from the environment variable NAME."),
          QStringLiteral("NAME"))
    , m_userOption(QStringLiteral("user"),
                   tr("With --url: sign in with this e-mail address and the password of --password-env "
                      "(basic authentication)."),
                   QStringLiteral("EMAIL"))
    , m_passwordEnvOption(QStringLiteral("password-env"),
                          tr("With --url and --user: read the password from the environment variable NAME."),
                          QStringLiteral("NAME"))
    , m_pinOption(QStringLiteral("pin-sha256"),
                  tr("Trust the certificate with this SHA-256 fingerprint despite TLS errors, for this run."),
                  QStringLiteral("HEX"))
    , m_timeoutOption(QStringLiteral("timeout"),
                      tr("Wait at most SECONDS for each answer (default: the portal's setting, or %1).")
                          .arg(PortalProfile::defaultTimeoutSeconds),
                      QStringLiteral("SECONDS"))
    , m_keychain(std::make_unique<KeychainSecretStore>())
    , m_memory(std::make_unique<MemorySecretStore>())
{}

PortalOptions::~PortalOptions() = default;

QList<QCommandLineOption> PortalOptions::options() const
{
    return {m_portalOption, m_urlOption,         m_apiKeyEnvOption, m_tokenEnvOption,
            m_userOption,   m_passwordEnvOption, m_pinOption,       m_timeoutOption};
}

PortalOptions::Target PortalOptions::resolve(const QCommandLineParser &parser,
                                             const QString &positionalName) const
{
    QString name = positionalName;
    if (parser.isSet(m_portalOption)) {
        if (!name.isEmpty() && name != parser.value(m_portalOption))
            return failure(tr("Name the portal once: as an argument or with --portal, not both."));
        name = parser.value(m_portalOption);
    }
    if (!name.isEmpty() && parser.isSet(m_urlOption))
        return failure(tr("Give either a saved portal's name or --url, not both."));
    if (!name.isEmpty())
        return resolveSaved(parser, name);
    if (parser.isSet(m_urlOption))
        return resolveAdHoc(parser);
    return failure(tr("Say which portal: --portal NAME for a saved one, or --url URL with its credentials."));
}

QList<PortalOptions::Target> PortalOptions::resolveEach(const QCommandLineParser &parser) const
{
    QStringList names;
    for (const QString &name : parser.values(m_portalOption)) {
        if (!names.contains(name))
            names.append(name);
    }
    if (names.size() <= 1)
        return {resolve(parser)};
    if (parser.isSet(m_urlOption))
        return {failure(tr("Give either saved portals' names or --url, not both."))};
    // A pin belongs to one portal's certificate: `portal pin` keeps one for each.
    if (parser.isSet(m_pinOption))
        return {
            failure(tr("--pin-sha256 is for one portal; pin each saved portal with “portalkeys-cli portal "
                       "pin NAME --sha256 HEX”."))};
    QList<Target> targets;
    for (const QString &name : std::as_const(names)) {
        const Target target = resolveSaved(parser, name);
        if (!target.ok())
            return {target};
        targets.append(target);
    }
    return targets;
}

PortalOptions::Target PortalOptions::resolveSaved(const QCommandLineParser &parser, const QString &name) const
{
    for (const QCommandLineOption &option :
         {m_apiKeyEnvOption, m_tokenEnvOption, m_userOption, m_passwordEnvOption}) {
        if (parser.isSet(option))
            return failure(tr("--%1 goes with --url; a saved portal's credentials are in the keychain.")
                               .arg(option.names().constFirst()));
    }
    const Portal::ProfileStore store;
    const Portal::ProfileStore::LoadResult loaded = store.load();
    if (!loaded.ok())
        return failure(loaded.error);
    const PortalProfile *found = Portal::ProfileStore::findByName(loaded.profiles, name);
    if (!found)
        return failure(
            tr("There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.").arg(name),
            ExitCode::Negative);
    Target target;
    target.profile = *found;
    target.saved = true;
    target.error = applyOverrides(parser, target.profile);
    return target;
}

PortalOptions::Target PortalOptions::resolveAdHoc(const QCommandLineParser &parser) const
{
    const Portal::PortalUrl::Result url = Portal::PortalUrl::normalize(parser.value(m_urlOption));
    if (!url.ok())
        return failure(url.error);
    const bool basic = parser.isSet(m_userOption) || parser.isSet(m_passwordEnvOption);
    const int sources =
        int(parser.isSet(m_apiKeyEnvOption)) + int(parser.isSet(m_tokenEnvOption)) + int(basic);
    if (sources != 1)
        return failure(sources == 0 ? tr("With --url, give the credentials: --api-key-env NAME, --token-env "
                                         "NAME, or --user EMAIL with --password-env NAME.")
                                    : tr("With --url, give only one kind of credentials: --api-key-env, "
                                         "--token-env, or --user with --password-env."));
    if (basic && !(parser.isSet(m_userOption) && parser.isSet(m_passwordEnvOption)))
        return failure(tr("--user and --password-env go together."));

    Target target;
    Portal::CredentialKind kind = Portal::CredentialKind::ApiKey;
    QString variable = parser.value(m_apiKeyEnvOption);
    target.slot = Portal::SecretSlot::ApiKey;
    if (parser.isSet(m_tokenEnvOption)) {
        kind = Portal::CredentialKind::Token;
        variable = parser.value(m_tokenEnvOption);
        target.slot = Portal::SecretSlot::LoginToken;
    } else if (basic) {
        kind = Portal::CredentialKind::Basic;
        variable = parser.value(m_passwordEnvOption);
        target.slot = Portal::SecretSlot::Password;
    }
    const SecretInput::Result secret = SecretInput::fromEnvironment(variable);
    if (!secret.ok())
        return failure(secret.error);

    // The host stands in for a name: portals are named in messages ("portal.example.com refused …").
    target.profile = PortalProfile::create(url.url.host(), url.url, kind);
    target.profile.user = parser.value(m_userOption).trimmed();
    target.secret = secret.secret;
    target.error = applyOverrides(parser, target.profile);
    return target;
}

QString PortalOptions::applyOverrides(const QCommandLineParser &parser, PortalProfile &profile) const
{
    if (parser.isSet(m_pinOption)) {
        const Sha256Fingerprint::Result pin = Sha256Fingerprint::normalize(parser.value(m_pinOption));
        if (!pin.ok())
            return pin.error;
        profile.pinnedSha256 = pin.hex;
    }
    if (parser.isSet(m_timeoutOption)) {
        bool number = false;
        profile.timeoutSeconds = parser.value(m_timeoutOption).toInt(&number);
        if (!number)
            return tr("--timeout takes a number of seconds.");
    }
    return profile.problem();
}

void PortalOptions::open(const QCommandLineParser &parser, QObject *context, Ready ready)
{
    open(resolve(parser), context, std::move(ready));
}

void PortalOptions::open(const Target &target, QObject *context, Ready ready)
{
    if (!target.ok()) {
        return ready(PortalError(target.failureCode == ExitCode::Negative ? PortalError::Kind::NotFound
                                                                          : PortalError::Kind::InvalidUrl,
                                 target.error),
                     nullptr);
    }
    if (target.saved) {
        auto *session = new Portal::PortalSession(target.profile, m_keychain.get(), context);
        return session->open(std::move(ready));
    }
    SecretStore *memory = m_memory.get();
    const PortalProfile profile = target.profile;
    Portal::PortalSession::storeSecrets(memory, profile, {{target.slot, target.secret}}, context,
                                        [memory, profile, context, ready](const PortalError &error) {
                                            if (error.isError())
                                                return ready(error, nullptr);
                                            auto *session =
                                                new Portal::PortalSession(profile, memory, context);
                                            session->open(ready);
                                        });
}

PortalErrorReport::TrustAdvice PortalOptions::trustAdvice(const Target &target)
{
    return target.saved ? pinAdvice(target.profile.name) : pinOptionAdvice();
}

PortalErrorReport::TrustAdvice PortalOptions::pinOptionAdvice()
{
    return [](const QString &sha256) {
        return tr("If this is the portal's certificate (compare the fingerprint with the one its "
                  "administrator sees), run the command again with --pin-sha256 %1")
            .arg(sha256);
    };
}

PortalErrorReport::TrustAdvice PortalOptions::pinAdvice(const QString &portalName)
{
    return [portalName](const QString &sha256) {
        return tr("If this is the portal's certificate (compare the fingerprint with the one its "
                  "administrator sees), trust it with:\n  portalkeys-cli portal pin %1 --sha256 %2")
            .arg(PortalErrorReport::shellQuoted(portalName), sha256);
    };
}

} // namespace PortalKeys::Cli
