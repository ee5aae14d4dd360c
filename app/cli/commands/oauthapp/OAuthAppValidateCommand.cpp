#include "commands/oauthapp/OAuthAppValidateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "TextInput.h"

#include "jwt/StrictJson.h"
#include "oauth/OAuthAppValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

using OAuth::OAuthAppIssue;

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), OAuthAppValidateCommand::tr("Print the findings as JSON for scripts.")};
}

QJsonObject issueJson(const OAuthAppIssue &issue)
{
    QJsonObject object{{QStringLiteral("field"), issue.field}, {QStringLiteral("message"), issue.message}};
    if (issue.index >= 0)
        object.insert(QStringLiteral("index"), issue.index);
    return object;
}

} // namespace

QString OAuthAppValidateCommand::summary() const
{
    return tr("Check a draft app (JSON) with the portal's rules, offline.");
}

QString OAuthAppValidateCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app validate FILE.json [--json]"))
        .paragraph(
            tr("Checks a draft OAuth app — the JSON body the portal takes to register an app, or an app "
               "as the portal returns it — with the rules of the portal's identity service and of its "
               "registration form: required fields, lengths, URL patterns, redirect URLs and allowed "
               "origins, scopes and the icon. Reads standard input for \"-\"."))
        .paragraph(
            tr("Each finding goes to standard error as one line, “field: message” (list entries as "
               "“redirect_uris[0]”, counted from 0; warnings as “field: warning: message”). Exits 0 "
               "when the portal would take the app (warnings allowed), 2 when it would not or the file "
               "cannot be read."))
        .options({jsonOption()})
        .text();
}

void OAuthAppValidateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {jsonOption()}, arguments, 1, QStringLiteral("FILE.json")))
        return finish(ExitCode::Usage);
    const QString path = parser.positionalArguments().constFirst();
    const TextInput::Result input = TextInput::readFileOrStdin(path);
    if (!input.ok()) {
        Console::error(input.error);
        return finish(ExitCode::Usage);
    }
    const QString shownName = path == QStringLiteral("-") ? tr("standard input") : path;
    // Duplicate member names are refused: the portal and PortalKeys might each read a different one.
    const Jwt::StrictJson::Result parsed = Jwt::StrictJson::parse(input.data);
    if (!parsed.value) {
        Console::error(tr("“%1” is not valid JSON: %2.").arg(shownName, parsed.error));
        return finish(ExitCode::Usage);
    }
    if (!parsed.value->isObject()) {
        Console::error(tr("“%1” does not hold an OAuth app: a JSON object is expected.").arg(shownName));
        return finish(ExitCode::Usage);
    }

    const QList<OAuthAppIssue> issues = OAuth::OAuthAppValidator().validateJson(parsed.value->toObject());
    QJsonArray errors;
    QJsonArray warnings;
    int errorCount = 0;
    for (const OAuthAppIssue &issue : issues) {
        if (issue.isError()) {
            ++errorCount;
            errors.append(issueJson(issue));
            Console::err() << issue.location() << ": " << issue.message << Qt::endl;
        } else {
            warnings.append(issueJson(issue));
            Console::err() << issue.location() << ": warning: " << issue.message << Qt::endl;
        }
    }
    const bool valid = errorCount == 0;
    if (parser.isSet(jsonOption())) {
        const QJsonObject report{{QStringLiteral("valid"), valid},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("warnings"), warnings}};
        Console::out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented))
                       << Qt::flush;
    } else if (valid) {
        Console::out() << tr("Valid: the portal would take this app as it is.") << Qt::endl;
    }
    if (!valid) {
        Console::error(tr("“%1” is not a valid OAuth app: %n error(s).", nullptr, errorCount).arg(shownName));
        return finish(ExitCode::Usage);
    }
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
