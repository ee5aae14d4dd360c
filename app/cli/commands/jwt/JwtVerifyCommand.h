#pragma once

#include "commands/jwt/JwtSubcommand.h"
#include "commands/jwt/KeyOptions.h"

#include "jwt/Verifier.h"

#include <QObject>

namespace PortalKeys::Cli {

// portalkeys-cli jwt verify [TOKEN|-] KEY [--alg ..] [--now ..] [--leeway ..] [--ignore-time] [--strict]
// [--jws] [--json]
class JwtVerifyCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtVerifyCommand)

public:
    JwtVerifyCommand();

    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    static QString validText(const Jwt::Token &token, const Jwt::VerifyOptions &options);

    KeyOptions m_keyOptions;
    QCommandLineOption m_algOption;
    QCommandLineOption m_nowOption;
    QCommandLineOption m_leewayOption;
    QCommandLineOption m_ignoreTimeOption;
    QCommandLineOption m_strictOption;
    QCommandLineOption m_kidOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_jwsOption;
    QCommandLineOption m_wordlistOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
