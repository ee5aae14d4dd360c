#include "commands/jwt/JwtWeakSecretCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "jwt/WeakSecrets.h"

namespace PortalKeys::Cli {

namespace {

QCommandLineOption wordlistOption()
{
    return {QStringLiteral("wordlist"),
            JwtWeakSecretCommand::tr("Try the secrets in FILE (one per line) instead of the built-in list."),
            QStringLiteral("FILE")};
}

} // namespace

QString JwtWeakSecretCommand::summary() const
{
    return tr("Search a word list for the secret of an HMAC token.");
}

QString JwtWeakSecretCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli jwt weak-secret [TOKEN|-] [--wordlist FILE]"))
        .paragraph(
            tr("Tries every candidate against an HS256/384/512 token and stops at the first that "
               "verifies. Exits 0 and prints the secret when one is found (the token's secret is weak: "
               "replace it), 1 when none is."))
        .options({wordlistOption()})
        .text();
}

void JwtWeakSecretCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {wordlistOption()}, arguments, 1))
        return finish(ExitCode::Usage);
    const std::optional<Jwt::Token> token = readToken(parser.positionalArguments().value(0));
    if (!token)
        return finish(ExitCode::Usage);
    QList<QByteArray> candidates = Jwt::WeakSecrets::builtinList();
    if (parser.isSet(wordlistOption())) {
        const Jwt::WeakSecrets::LoadResult list = Jwt::WeakSecrets::loadList(parser.value(wordlistOption()));
        if (!list.error.isEmpty()) {
            Console::error(list.error);
            return finish(ExitCode::Usage);
        }
        candidates = list.secrets;
    }
    const Jwt::WeakSecrets::SearchResult result = Jwt::WeakSecrets::search(*token, candidates);
    if (!result.error.isEmpty()) {
        Console::error(result.error);
        return finish(ExitCode::Usage);
    }
    if (!result.secret) {
        Console::out() << tr("None of the %n candidates is the secret.", nullptr, int(result.tried))
                       << Qt::endl;
        return finish(ExitCode::Negative);
    }
    if (result.secret->isEmpty())
        Console::out() << tr("Found the secret after %n candidates: the empty secret", nullptr,
                             int(result.tried))
                       << Qt::endl;
    else
        Console::out() << tr("Found the secret after %n candidates: %1", nullptr, int(result.tried))
                              .arg(QString::fromUtf8(*result.secret))
                       << Qt::endl;
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
