#include "commands/jwt/JwtSignCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "TextInput.h"
#include "commands/jwt/JwtReport.h"

#include "jwt/Signer.h"
#include "jwt/Token.h"

namespace PortalKeys::Cli {

JwtSignCommand::JwtSignCommand()
    : m_algOption(QStringLiteral("alg"),
                  tr("The algorithm: HS256/384/512, RS*, PS*, ES256/384/512 or EdDSA."),
                  QStringLiteral("ALG"))
    , m_kidOption(QStringLiteral("kid"), tr("Put this key id into the header."), QStringLiteral("KID"))
    , m_headerOption(QStringLiteral("header-json"),
                     tr("Add the members of the JSON object in FILE to the header."), QStringLiteral("FILE"))
{}

QList<QCommandLineOption> JwtSignCommand::allOptions() const
{
    return QList<QCommandLineOption>{m_algOption} + m_keyOptions.options() +
           QList<QCommandLineOption>{m_kidOption, m_headerOption};
}

QString JwtSignCommand::summary() const
{
    return tr("Sign a JSON payload and print the token.");
}

QString JwtSignCommand::help() const
{
    return HelpFormatter()
        .usage(
            QStringLiteral("portalkeys-cli jwt sign --alg ALG (--secret-env NAME | --secret-file PATH | "
                           "--secret-keychain NAME | --key-file PEM_OR_JWK) [--kid KID] [--header-json FILE] "
                           "[PAYLOAD_JSON_FILE|-]"))
        .paragraph(
            tr("The payload is read from standard input when the file is \"-\" or not given. Asymmetric "
               "algorithms need a private key. Warnings about the key go to standard error."))
        .options(allOptions())
        .text();
}

void JwtSignCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    auto parser = std::make_shared<QCommandLineParser>();
    if (!parseArguments(*parser, allOptions(), arguments, 1))
        return finish(ExitCode::Usage);
    if (!parser->isSet(m_algOption)) {
        Console::error(tr("jwt sign: say which algorithm to sign with, e.g. --alg HS256."));
        return finish(ExitCode::Usage);
    }
    const std::optional<Jwt::Algorithm> algorithm = Jwt::algorithmFromName(parser->value(m_algOption));
    if (!algorithm) {
        Console::error(
            tr("Unknown algorithm “%1”; “none” is never offered.").arg(parser->value(m_algOption)));
        return finish(ExitCode::Usage);
    }
    QJsonObject extraHeader;
    if (parser->isSet(m_headerOption)) {
        const TextInput::Result header = TextInput::readFileOrStdin(parser->value(m_headerOption));
        const Jwt::StrictJsonResult json = header.ok() ? Jwt::parseJsonStrict(header.data)
                                                       : Jwt::StrictJsonResult{std::nullopt, header.error};
        if (!json.value || !json.value->isObject()) {
            Console::error(
                tr("--header-json: %1").arg(json.value ? tr("the file holds no JSON object.") : json.error));
            return finish(ExitCode::Usage);
        }
        extraHeader = json.value->toObject();
    }
    const TextInput::Result payload = TextInput::readFileOrStdin(parser->positionalArguments().value(0));
    if (!payload.ok()) {
        Console::error(payload.error);
        return finish(ExitCode::Usage);
    }
    const QString kid = parser->value(m_kidOption);
    m_keyOptions.load(*parser, {}, &m_context,
                      [payload, algorithm, kid, extraHeader, finish](const Jwt::Key::LoadResult &key,
                                                                     ExitCode failureCode) {
                          if (!key.ok()) {
                              Console::error(key.error);
                              return finish(failureCode);
                          }
                          JwtReport::printWarnings(key.key->warningsFor(*algorithm));
                          const Jwt::SignResult signedToken =
                              Jwt::Signer::sign(payload.data, *algorithm, *key.key, kid, extraHeader);
                          if (!signedToken.ok()) {
                              Console::error(signedToken.error);
                              return finish(ExitCode::Usage);
                          }
                          Console::out() << signedToken.token << Qt::endl;
                          finish(ExitCode::Success);
                      });
}

} // namespace PortalKeys::Cli
