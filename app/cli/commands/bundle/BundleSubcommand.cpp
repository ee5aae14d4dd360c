#include "commands/bundle/BundleSubcommand.h"

#include "Console.h"
#include "SecretInput.h"
#include "TextInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

using Drafts::Bundle;

bool BundleSubcommand::parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QStringList &arguments) const
{
    parser.addOptions(options);
    if (!parse(parser, arguments))
        return false;
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > 1) {
        // The extra words are not repeated: one may be a passphrase typed where it does not belong.
        Console::error(tr("%1: too many arguments (%2 given, only FILE expected); they are not repeated here "
                          "in case one is a secret. Run “portalkeys-cli %1 --help”.")
                           .arg(invocation())
                           .arg(positionals.size()));
        return false;
    }
    if (positionals.isEmpty()) {
        Console::error(tr("%1: give the bundle FILE. Run “portalkeys-cli %1 --help”.").arg(invocation()));
        return false;
    }
    return true;
}

QCommandLineOption BundleSubcommand::passphraseOption()
{
    return {QStringLiteral("passphrase-env"),
            tr("Read the bundle's passphrase from the environment variable NAME."), QStringLiteral("NAME")};
}

std::optional<QByteArray> BundleSubcommand::readPassphrase(const QCommandLineParser &parser,
                                                           const QCommandLineOption &option) const
{
    if (!parser.isSet(option)) {
        Console::error(tr("%1: give the passphrase with --passphrase-env NAME; it is never taken as a plain "
                          "argument.")
                           .arg(invocation()));
        return std::nullopt;
    }
    const SecretInput::Result read = SecretInput::fromEnvironment(parser.value(option));
    if (!read.ok()) {
        Console::error(read.error);
        return std::nullopt;
    }
    return read.secret;
}

ExitCode BundleSubcommand::exitCodeFor(Bundle::Failure failure)
{
    switch (failure) {
    case Bundle::Failure::None:
        return ExitCode::Success;
    case Bundle::Failure::WrongPassphrase:
    case Bundle::Failure::Internal:
        return ExitCode::Negative;
    case Bundle::Failure::EmptyPassphrase:
    case Bundle::Failure::Damaged:
    case Bundle::Failure::NotABundle:
    case Bundle::Failure::NewerFormat:
    case Bundle::Failure::TooLarge:
    case Bundle::Failure::Unsupported:
        return ExitCode::Usage;
    }
    return ExitCode::Usage;
}

std::optional<QByteArray> BundleSubcommand::decryptFile(const QString &path, const QByteArray &passphrase,
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

void BundleSubcommand::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    Console::out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace PortalKeys::Cli
