#include "commands/jwt/JwtVerifyCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/jwt/JwtBatchVerify.h"
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
    , m_batchOption(QStringLiteral("batch"),
                    tr("Verify many tokens, one per line of the file given instead of a token (or of "
                       "standard input): one verdict per line, never the token."))
    , m_wordlistOption(
          QStringLiteral("wordlist"),
          tr("Also warn when the HMAC secret is in FILE (one secret per line); the built-in list of "
             "weak secrets is always checked."),
          QStringLiteral("FILE"))
{}

QList<QCommandLineOption> JwtVerifyCommand::allOptions() const
{
    return m_keyOptions.options() +
           QList<QCommandLineOption>{m_kidOption,        m_algOption,    m_nowOption,      m_leewayOption,
                                     m_ignoreTimeOption, m_strictOption, m_wordlistOption, m_jwsOption,
                                     m_batchOption,      m_jsonOption};
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
        .usage(QStringLiteral("portalkeys-cli jwt verify --batch [FILE|-] (key option) [options]"))
        .paragraph(
            tr("Exits 0 when the signature and the times check out, 1 when they do not (the reason on "
               "standard error), 2 when the token or the key cannot be read. The algorithms allowed come "
               "from the key and --alg, never from the token alone."))
        .paragraph(
            tr("A JWT is also invalid (exit 1) when its payload is not a JSON object, when exp, nbf or "
               "iat is not a number, or when the header's kid is not a string, as the JWT libraries "
               "judge it. --jws checks a plain JWS instead: any payload, no claims."))
        .paragraph(
            tr("--batch reads one token per line (blank lines and lines starting with # are skipped) and "
               "prints one verdict per line in input order, “LINE: valid (ALG)” or “LINE: invalid: "
               "reason”, or with --json one JSON object per line (line, valid, alg, errors, warnings, "
               "exp); the tokens themselves are never printed. The key is read once, so a JWK Set needs "
               "--kid. Exits 0 when every token is valid, 1 when one is not."))
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

std::optional<Jwt::VerifyOptions> JwtVerifyCommand::verifyOptions(const QCommandLineParser &parser) const
{
    Jwt::VerifyOptions options;
    for (const QString &name : parser.value(m_algOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Jwt::Algorithm> algorithm = Jwt::algorithmFromName(name.trimmed());
        if (!algorithm) {
            Console::error(tr("Unknown algorithm “%1” in --alg.").arg(name.trimmed()));
            return std::nullopt;
        }
        options.allowedAlgorithms.append(*algorithm);
    }
    bool numberOk = true;
    if (parser.isSet(m_nowOption)) {
        options.now = QDateTime::fromSecsSinceEpoch(parser.value(m_nowOption).toLongLong(&numberOk), Qt::UTC);
        if (!numberOk) {
            Console::error(tr("--now takes a number of seconds since 1970-01-01 UTC."));
            return std::nullopt;
        }
    }
    options.leewaySeconds = parser.value(m_leewayOption).toLongLong(&numberOk);
    if (!numberOk || options.leewaySeconds < 0) {
        Console::error(tr("--leeway takes a number of seconds, 0 or more."));
        return std::nullopt;
    }
    options.checkTime = !parser.isSet(m_ignoreTimeOption);
    options.plainJws = parser.isSet(m_jwsOption);
    return options;
}

std::optional<JwtVerifyCommand::WordLists> JwtVerifyCommand::wordLists(const QCommandLineParser &parser) const
{
    WordLists lists{{tr("the built-in list of weak secrets"), Jwt::WeakSecrets::builtinList()}};
    if (parser.isSet(m_wordlistOption)) {
        const Jwt::WeakSecrets::LoadResult list = Jwt::WeakSecrets::loadList(parser.value(m_wordlistOption));
        if (!list.error.isEmpty()) {
            Console::error(list.error);
            return std::nullopt;
        }
        lists.append({parser.value(m_wordlistOption), list.secrets});
    }
    return lists;
}

QList<Jwt::Warning> JwtVerifyCommand::wordListWarnings(const Jwt::Key &key, const WordLists &lists)
{
    QList<Jwt::Warning> warnings;
    if (!key.isHmacSecret())
        return warnings;
    for (const auto &[listName, list] : lists) {
        if (auto warning = Jwt::WeakSecrets::warningFor(key.secretBytes(), list, listName))
            warnings.append(*warning);
    }
    return warnings;
}

void JwtVerifyCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    auto parser = std::make_shared<QCommandLineParser>();
    if (!parseArguments(*parser, allOptions(), arguments, 1))
        return finish(ExitCode::Usage);
    const std::optional<Jwt::VerifyOptions> options = verifyOptions(*parser);
    const std::optional<WordLists> lists = options ? wordLists(*parser) : std::nullopt;
    if (!lists)
        return finish(ExitCode::Usage);
    if (parser->isSet(m_batchOption))
        return runBatch(parser, *options, *lists, finish);

    const std::optional<Jwt::Token> parsed = readToken(parser->positionalArguments().value(0));
    if (!parsed)
        return finish(ExitCode::Usage);
    const Jwt::Token token = *parsed;
    const QString kid = parser->isSet(m_kidOption) ? parser->value(m_kidOption) : token.keyId();
    m_keyOptions.load(*parser, kid, &m_context,
                      [this, parser, token, options = *options, lists = *lists,
                       finish](const Jwt::Key::LoadResult &key, ExitCode failureCode) {
                          if (!key.ok()) {
                              Console::error(key.error);
                              return finish(failureCode);
                          }
                          Jwt::VerifyResult result = Jwt::Verifier::verify(token, *key.key, options);
                          result.warnings += wordListWarnings(*key.key, lists);
                          if (parser->isSet(m_strictOption))
                              Jwt::Verifier::refuseWeakKey(result);
                          finish(report(*parser, token, options, result));
                      });
}

ExitCode JwtVerifyCommand::report(const QCommandLineParser &parser, const Jwt::Token &token,
                                  const Jwt::VerifyOptions &options, const Jwt::VerifyResult &result) const
{
    if (parser.isSet(m_jsonOption))
        JwtReport::printJson(
            JwtReport::withVerdict(JwtReport::tokenJson(token, options.now, result.warnings), result));
    JwtReport::printWarnings(result.warnings);
    if (!result.valid()) {
        Console::error(tr("Invalid: %1").arg(result.errors.join(QLatin1Char(' '))));
        // The payload alone is the problem: perhaps the token was never meant to be a JWT.
        if (!options.plainJws && result.signatureValid &&
            token.payloadKind() != Jwt::Token::PayloadKind::JsonObject)
            Console::error(tr("If this is a plain JWS with other data than claims, check it with --jws."));
        return ExitCode::Negative;
    }
    if (!parser.isSet(m_jsonOption))
        Console::out() << validText(token, options) << Qt::endl;
    return ExitCode::Success;
}

void JwtVerifyCommand::runBatch(const std::shared_ptr<QCommandLineParser> &parser,
                                const Jwt::VerifyOptions &verifyOptions, const WordLists &lists,
                                Finish finish)
{
    // One key for every line: a JWK Set needs --kid unless it holds one key.
    m_keyOptions.load(
        *parser, parser->value(m_kidOption), &m_context,
        [this, parser, verifyOptions, lists, finish](const Jwt::Key::LoadResult &key, ExitCode failureCode) {
            if (!key.ok()) {
                Console::error(key.error);
                return finish(failureCode);
            }
            const bool json = parser->isSet(m_jsonOption);
            Jwt::BatchVerifier::Options options;
            options.verify = verifyOptions;
            options.strict = parser->isSet(m_strictOption);
            // Warnings cost time and only JSON shows them (and --strict needs them).
            options.verify.collectWarnings = json || options.strict;
            options.keyWarnings = wordListWarnings(*key.key, lists);
            if (!json)
                JwtReport::printWarnings(options.keyWarnings);
            finish(JwtBatchVerify::run(parser->positionalArguments().value(0), *key.key, options, json));
        });
}

} // namespace PortalKeys::Cli
