#pragma once

#include "commands/portal/PortalSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli portal list [--json]
class PortalListCommand final : public PortalSubcommand {
    Q_DECLARE_TR_FUNCTIONS(PortalListCommand)

public:
    PortalListCommand();

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    static QString table(const QList<Portal::PortalProfile> &profiles);

    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
