#pragma once

#include "PortalOptions.h"
#include "commands/services/ServiceReport.h"
#include "commands/services/ServicesSubcommand.h"

#include "drafts/Draft.h"

#include <QObject>

#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// portalkeys-cli services show NAME (--portal NAME | --url URL … | --offline [--product P]) [--json]
class ServicesShowCommand final : public ServicesSubcommand {
    Q_DECLARE_TR_FUNCTIONS(ServicesShowCommand)

public:
    ServicesShowCommand();
    ~ServicesShowCommand() override;

    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    void showOnline(const QCommandLineParser &parser, const QString &serviceName, bool json, Finish finish);
    void showOffline(const Catalog::ServiceDefinition &service, bool json, Finish finish);
    static void printOffline(const Catalog::ServiceDefinition &service, const Drafts::Draft *draft,
                             const ServiceReport::Values &values, const QStringList &missing, bool json);

    PortalOptions m_portalOptions;
    QCommandLineOption m_offlineOption;
    QCommandLineOption m_productOption;
    QCommandLineOption m_jsonOption;
    std::unique_ptr<SecretStore> m_keychain;
    QObject m_context;
};

} // namespace PortalKeys::Cli
