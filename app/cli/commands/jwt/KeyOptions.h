#pragma once

#include "SecretInput.h"

#include "ExitCode.h"
#include "jwt/Key.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <functional>

class QCommandLineParser;
class QObject;

namespace PortalKeys::Cli {

// The ways a jwt subcommand gets its key: an HMAC secret from an environment variable, a file or the
// keychain (with an encoding), or a PEM / JWK / JWK Set file.
class KeyOptions {
    Q_DECLARE_TR_FUNCTIONS(KeyOptions)

public:
    enum class Accepts { SecretsAndKeyFiles, SecretsOnly };

    explicit KeyOptions(Accepts accepts = Accepts::SecretsAndKeyFiles);

    QList<QCommandLineOption> options() const;
    bool isGiven(const QCommandLineParser &parser) const;

    using Loaded = std::function<void(const Jwt::Key::LoadResult &result, ExitCode failureCode)>;
    // Asynchronous because the secret may come from the keychain. `kid` picks a key from a JWK Set.
    void load(const QCommandLineParser &parser, const QString &kid, QObject *context, Loaded done) const;

private:
    Accepts m_accepts;
    SecretInput m_secretInput;
    QCommandLineOption m_keychainOption;
    QCommandLineOption m_keyFileOption;
    QCommandLineOption m_encodingOption;
};

} // namespace PortalKeys::Cli
