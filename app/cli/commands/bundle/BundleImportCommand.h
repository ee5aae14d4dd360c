#pragma once

#include "commands/bundle/BundleSubcommand.h"

#include <QObject>

#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// portalkeys-cli bundle import FILE --passphrase-env NAME
class BundleImportCommand final : public BundleSubcommand {
    Q_DECLARE_TR_FUNCTIONS(BundleImportCommand)

public:
    BundleImportCommand();
    ~BundleImportCommand() override;

    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_passphraseOption;
    std::unique_ptr<SecretStore> m_keychain;
    QObject m_context;
};

} // namespace PortalKeys::Cli
