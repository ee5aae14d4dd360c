#include "BundleInput.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "SecretInput.h"
#include "TextInput.h"

namespace PortalKeys::Cli {

using Drafts::Bundle;

QCommandLineOption BundleInput::passphraseOption()
{
    return {QStringLiteral("passphrase-env"),
            tr("Read the bundle's passphrase from the environment variable NAME."), QStringLiteral("NAME")};
}

std::optional<QByteArray> BundleInput::readPassphrase(const QCommandLineParser &parser,
                                                      const QCommandLineOption &option,
                                                      const QString &invocation)
{
    if (!parser.isSet(option)) {
        Console::error(tr("%1: give the passphrase with --passphrase-env NAME; it is never taken as a plain "
                          "argument.")
                           .arg(invocation));
        return std::nullopt;
    }
    const SecretInput::Result read = SecretInput::fromEnvironment(parser.value(option));
    if (!read.ok()) {
        Console::error(read.error);
        return std::nullopt;
    }
    return read.secret;
}

std::optional<QByteArray> BundleInput::decryptFile(const QString &path, const QByteArray &passphrase,
                                                   ExitCode *failure)
{
    const TextInput::Result file = TextInput::readFileOrStdin(path, Bundle::maxFileSize);
    if (!file.ok()) {
        Console::error(file.error);
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    Bundle::DecryptResult decrypted = Bundle::decrypt(file.data, passphrase);
    if (!decrypted.ok()) {
        Console::error(decrypted.error);
        *failure = exitCodeFor(decrypted.failure);
        return std::nullopt;
    }
    for (const QString &warning : std::as_const(decrypted.warnings))
        Console::warning(warning);
    *failure = ExitCode::Success;
    // Moved out, not copied: the plaintext stays in one buffer that the caller can wipe.
    return std::optional<QByteArray>(std::move(decrypted.json));
}

} // namespace PortalKeys::Cli
