#pragma once

#include "Command.h"
#include "SecretInput.h"

#include "secrets/SecretStore.h"

#include <QObject>

#include <memory>

namespace PortalKeys::Cli {

// `portalkeys-cli secret status|store|exists|delete`: named secrets in the OS keychain.
class SecretCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)

public:
    SecretCommand();
    // For tests and future callers that bring their own store.
    explicit SecretCommand(std::unique_ptr<SecretStore> store);

    QString name() const override { return QStringLiteral("secret"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void status(Finish finish);
    void store(const QString &secretName, const QByteArray &secret, Finish finish);
    void exists(const QString &secretName, Finish finish);
    void remove(const QString &secretName, Finish finish);
    static ExitCode reportStoreError(const SecretError &error);

    std::unique_ptr<SecretStore> m_store;
    SecretInput m_secretInput;
    QObject m_context;
};

} // namespace PortalKeys::Cli
