#pragma once

#include "ExitCode.h"

#include "drafts/Bundle.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace PortalKeys::Cli {

// Opening a bundle file from the command line, for every command that reads one (bundle import/apply,
// services diff --bundle): the passphrase option, reading it, decrypting, and the exit codes of failures.
class BundleInput {
    Q_DECLARE_TR_FUNCTIONS(BundleInput)

public:
    // --passphrase-env NAME: a passphrase is a secret, so it never comes from a plain argument.
    static QCommandLineOption passphraseOption();
    // The passphrase, or nullopt after saying why there is none (exit 2 follows). `invocation` names the
    // command in the message, e.g. "bundle import".
    static std::optional<QByteArray> readPassphrase(const QCommandLineParser &parser,
                                                    const QCommandLineOption &option,
                                                    const QString &invocation);
    // Reads FILE ("-" for standard input) and decrypts it; prints the bundle's warnings. Returns the JSON
    // plaintext (the caller wipes it), or nullopt after saying why, with `*failure` set: 1 for a wrong
    // passphrase (the file is fine, the passphrase is not), 2 for a file that cannot be read as a bundle.
    static std::optional<QByteArray> decryptFile(const QString &path, const QByteArray &passphrase,
                                                 ExitCode *failure);
};

} // namespace PortalKeys::Cli
