#pragma once

#include "commands/services/ServicesSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli services catalog [--product docspace|workspace] [--portal-version VERSION] [--json]
class ServicesCatalogCommand final : public ServicesSubcommand {
    Q_DECLARE_TR_FUNCTIONS(ServicesCatalogCommand)

public:
    ServicesCatalogCommand();

    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_productOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
