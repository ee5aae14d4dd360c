#pragma once

#include "commands/portal/PortalSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli portal pin NAME (--sha256 HEX | --clear)
class PortalPinCommand final : public PortalSubcommand {
    Q_DECLARE_TR_FUNCTIONS(PortalPinCommand)

public:
    PortalPinCommand();

    QString name() const override { return QStringLiteral("pin"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QCommandLineOption m_sha256Option;
    QCommandLineOption m_clearOption;
};

} // namespace PortalKeys::Cli
