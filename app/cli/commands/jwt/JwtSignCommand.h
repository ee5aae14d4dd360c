#pragma once

#include "commands/jwt/JwtSubcommand.h"
#include "commands/jwt/KeyOptions.h"

#include <QObject>

namespace PortalKeys::Cli {

// portalkeys-cli jwt sign --alg ALG KEY [--kid KID] [--header-json FILE] [PAYLOAD_JSON_FILE|-]
class JwtSignCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtSignCommand)

public:
    JwtSignCommand();

    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;

    KeyOptions m_keyOptions;
    QCommandLineOption m_algOption;
    QCommandLineOption m_kidOption;
    QCommandLineOption m_headerOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
