#pragma once

#include "commands/portal/PortalSubcommand.h"

#include "secrets/SecretStore.h"

#include <QObject>

#include <memory>

namespace PortalKeys::Cli {

// portalkeys-cli portal remove NAME: the portal and every secret of it in the keychain.
class PortalRemoveCommand final : public PortalSubcommand {
    Q_DECLARE_TR_FUNCTIONS(PortalRemoveCommand)

public:
    PortalRemoveCommand();
    ~PortalRemoveCommand() override;

    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    std::unique_ptr<SecretStore> m_store;
    QObject m_context;
};

} // namespace PortalKeys::Cli
