#include "commands/bundle/BundleSubcommand.h"

#include "BundleInput.h"
#include "Console.h"

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
    return BundleInput::passphraseOption();
}

std::optional<QByteArray> BundleSubcommand::readPassphrase(const QCommandLineParser &parser,
                                                           const QCommandLineOption &option) const
{
    return BundleInput::readPassphrase(parser, option, invocation());
}

std::optional<QByteArray> BundleSubcommand::decryptFile(const QString &path, const QByteArray &passphrase,
                                                        ExitCode *failure)
{
    return BundleInput::decryptFile(path, passphrase, failure);
}

void BundleSubcommand::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    Console::out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace PortalKeys::Cli
