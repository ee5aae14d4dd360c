#include "commands/portal/PortalAddCommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "PortalOptions.h"
#include "Sha256Fingerprint.h"
#include "commands/portal/PasswordSignIn.h"

#include "apikeys/ApiKeysApi.h"
#include "oauth/ScopeModel.h"
#include "portal/PortalSession.h"
#include "portal/PortalUrl.h"
#include "portal/ProfileAdder.h"
#include "portal/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

namespace PortalKeys::Cli {

using Portal::CredentialKind;
using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

namespace {

QString secretWhat(CredentialKind kind, bool withUser)
{
    switch (kind) {
    case CredentialKind::ApiKey:
        return PortalAddCommand::tr("the API key");
    case CredentialKind::Basic:
        return PortalAddCommand::tr("the password");
    case CredentialKind::Token:
        return withUser ? PortalAddCommand::tr("the password") : PortalAddCommand::tr("the access token");
    case CredentialKind::OAuth2:
        return PortalAddCommand::tr("the client secret");
    }
    return {};
}

} // namespace

PortalAddCommand::PortalAddCommand()
    : m_urlOption(
          QStringLiteral("url"),
          tr("The portal's address, e.g. https://portal.example.com (https is required except for this "
             "computer)."),
          QStringLiteral("URL"))
    , m_authOption(QStringLiteral("auth"), tr("How to sign in: apikey, basic, token or oauth2."),
                   QStringLiteral("KIND"))
    , m_userOption(QStringLiteral("user"),
                   tr("The e-mail address to sign in with (basic; token: sign in with the password and keep "
                      "only the login token)."),
                   QStringLiteral("EMAIL"))
    , m_secretInput(QStringLiteral("secret"), tr("the API key, password, access token or client secret"))
    , m_clientIdOption(QStringLiteral("client-id"), tr("oauth2: the client ID of the portal's OAuth app."),
                       QStringLiteral("ID"))
    , m_scopesOption(QStringLiteral("scopes"),
                     tr("oauth2: the scopes to ask for, separated by spaces (default: the app's scopes)."),
                     QStringLiteral("\"A B\""))
    , m_oauthServerOption(QStringLiteral("oauth-server"),
                          tr("oauth2: the OAuth server when it is not the portal itself."),
                          QStringLiteral("URL"))
    , m_pinOption(QStringLiteral("pin-sha256"),
                  tr("Trust the certificate with this SHA-256 fingerprint despite TLS errors."),
                  QStringLiteral("HEX"))
    , m_timeoutOption(
          QStringLiteral("timeout"),
          tr("Wait at most SECONDS for each answer (default %1).").arg(PortalProfile::defaultTimeoutSeconds),
          QStringLiteral("SECONDS"))
    , m_tfaCodeEnvOption(QStringLiteral("tfa-code-env"),
                         tr("token with --user: read the two-factor code from the environment variable NAME "
                            "(else it is asked for when the portal wants one)."),
                         QStringLiteral("NAME"))
    , m_store(std::make_unique<KeychainSecretStore>())
{}

PortalAddCommand::~PortalAddCommand() = default;

QList<QCommandLineOption> PortalAddCommand::allOptions() const
{
    return QList<QCommandLineOption>{m_urlOption, m_authOption, m_userOption} + m_secretInput.options() +
           QList<QCommandLineOption>{m_clientIdOption, m_scopesOption,  m_oauthServerOption,
                                     m_pinOption,      m_timeoutOption, m_tfaCodeEnvOption};
}

QString PortalAddCommand::summary() const
{
    return tr("Save a portal and keep its credentials in the keychain.");
}

QString PortalAddCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal add NAME --url URL --auth apikey --secret-env NAME"))
        .usage(QStringLiteral(
            "portalkeys-cli portal add NAME --url URL --auth basic --user EMAIL --secret-env NAME"))
        .usage(QStringLiteral(
            "portalkeys-cli portal add NAME --url URL --auth token [--user EMAIL] --secret-env "
            "NAME [--tfa-code-env NAME]"))
        .usage(QStringLiteral("portalkeys-cli portal add NAME --url URL --auth oauth2 --client-id ID "
                              "[--secret-env NAME] [--scopes \"A B\"] [--oauth-server URL]"))
        .paragraph(
            tr("Saves the portal under NAME and its secret in the keychain; the portal list itself holds "
               "no secret. The secret is read from an environment variable or a file (--secret-file - "
               "for standard input), never from the command line."))
        .section(tr("The secret, by kind:"),
                 {{QStringLiteral("apikey"), tr("the API key (sk-…) from Developer Tools → API keys")},
                  {QStringLiteral("basic"), tr("the password of --user, sent with every request")},
                  {QStringLiteral("token"),
                   tr("with --user, the password: PortalKeys signs in (asking for the two-factor code if "
                      "needed) and keeps only the login token; without --user, a personal access token")},
                  {QStringLiteral("oauth2"),
                   tr("the client secret, if the app has one; then run “portalkeys-cli portal login NAME”")}})
        .options(allOptions())
        .text();
}

QString PortalAddCommand::misplacedOption(const QCommandLineParser &parser, CredentialKind kind) const
{
    const QList<QPair<QCommandLineOption, QList<CredentialKind>>> rules = {
        {m_userOption, {CredentialKind::Basic, CredentialKind::Token}},
        {m_clientIdOption, {CredentialKind::OAuth2}},
        {m_scopesOption, {CredentialKind::OAuth2}},
        {m_oauthServerOption, {CredentialKind::OAuth2}},
        {m_tfaCodeEnvOption, {CredentialKind::Token}},
    };
    for (const auto &[option, kinds] : rules) {
        if (parser.isSet(option) && !kinds.contains(kind))
            return tr("--%1 does not go with --auth %2.")
                .arg(option.names().constFirst(), Portal::credentialKindName(kind));
    }
    if (parser.isSet(m_tfaCodeEnvOption) && !parser.isSet(m_userOption))
        return tr("--tfa-code-env goes with --user: the code is for signing in with a password.");
    return {};
}

void PortalAddCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 1, 1, tr("portal a NAME")))
        return finish(ExitCode::Usage);
    auto usageError = [&finish](const QString &message) {
        Console::error(message);
        finish(ExitCode::Usage);
    };
    if (!parser.isSet(m_urlOption) || !parser.isSet(m_authOption))
        return usageError(tr("portal add: give --url URL and --auth apikey|basic|token|oauth2."));
    const std::optional<CredentialKind> kind = Portal::credentialKindFromName(parser.value(m_authOption));
    if (!kind)
        return usageError(
            tr("Unknown --auth “%1”: use apikey, basic, token or oauth2.").arg(parser.value(m_authOption)));
    if (const QString misplaced = misplacedOption(parser, *kind); !misplaced.isEmpty())
        return usageError(misplaced);
    const Portal::PortalUrl::Result url = Portal::PortalUrl::normalize(parser.value(m_urlOption));
    if (!url.ok())
        return usageError(url.error);

    PortalProfile profile = PortalProfile::create(parser.positionalArguments().constFirst(), url.url, *kind);
    profile.user = parser.value(m_userOption).trimmed();
    profile.clientId = parser.value(m_clientIdOption).trimmed();
    profile.scopes = OAuth::ScopeModel::split(parser.value(m_scopesOption));
    if (parser.isSet(m_oauthServerOption)) {
        const Portal::PortalUrl::Result server =
            Portal::PortalUrl::normalize(parser.value(m_oauthServerOption));
        if (!server.ok())
            return usageError(tr("--oauth-server: %1").arg(server.error));
        profile.oauthServer = server.url;
    }
    if (parser.isSet(m_pinOption)) {
        const Sha256Fingerprint::Result pin = Sha256Fingerprint::normalize(parser.value(m_pinOption));
        if (!pin.ok())
            return usageError(pin.error);
        profile.pinnedSha256 = pin.hex;
    }
    if (parser.isSet(m_timeoutOption)) {
        bool number = false;
        profile.timeoutSeconds = parser.value(m_timeoutOption).toInt(&number);
        if (!number)
            return usageError(tr("--timeout takes a number of seconds."));
    }
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return usageError(problem);

    const std::optional<QList<PortalProfile>> profiles = loadProfiles();
    if (!profiles)
        return finish(ExitCode::Usage);
    if (const PortalProfile *existing = Portal::ProfileStore::nameClash(*profiles, profile)) {
        return usageError(tr("There is already a portal named “%1”. Choose another name, or remove it first "
                             "with “portalkeys-cli portal remove %2”.")
                              .arg(existing->name, PortalErrorReport::shellQuoted(existing->name)));
    }

    const bool signsIn = *kind == CredentialKind::Token && !profile.user.isEmpty();
    QByteArray secret;
    if (*kind != CredentialKind::OAuth2 || m_secretInput.isGiven(parser)) {
        const SecretInput::Result input =
            SecretInput(QStringLiteral("secret"), secretWhat(*kind, signsIn)).read(parser);
        if (!input.ok())
            return usageError(input.error);
        secret = input.secret;
    }
    QString twoFactorCode;
    if (parser.isSet(m_tfaCodeEnvOption)) {
        const SecretInput::Result code = SecretInput::fromEnvironment(parser.value(m_tfaCodeEnvOption));
        if (!code.ok())
            return usageError(code.error);
        twoFactorCode = QString::fromUtf8(code.secret).trimmed();
    }

    switch (*kind) {
    case CredentialKind::ApiKey:
        if (const QString problem = ApiKeys::ApiKeysApi::keyFormatProblem(secret); !problem.isEmpty())
            Console::warning(tr("%1 It is stored anyway.").arg(problem));
        return save(profile, {{SecretSlot::ApiKey, secret}}, {}, std::move(finish));
    case CredentialKind::Basic:
        return save(profile, {{SecretSlot::Password, secret}}, {}, std::move(finish));
    case CredentialKind::Token:
        if (signsIn)
            return signInAndSave(profile, secret, twoFactorCode, std::move(finish));
        return save(profile, {{SecretSlot::LoginToken, secret}}, {}, std::move(finish));
    case CredentialKind::OAuth2:
        if (secret.isEmpty())
            return save(profile, {}, {}, std::move(finish));
        return save(profile, {{SecretSlot::ClientSecret, secret}}, {}, std::move(finish));
    }
}

void PortalAddCommand::signInAndSave(const PortalProfile &profile, const QByteArray &password,
                                     const QString &twoFactorCode, Finish finish)
{
    PasswordSignIn::start(
        profile, password, twoFactorCode, &m_context,
        [this, profile, finish](const PortalError &error, const QByteArray &token, const QDateTime &expires) {
            if (error.isError()) {
                PortalErrorReport::print(error, PortalOptions::pinOptionAdvice());
                return finish(exitCodeFor(error));
            }
            const QString note =
                expires.isValid()
                    ? tr("Signed in as %1; the keychain keeps the login token (valid until %2), not the "
                         "password.")
                          .arg(profile.user, expires.toUTC().toString(Qt::ISODate))
                    : tr("Signed in as %1; the keychain keeps the login token, not the password.")
                          .arg(profile.user);
            save(profile, {{SecretSlot::LoginToken, token}}, note, finish);
        });
}

void PortalAddCommand::save(const PortalProfile &profile, const QList<QPair<SecretSlot, QByteArray>> &secrets,
                            const QString &signedInNote, Finish finish)
{
    // The list is read again under its lock: it may have changed while we were signing in or writing to the
    // keychain. A failure removes the secrets again (ProfileAdder, shared with `apikey create --add-portal`).
    Portal::ProfileAdder::add(
        m_store.get(), Portal::ProfileStore(), profile, secrets, &m_context,
        [this, profile, signedInNote, finish](const Portal::ProfileAdder::Result &result) {
            if (result.ok())
                return reportAdded(profile, signedInNote, finish);
            Console::error(result.message);
            finish(result.failure == Portal::ProfileAdder::Failure::Keychain ? ExitCode::Keychain
                                                                             : ExitCode::Usage);
        });
}

void PortalAddCommand::reportAdded(const PortalProfile &profile, const QString &signedInNote, Finish finish)
{
    const QString quotedName = PortalErrorReport::shellQuoted(profile.name);
    Console::out() << tr("Added the portal “%1”: %2, %3.")
                          .arg(profile.name, profile.baseUrl.toString(),
                               Portal::credentialKindTitle(profile.kind))
                   << Qt::endl;
    if (!signedInNote.isEmpty())
        Console::out() << signedInNote << Qt::endl;
    if (profile.kind == CredentialKind::OAuth2)
        Console::out() << tr("Next, sign in with the browser: portalkeys-cli portal login %1").arg(quotedName)
                       << Qt::endl;
    else
        Console::out() << tr("Check it with: portalkeys-cli portal test %1").arg(quotedName) << Qt::endl;
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
