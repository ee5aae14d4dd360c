#pragma once

#include "Command.h"

#include "drafts/Bundle.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonValue>

#include <optional>

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli bundle", with what they share: the passphrase, and opening a bundle file.
class BundleSubcommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(BundleSubcommand)

public:
    QString invocation() const override { return QStringLiteral("bundle ") + name(); }

protected:
    // Parses the options and checks that exactly one positional argument, the bundle FILE, was given.
    bool parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                        const QStringList &arguments) const;

    // --passphrase-env NAME: a passphrase is a secret, so it never comes from a plain argument.
    static QCommandLineOption passphraseOption();
    // The passphrase, or nullopt after saying why there is none (exit 2 follows).
    std::optional<QByteArray> readPassphrase(const QCommandLineParser &parser,
                                             const QCommandLineOption &option) const;

    // Reads FILE ("-" for standard input) and decrypts it; prints the bundle's warnings. Returns the JSON
    // plaintext (the caller wipes it), or nullopt after saying why, with `*failure` set: 1 for a wrong
    // passphrase (the file is fine, the passphrase is not), 2 for a file that cannot be read as a bundle.
    static std::optional<QByteArray> decryptFile(const QString &path, const QByteArray &passphrase,
                                                 ExitCode *failure);
    static void printJson(const QJsonValue &json);
};

} // namespace PortalKeys::Cli
