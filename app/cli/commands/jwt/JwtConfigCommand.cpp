#include "commands/jwt/JwtConfigCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "TextInput.h"
#include "commands/jwt/JwtReport.h"

#include "jwt/DocumentServer.h"
#include "jwt/Token.h"

#include <QJsonArray>

namespace PortalKeys::Cli {

namespace {

QString differenceKindName(Jwt::DocumentServer::Difference::Kind kind)
{
    switch (kind) {
    case Jwt::DocumentServer::Difference::Kind::MissingFromToken:
        return QStringLiteral("missing-from-token");
    case Jwt::DocumentServer::Difference::Kind::ExtraInToken:
        return QStringLiteral("extra-in-token");
    case Jwt::DocumentServer::Difference::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString differenceText(const Jwt::DocumentServer::Difference &difference)
{
    switch (difference.kind) {
    case Jwt::DocumentServer::Difference::Kind::MissingFromToken:
        return JwtConfigCommand::tr("%1: in the config (%2) but not signed by the token")
            .arg(difference.path, difference.configValue);
    case Jwt::DocumentServer::Difference::Kind::ExtraInToken:
        return JwtConfigCommand::tr("%1: signed by the token (%2) but not in the config")
            .arg(difference.path, difference.tokenValue);
    case Jwt::DocumentServer::Difference::Kind::Changed:
        return JwtConfigCommand::tr("%1: the config says %2, the token says %3")
            .arg(difference.path, difference.configValue, difference.tokenValue);
    }
    return {};
}

} // namespace

JwtConfigCommand::JwtConfigCommand(Mode mode)
    : m_mode(mode)
    , m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts (check-config)."))
{}

QString JwtConfigCommand::name() const
{
    return m_mode == Mode::Sign ? QStringLiteral("sign-config") : QStringLiteral("check-config");
}

QString JwtConfigCommand::summary() const
{
    return m_mode == Mode::Sign
               ? tr("Sign a Document Server config and set its “token”.")
               : tr("Check a config's embedded token and list what differs from the config.");
}

QString JwtConfigCommand::help() const
{
    HelpFormatter formatter;
    formatter.usage(QStringLiteral("portalkeys-cli jwt %1 (--secret-env NAME | --secret-file PATH | "
                                   "--secret-keychain NAME) [CONFIG_JSON_FILE|-]")
                        .arg(name()));
    if (m_mode == Mode::Sign) {
        formatter.paragraph(
            tr("Signs every member of the editor config (or of a method's parameter object) with "
               "HS256 and prints the config with its “token” member set."));
        return formatter.options(m_keyOptions.options()).text();
    }
    formatter.paragraph(
        tr("Verifies the “token” member of the config and lists every member that is missing "
           "from the token, extra in it, or different. Exits 0 when the token is valid and signs "
           "exactly the config, 1 otherwise."));
    return formatter.options(m_keyOptions.options() + QList<QCommandLineOption>{m_jsonOption}).text();
}

void JwtConfigCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    auto parser = std::make_shared<QCommandLineParser>();
    QList<QCommandLineOption> options = m_keyOptions.options();
    if (m_mode == Mode::Check)
        options << m_jsonOption;
    if (!parseArguments(*parser, options, arguments, 1))
        return finish(ExitCode::Usage);
    const TextInput::Result input = TextInput::readFileOrStdin(parser->positionalArguments().value(0));
    const Jwt::StrictJsonResult json =
        input.ok() ? Jwt::parseJsonStrict(input.data) : Jwt::StrictJsonResult{std::nullopt, input.error};
    if (!json.value || !json.value->isObject()) {
        Console::error(json.value ? tr("The config is not a JSON object.") : json.error);
        return finish(ExitCode::Usage);
    }
    const QJsonObject config = json.value->toObject();
    const bool wantsJson = m_mode == Mode::Check && parser->isSet(m_jsonOption);
    const Mode mode = m_mode;
    m_keyOptions.load(
        *parser, {}, &m_context,
        [config, mode, wantsJson, finish](const Jwt::Key::LoadResult &key, ExitCode failureCode) {
            if (!key.ok()) {
                Console::error(key.error);
                return finish(failureCode);
            }
            if (mode == Mode::Check)
                return reportCheck(config, *key.key, wantsJson, finish);
            JwtReport::printWarnings(key.key->warningsFor(Jwt::Algorithm::HS256));
            const Jwt::DocumentServer::SignedConfig result =
                Jwt::DocumentServer::signConfig(config, *key.key);
            if (!result.error.isEmpty()) {
                Console::error(result.error);
                return finish(ExitCode::Usage);
            }
            JwtReport::printJson(result.config);
            finish(ExitCode::Success);
        });
}

void JwtConfigCommand::reportCheck(const QJsonObject &config, const Jwt::Key &key, bool json,
                                   const Finish &finish)
{
    const Jwt::DocumentServer::ConfigCheck check = Jwt::DocumentServer::checkConfig(config, key);
    if (!check.tokenPresent) {
        Console::error(tr("The config has no “token” member."));
        return finish(ExitCode::Negative);
    }
    if (json) {
        QJsonArray differences;
        for (const auto &difference : check.differences) {
            differences.append(QJsonObject{{QStringLiteral("kind"), differenceKindName(difference.kind)},
                                           {QStringLiteral("path"), difference.path},
                                           {QStringLiteral("config"), difference.configValue},
                                           {QStringLiteral("token"), difference.tokenValue}});
        }
        JwtReport::printJson({{QStringLiteral("valid"), check.signatureValid && check.error.isEmpty()},
                              {QStringLiteral("error"), check.error},
                              {QStringLiteral("differences"), differences}});
    } else {
        if (check.signatureValid)
            Console::out() << tr("The token's signature is valid.") << Qt::endl;
        if (check.differences.isEmpty() && check.signatureValid)
            Console::out() << tr("The token signs exactly this config.") << Qt::endl;
        for (const auto &difference : check.differences)
            Console::out() << differenceText(difference) << Qt::endl;
    }
    if (!check.signatureValid || !check.error.isEmpty()) {
        Console::error(tr("Invalid: %1").arg(check.error));
        return finish(ExitCode::Negative);
    }
    finish(check.differences.isEmpty() ? ExitCode::Success : ExitCode::Negative);
}

} // namespace PortalKeys::Cli
