#pragma once

#include "PortalOptions.h"
#include "commands/services/PropertyInput.h"
#include "commands/services/ServicesSubcommand.h"

#include "catalog/ServiceDefinition.h"
#include "drafts/Draft.h"

#include <QObject>

#include <memory>
#include <optional>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// portalkeys-cli services set NAME (--portal NAME | --url URL … | --offline [--product P])
//     [--prop KEY=VALUE]... [--prop-env KEY=NAME]... [--prop-file KEY=PATH]... [--dry-run] [--yes]
//     [--accept-warnings]
class ServicesSetCommand final : public ServicesSubcommand {
    Q_DECLARE_TR_FUNCTIONS(ServicesSetCommand)

public:
    ServicesSetCommand();
    ~ServicesSetCommand() override;

    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    struct Request {
        QString serviceName;
        QList<PropertyInput::Property> properties;
        bool dryRun = false;
        bool yes = false;
        bool acceptWarnings = false;
    };

    QList<QCommandLineOption> allOptions() const;
    void setOnline(const QCommandLineParser &parser, const Request &request, Finish finish);
    void setOffline(const Catalog::ServiceDefinition &service, Request request, Finish finish);
    void saveDraft(const Catalog::ServiceDefinition &service, const std::optional<Drafts::Draft> &existing,
                   const QMap<QString, QString> &current, const Request &request, const Finish &finish);
    // Prints the findings; returns the exit code when they stop the save.
    static std::optional<ExitCode> checkValues(const AuthService::ServiceView &view,
                                               const QMap<QString, QString> &values, bool acceptWarnings);

    PortalOptions m_portalOptions;
    PropertyInput m_input;
    QCommandLineOption m_offlineOption;
    QCommandLineOption m_productOption;
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_yesOption;
    QCommandLineOption m_acceptWarningsOption;
    std::unique_ptr<SecretStore> m_keychain;
    QObject m_context;
};

} // namespace PortalKeys::Cli
