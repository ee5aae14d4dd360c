#include "commands/SecretCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/NamedSecret.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

namespace {

const QString probeKey = QStringLiteral("portalkeys-cli/keychain-probe");

} // namespace

SecretCommand::SecretCommand()
    : SecretCommand(std::make_unique<KeychainSecretStore>())
{}

SecretCommand::SecretCommand(std::unique_ptr<SecretStore> store)
    : m_store(std::move(store))
{}

QString SecretCommand::summary() const
{
    return tr("Keep named secrets (e.g. a Document Server secret) in the keychain.");
}

QString SecretCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli secret status"))
        .usage(QStringLiteral("portalkeys-cli secret store NAME (--secret-env NAME | --secret-file PATH)"))
        .usage(QStringLiteral("portalkeys-cli secret exists NAME"))
        .usage(QStringLiteral("portalkeys-cli secret delete NAME"))
        .paragraph(tr("Named secrets live only in the OS keychain (service “%1”); this command never prints "
                      "a secret's value.")
                       .arg(KeychainSecretStore::defaultServiceName()))
        .section(
            tr("Subcommands:"),
            {{QStringLiteral("status"),
              tr("Check that the keychain works (writes, reads and removes a probe).")},
             {QStringLiteral("store NAME"), tr("Store a secret under NAME, replacing any previous one.")},
             {QStringLiteral("exists NAME"), tr("Exit 0 when a secret is stored under NAME, 1 when not.")},
             {QStringLiteral("delete NAME"),
              tr("Remove the secret stored under NAME (no error if none is).")}})
        .options(m_secretInput.options())
        .text();
}

void SecretCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);

    QCommandLineParser parser;
    parser.addOptions(m_secretInput.options());
    if (!parse(parser, arguments))
        return finish(ExitCode::Usage);
    const QStringList words = parser.positionalArguments();
    const QString subcommand = words.value(0);
    const QStringList known = {QStringLiteral("status"), QStringLiteral("store"), QStringLiteral("exists"),
                               QStringLiteral("delete")};
    if (!known.contains(subcommand)) {
        Console::error(
            subcommand.isEmpty()
                ? tr("secret: say what to do: status, store, exists or delete.")
                : tr("secret: unknown subcommand “%1”. Run “portalkeys-cli secret --help”.").arg(subcommand));
        return finish(ExitCode::Usage);
    }
    const int expectedWords = subcommand == QStringLiteral("status") ? 1 : 2;
    if (words.size() != expectedWords) {
        Console::error(tr("secret %1: expected %2, got %3 arguments. Run “portalkeys-cli secret --help”.")
                           .arg(subcommand, expectedWords == 1 ? tr("no name") : tr("one NAME"))
                           .arg(words.size() - 1));
        return finish(ExitCode::Usage);
    }
    if (subcommand != QStringLiteral("store") && m_secretInput.isGiven(parser)) {
        Console::error(tr("secret %1 takes no secret.").arg(subcommand));
        return finish(ExitCode::Usage);
    }
    if (subcommand == QStringLiteral("status"))
        return status(std::move(finish));

    const QString secretName = words.at(1);
    if (const QString problem = NamedSecret::nameProblem(secretName); !problem.isEmpty()) {
        Console::error(problem);
        return finish(ExitCode::Usage);
    }
    if (subcommand == QStringLiteral("exists"))
        return exists(secretName, std::move(finish));
    if (subcommand == QStringLiteral("delete"))
        return remove(secretName, std::move(finish));

    const SecretInput::Result input = m_secretInput.read(parser);
    if (!input.ok()) {
        Console::error(input.error);
        return finish(ExitCode::Usage);
    }
    store(secretName, input.secret, std::move(finish));
}

void SecretCommand::status(Finish finish)
{
    const QByteArray probe = QByteArrayLiteral("portalkeys keychain probe");
    m_store->write(probeKey, probe, &m_context, [this, probe, finish](const SecretError &writeError) {
        if (writeError.isError())
            return finish(reportStoreError(writeError));
        m_store->read(
            probeKey, &m_context,
            [this, probe, finish](const SecretError &readError, const QByteArray &value) {
                if (readError.isError())
                    return finish(reportStoreError(readError));
                m_store->remove(
                    probeKey, &m_context, [this, probe, value, finish](const SecretError &removeError) {
                        if (removeError.isError())
                            return finish(reportStoreError(removeError));
                        if (value != probe) {
                            Console::error(
                                tr("The keychain returned something else than what was stored in it."));
                            return finish(ExitCode::Keychain);
                        }
                        Console::out()
                            << tr("The keychain works: %1.").arg(m_store->backendName()) << Qt::endl;
                        finish(ExitCode::Success);
                    });
            });
    });
}

void SecretCommand::store(const QString &secretName, const QByteArray &secret, Finish finish)
{
    m_store->write(NamedSecret::keychainKey(secretName), secret, &m_context,
                   [this, secretName, finish](const SecretError &error) {
                       if (error.isError())
                           return finish(reportStoreError(error));
                       Console::out()
                           << tr("Stored the secret “%1” in the keychain.").arg(secretName) << Qt::endl;
                       finish(ExitCode::Success);
                   });
}

void SecretCommand::exists(const QString &secretName, Finish finish)
{
    m_store->read(NamedSecret::keychainKey(secretName), &m_context,
                  [secretName, finish](const SecretError &error, const QByteArray &) {
                      if (error.kind() == SecretError::Kind::NotFound) {
                          Console::out() << tr("No secret is stored under “%1”.").arg(secretName) << Qt::endl;
                          return finish(ExitCode::Negative);
                      }
                      if (error.isError())
                          return finish(reportStoreError(error));
                      Console::out() << tr("A secret is stored under “%1”.").arg(secretName) << Qt::endl;
                      finish(ExitCode::Success);
                  });
}

void SecretCommand::remove(const QString &secretName, Finish finish)
{
    m_store->remove(
        NamedSecret::keychainKey(secretName), &m_context, [secretName, finish](const SecretError &error) {
            if (error.isError())
                return finish(reportStoreError(error));
            Console::out() << tr("No secret is stored under “%1” any more.").arg(secretName) << Qt::endl;
            finish(ExitCode::Success);
        });
}

ExitCode SecretCommand::reportStoreError(const SecretError &error)
{
    Console::error(error.message());
    return error.kind() == SecretError::Kind::NotFound ? ExitCode::Negative : ExitCode::Keychain;
}

} // namespace PortalKeys::Cli
