#include "commands/jwt/KeyOptions.h"

#include "KeychainAccess.h"
#include "TextInput.h"

#include "secrets/NamedSecret.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

namespace PortalKeys::Cli {

namespace {

std::optional<Jwt::Key::SecretEncoding> encodingFromName(const QString &name)
{
    if (name == QStringLiteral("utf8"))
        return Jwt::Key::SecretEncoding::Utf8;
    if (name == QStringLiteral("base64"))
        return Jwt::Key::SecretEncoding::Base64;
    if (name == QStringLiteral("base64url"))
        return Jwt::Key::SecretEncoding::Base64Url;
    if (name == QStringLiteral("hex"))
        return Jwt::Key::SecretEncoding::Hex;
    return std::nullopt;
}

Jwt::Key::LoadResult failure(const QString &error)
{
    return {std::nullopt, error};
}

} // namespace

KeyOptions::KeyOptions(Accepts accepts)
    : m_accepts(accepts)
    , m_secretInput(QStringLiteral("secret"), tr("the HMAC secret"))
    , m_keychainOption(
          QStringLiteral("secret-keychain"),
          tr("Use the HMAC secret stored in the keychain under NAME (see “portalkeys-cli secret”)."),
          QStringLiteral("NAME"))
    , m_keyFileOption(QStringLiteral("key-file"),
                      tr("Use the PEM key or certificate, JWK or JWK Set in the file PATH."),
                      QStringLiteral("PATH"))
    , m_encodingOption(QStringLiteral("secret-encoding"),
                       tr("How the secret is written: utf8 (default), base64, base64url or hex."),
                       QStringLiteral("ENCODING"), QStringLiteral("utf8"))
{}

QList<QCommandLineOption> KeyOptions::options() const
{
    QList<QCommandLineOption> list = m_secretInput.options();
    list << m_keychainOption << m_encodingOption;
    if (m_accepts == Accepts::SecretsAndKeyFiles)
        list << m_keyFileOption;
    return list;
}

bool KeyOptions::isGiven(const QCommandLineParser &parser) const
{
    return m_secretInput.isGiven(parser) || parser.isSet(m_keychainOption) ||
           (m_accepts == Accepts::SecretsAndKeyFiles && parser.isSet(m_keyFileOption));
}

void KeyOptions::load(const QCommandLineParser &parser, const QString &kid, QObject *context,
                      Loaded done) const
{
    const int sources = int(m_secretInput.isGiven(parser)) + int(parser.isSet(m_keychainOption)) +
                        int(m_accepts == Accepts::SecretsAndKeyFiles && parser.isSet(m_keyFileOption));
    if (sources != 1) {
        const QString choices = m_accepts == Accepts::SecretsAndKeyFiles
                                    ? tr("--secret-env, --secret-file, --secret-keychain or --key-file")
                                    : tr("--secret-env, --secret-file or --secret-keychain");
        return done(failure(sources == 0 ? tr("Give the key with one of %1.").arg(choices)
                                         : tr("Give only one of %1.").arg(choices)),
                    ExitCode::Usage);
    }
    const std::optional<Jwt::Key::SecretEncoding> encoding = encodingFromName(parser.value(m_encodingOption));
    if (!encoding) {
        return done(failure(tr("Unknown secret encoding “%1”: use utf8, base64, base64url or hex.")
                                .arg(parser.value(m_encodingOption))),
                    ExitCode::Usage);
    }

    if (m_accepts == Accepts::SecretsAndKeyFiles && parser.isSet(m_keyFileOption)) {
        const TextInput::Result file = TextInput::readFileOrStdin(parser.value(m_keyFileOption));
        if (!file.ok())
            return done(failure(file.error), ExitCode::Usage);
        return done(Jwt::Key::fromKeyFile(file.data, kid), ExitCode::Usage);
    }
    if (parser.isSet(m_keychainOption)) {
        const QString name = parser.value(m_keychainOption);
        if (const QString problem = NamedSecret::nameProblem(name); !problem.isEmpty())
            return done(failure(problem), ExitCode::Usage);
        const KeychainAccess *keychain = KeychainAccess::instance();
        if (!keychain) // the offline portalkeys-cli hands --secret-keychain over before it gets here
            return done(failure(tr("This program has no keychain access.")), ExitCode::Keychain);
        std::shared_ptr<SecretStore> store = keychain->open();
        const Jwt::Key::SecretEncoding chosen = *encoding;
        store->read(NamedSecret::keychainKey(name), context,
                    [store, chosen, done](const SecretError &error, const QByteArray &secret) {
                        if (error.isError()) {
                            done(failure(error.message()), error.kind() == SecretError::Kind::NotFound
                                                               ? ExitCode::Usage
                                                               : ExitCode::Keychain);
                            return;
                        }
                        done(Jwt::Key::fromSecret(secret, chosen), ExitCode::Usage);
                    });
        return;
    }
    const SecretInput::Result secret = m_secretInput.read(parser);
    if (!secret.ok())
        return done(failure(secret.error), ExitCode::Usage);
    done(Jwt::Key::fromSecret(secret.secret, *encoding), ExitCode::Usage);
}

} // namespace PortalKeys::Cli
