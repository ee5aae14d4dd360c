#include "commands/PkceCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "SecretInput.h"

#include "oauth/Pkce.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), PkceCommand::tr("Print JSON for scripts.")};
}

// The verifier is what proves the possession of an authorization code, so it is read like a secret: never
// from a plain argument, which would show in `ps` and in the shell history.
SecretInput verifierInput()
{
    return SecretInput(QStringLiteral("verifier"), PkceCommand::tr("the code verifier"));
}

} // namespace

QString PkceCommand::summary() const
{
    return tr("Make a PKCE code verifier and challenge (S256), or the challenge of a verifier.");
}

QString PkceCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli pkce [--verifier-env NAME | --verifier-file PATH] [--json]"))
        .paragraph(
            tr("Without a verifier, prints a fresh code_verifier (32 random bytes, base64url) and its "
               "code_challenge, for trying an OAuth app's sign-in by hand. With a verifier, prints only "
               "its code_challenge (the verifier itself is not repeated). The method is always S256 "
               "(RFC 7636)."))
        .options(verifierInput().options() + QList<QCommandLineOption>{jsonOption()})
        .text();
}

void PkceCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    const SecretInput verifier = verifierInput();
    QCommandLineParser parser;
    parser.addOptions(verifier.options() + QList<QCommandLineOption>{jsonOption()});
    if (!parse(parser, arguments))
        return finish(ExitCode::Usage);
    if (!parser.positionalArguments().isEmpty()) {
        // Not repeated in the message: it may well be a verifier typed where it does not belong.
        Console::error(tr("pkce takes no plain arguments; give a verifier with --verifier-env NAME or "
                          "--verifier-file PATH."));
        return finish(ExitCode::Usage);
    }

    const bool given = verifier.isGiven(parser);
    OAuth::Pkce pair;
    if (given) {
        const SecretInput::Result input = verifier.read(parser);
        if (!input.ok()) {
            Console::error(input.error);
            return finish(ExitCode::Usage);
        }
        QString error;
        pair = OAuth::Pkce::fromVerifier(input.secret, &error);
        if (!error.isEmpty()) {
            Console::error(error);
            return finish(ExitCode::Usage);
        }
    } else {
        pair = OAuth::Pkce::generate();
    }

    const QString challenge = QString::fromLatin1(pair.challenge);
    if (parser.isSet(jsonOption())) {
        QJsonObject report{{QStringLiteral("code_challenge"), challenge},
                           {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        if (!given)
            report.insert(QStringLiteral("code_verifier"), QString::fromLatin1(pair.verifier));
        Console::out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented))
                       << Qt::flush;
    } else if (given) {
        Console::out() << challenge << Qt::endl;
    } else {
        Console::out() << "code_verifier: " << QString::fromLatin1(pair.verifier) << '\n'
                       << "code_challenge: " << challenge << '\n'
                       << "code_challenge_method: S256" << Qt::endl;
    }
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
