#include "KeychainName.h"

#include "Console.h"

#include "secrets/NamedSecret.h"
#include "secrets/SecretStore.h"

namespace PortalKeys::Cli {

void KeychainName::prepare(SecretStore *keychain, const QString &name, QObject *context,
                           const Command::Finish &finish, Ready ready)
{
    if (const QString problem = NamedSecret::nameProblem(name); !problem.isEmpty()) {
        Console::error(problem);
        return finish(ExitCode::Usage);
    }
    // Reading is the cheapest way to learn that the keychain answers; nothing is changed yet.
    keychain->read(NamedSecret::keychainKey(name), context,
                   [finish, ready](const SecretError &error, const QByteArray &) {
                       if (error.isError() && error.kind() != SecretError::Kind::NotFound) {
                           Console::error(error.message());
                           return finish(ExitCode::Keychain);
                       }
                       ready(!error.isError());
                   });
}

void KeychainName::store(SecretStore *keychain, const QString &name, const QByteArray &secret,
                         QObject *context, std::function<void(const SecretError &error)> done)
{
    keychain->write(NamedSecret::keychainKey(name), secret, context, std::move(done));
}

} // namespace PortalKeys::Cli
