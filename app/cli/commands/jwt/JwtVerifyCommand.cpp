#include "commands/jwt/JwtVerifyCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/jwt/JwtReport.h"

#include "jwt/Verifier.h"
#include "jwt/WeakSecrets.h"

namespace PortalKeys::Cli {

JwtVerifyCommand::JwtVerifyCommand()
    : m_algOption(QStringLiteral("alg"),
                  tr("Accept only these algorithms (comma-separated), e.g. HS256,RS256."),
                  QStringLiteral("ALG[,ALG...]"))
    , m_nowOption(QStringLiteral("now"), tr("Check the times as if it were UNIX_SECONDS."),
                  QStringLiteral("UNIX_SECONDS"))
    , m_leewayOption(QStringLiteral("leeway"),
                     tr("Allow this much clock difference for exp and nbf (default 0)."),
                     QStringLiteral("SECONDS"), QStringLiteral("0"))
    , m_ignoreTimeOption(QStringLiteral("ignore-time"), tr("Check the signature only, not exp and nbf."))
    , m_strictOption(QStringLiteral("strict"),
                     tr("Fail when the key is weak (empty, short, or in a word list)."))
    , m_kidOption(QStringLiteral("kid"),
                  tr("Pick the key with this id from a JWK Set (default: the token's kid)."),
                  QStringLiteral("KID"))
    , m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."))
    , m_jwsOption(QStringLiteral("jws"),
                  tr("Check a plain JWS, whose payload may be any data: only the signature and the header "
                     "count, no claims or times."))
    , m_wordlistOption(
          QStringLiteral("wordlist"),
          tr("Also warn when the HMAC secret is in FILE (one secret per line); the built-in list of "
             "weak secrets is always checked."),
          QStringLiteral("FILE"))
{}

QList<QCommandLineOption> JwtVerifyCommand::allOptions() const
{
    return m_keyOptions.options() +
           QList<QCommandLineOption>{m_kidOption,      m_algOption,        m_nowOption,
                                     m_leewayOption,   m_ignoreTimeOption, m_strictOption,
                                     m_wordlistOption, m_jwsOption,        m_jsonOption};
}

QString JwtVerifyCommand::summary() const
{
    return tr("Check a token's signature and times.");
}

QString JwtVerifyCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli jwt verify [TOKEN|-] (--secret-env NAME | --secret-file PATH | "
                              "--secret-keychain NAME | --key-file PEM_OR_JWK) [options]"))
        .paragraph(
            tr("Exits 0 when the signature and the times check out, 1 when they do not (the reason on "
               "standard error), 2 when the token or the key cannot be read. The algorithms allowed come "
               "from the key and --alg, never from the token alone."))
        .paragraph(
            tr("A JWT is also invalid (exit 1) when its payload is not a JSON object, when exp, nbf or "
               "iat is not a number, or when the header's kid is not a string, as the JWT libraries "
               "judge it. --jws checks a plain JWS instead: any payload, no claims."))
        .options(allOptions())
        .text();
}

QString JwtVerifyCommand::validText(const Jwt::Token &token, const Jwt::VerifyOptions &options)
{
    if (options.plainJws)
        return tr("Valid: the %1 signature of this plain JWS checks out (no claims checked).")
            .arg(token.algorithmName());
    return (options.checkTime ? tr("Valid: the %1 signature and the times check out.")
                              : tr("Valid: the %1 signature checks out (times not checked)."))
        .arg(token.algorithmName());
}

void JwtVerifyCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    auto parser = std::make_shared<QCommandLineParser>();
    if (!parseArguments(*parser, allOptions(), arguments, 1))
        return finish(ExitCode::Usage);

    Jwt::VerifyOptions options;
    for (const QString &name : parser->value(m_algOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Jwt::Algorithm> algorithm = Jwt::algorithmFromName(name.trimmed());
        if (!algorithm) {
            Console::error(tr("Unknown algorithm “%1” in --alg.").arg(name.trimmed()));
            return finish(ExitCode::Usage);
        }
        options.allowedAlgorithms.append(*algorithm);
    }
    bool numberOk = true;
    if (parser->isSet(m_nowOption)) {
        options.now =
            QDateTime::fromSecsSinceEpoch(parser->value(m_nowOption).toLongLong(&numberOk), Qt::UTC);
        if (!numberOk) {
            Console::error(tr("--now takes a number of seconds since 1970-01-01 UTC."));
            return finish(ExitCode::Usage);
        }
    }
    options.leewaySeconds = parser->value(m_leewayOption).toLongLong(&numberOk);
    if (!numberOk || options.leewaySeconds < 0) {
        Console::error(tr("--leeway takes a number of seconds, 0 or more."));
        return finish(ExitCode::Usage);
    }
    options.checkTime = !parser->isSet(m_ignoreTimeOption);
    options.plainJws = parser->isSet(m_jwsOption);

    const std::optional<Jwt::Token> parsed = readToken(parser->positionalArguments().value(0));
    if (!parsed)
        return finish(ExitCode::Usage);
    const Jwt::Token token = *parsed;
    const QString kid = parser->isSet(m_kidOption) ? parser->value(m_kidOption) : token.keyId();
    QList<QPair<QString, QList<QByteArray>>> wordLists{
        {tr("the built-in list of weak secrets"), Jwt::WeakSecrets::builtinList()}};
    if (parser->isSet(m_wordlistOption)) {
        const Jwt::WeakSecrets::LoadResult list = Jwt::WeakSecrets::loadList(parser->value(m_wordlistOption));
        if (!list.error.isEmpty()) {
            Console::error(list.error);
            return finish(ExitCode::Usage);
        }
        wordLists.append({parser->value(m_wordlistOption), list.secrets});
    }

    m_keyOptions.load(
        *parser, kid, &m_context,
        [this, parser, token, options, wordLists, finish](const Jwt::Key::LoadResult &key,
                                                          ExitCode failureCode) {
            if (!key.ok()) {
                Console::error(key.error);
                return finish(failureCode);
            }
            Jwt::VerifyResult result = Jwt::Verifier::verify(token, *key.key, options);
            if (key.key->isHmacSecret()) {
                for (const auto &[listName, list] : wordLists) {
                    if (auto warning = Jwt::WeakSecrets::warningFor(key.key->secretBytes(), list, listName))
                        result.warnings.append(*warning);
                }
            }
            if (parser->isSet(m_strictOption)) {
                for (const Jwt::Warning &warning : std::as_const(result.warnings)) {
                    if (warning.concernsKey()) {
                        result.signatureValid = false;
                        result.errors.append(tr("--strict: %1").arg(warning.message));
                    }
                }
            }
            if (parser->isSet(m_jsonOption))
                JwtReport::printJson(JwtReport::withVerdict(
                    JwtReport::tokenJson(token, options.now, result.warnings), result));
            JwtReport::printWarnings(result.warnings);
            if (!result.valid()) {
                Console::error(tr("Invalid: %1").arg(result.errors.join(QLatin1Char(' '))));
                // The payload alone is the problem: perhaps the token was never meant to be a JWT.
                if (!options.plainJws && result.signatureValid &&
                    token.payloadKind() != Jwt::Token::PayloadKind::JsonObject)
                    Console::error(
                        tr("If this is a plain JWS with other data than claims, check it with --jws."));
                return finish(ExitCode::Negative);
            }
            if (!parser->isSet(m_jsonOption))
                Console::out() << validText(token, options) << Qt::endl;
            finish(ExitCode::Success);
        });
}

} // namespace PortalKeys::Cli
