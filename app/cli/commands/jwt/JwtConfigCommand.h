#pragma once

#include "commands/jwt/JwtSubcommand.h"
#include "commands/jwt/KeyOptions.h"

#include <QObject>

namespace PortalKeys::Cli {

// portalkeys-cli jwt sign-config | check-config KEY [CONFIG_JSON_FILE|-]: Document Server configs.
class JwtConfigCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtConfigCommand)

public:
    enum class Mode { Sign, Check };
    explicit JwtConfigCommand(Mode mode);

    QString name() const override;
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    static void reportCheck(const QJsonObject &config, const Jwt::Key &key, bool json, const Finish &finish);

    Mode m_mode;
    KeyOptions m_keyOptions{KeyOptions::Accepts::SecretsOnly};
    QCommandLineOption m_jsonOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
