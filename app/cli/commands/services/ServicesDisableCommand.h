#pragma once

#include "PortalOptions.h"
#include "commands/services/ServicesSubcommand.h"

#include <QObject>

namespace PortalKeys::Cli {

// portalkeys-cli services disable NAME (--portal NAME | --url URL …) [--dry-run] [--yes]
class ServicesDisableCommand final : public ServicesSubcommand {
    Q_DECLARE_TR_FUNCTIONS(ServicesDisableCommand)

public:
    ServicesDisableCommand();

    QString name() const override { return QStringLiteral("disable"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;

    PortalOptions m_portalOptions;
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_yesOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
