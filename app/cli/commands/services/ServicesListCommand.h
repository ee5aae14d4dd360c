#pragma once

#include "PortalOptions.h"
#include "commands/services/ServicesSubcommand.h"

#include <QObject>

namespace PortalKeys::Cli {

// portalkeys-cli services list (--portal NAME | --url URL …) [--json]
class ServicesListCommand final : public ServicesSubcommand {
    Q_DECLARE_TR_FUNCTIONS(ServicesListCommand)

public:
    ServicesListCommand();

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    static void print(const QString &portalName, const QList<AuthService::ServiceView> &services, bool json);

    PortalOptions m_portalOptions;
    QCommandLineOption m_jsonOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
