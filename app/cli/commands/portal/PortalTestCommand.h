#pragma once

#include "PortalOptions.h"
#include "commands/portal/PortalSubcommand.h"

#include <QObject>

namespace PortalKeys::Cli {

// portalkeys-cli portal test NAME [--json], or portal test --url URL (--api-key-env NAME | …) for a portal
// that is not saved.
class PortalTestCommand final : public PortalSubcommand {
    Q_DECLARE_TR_FUNCTIONS(PortalTestCommand)

public:
    PortalTestCommand();

    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;

    PortalOptions m_portalOptions;
    QCommandLineOption m_jsonOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
