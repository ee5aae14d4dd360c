#pragma once

#include "commands/jwt/JwtSubcommand.h"
#include "commands/jwt/KeyOptions.h"

#include "jwt/Verifier.h"

#include <QObject>

#include <memory>
#include <optional>

namespace PortalKeys::Cli {

// portalkeys-cli jwt verify [TOKEN|-] KEY [--alg ..] [--now ..] [--leeway ..] [--ignore-time] [--strict]
// [--jws] [--json], or jwt verify --batch [FILE|-] KEY [options] for one token per line
class JwtVerifyCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtVerifyCommand)

public:
    JwtVerifyCommand();

    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    using WordLists = QList<QPair<QString, QList<QByteArray>>>; // (name for people, secrets)

    QList<QCommandLineOption> allOptions() const;
    static QString validText(const Jwt::Token &token, const Jwt::VerifyOptions &options);
    // Each prints why not and gives nothing on a mistake.
    std::optional<Jwt::VerifyOptions> verifyOptions(const QCommandLineParser &parser) const;
    std::optional<WordLists> wordLists(const QCommandLineParser &parser) const;
    static QList<Jwt::Warning> wordListWarnings(const Jwt::Key &key, const WordLists &lists);
    ExitCode report(const QCommandLineParser &parser, const Jwt::Token &token,
                    const Jwt::VerifyOptions &options, const Jwt::VerifyResult &result) const;
    void runBatch(const std::shared_ptr<QCommandLineParser> &parser, const Jwt::VerifyOptions &verifyOptions,
                  const WordLists &lists, Finish finish);

    KeyOptions m_keyOptions;
    QCommandLineOption m_algOption;
    QCommandLineOption m_nowOption;
    QCommandLineOption m_leewayOption;
    QCommandLineOption m_ignoreTimeOption;
    QCommandLineOption m_strictOption;
    QCommandLineOption m_kidOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_jwsOption;
    QCommandLineOption m_batchOption;
    QCommandLineOption m_wordlistOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
