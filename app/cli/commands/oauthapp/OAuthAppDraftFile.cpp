#include "commands/oauthapp/OAuthAppDraftFile.h"

#include "Console.h"
#include "TextInput.h"

#include "jwt/StrictJson.h"

namespace PortalKeys::Cli {

OAuthAppDraftFile::Result OAuthAppDraftFile::read(const QString &path)
{
    Result result;
    const TextInput::Result input = TextInput::readFileOrStdin(path);
    if (!input.ok()) {
        result.error = input.error;
        return result;
    }
    const Jwt::StrictJson::Result parsed = Jwt::StrictJson::parse(input.data);
    if (!parsed.value) {
        result.error = tr("“%1” is not valid JSON: %2.").arg(shownName(path), parsed.error);
        return result;
    }
    if (!parsed.value->isObject()) {
        result.error = tr("“%1” does not hold an OAuth app: a JSON object is expected.").arg(shownName(path));
        return result;
    }
    result.object = parsed.value->toObject();
    return result;
}

QString OAuthAppDraftFile::shownName(const QString &path)
{
    return path == QStringLiteral("-") ? tr("standard input") : path;
}

int OAuthAppDraftFile::printIssues(const QList<OAuth::OAuthAppIssue> &issues)
{
    int errors = 0;
    Console::out().flush();
    for (const OAuth::OAuthAppIssue &issue : issues) {
        if (issue.isError()) {
            ++errors;
            Console::err() << issue.location() << ": " << issue.message << Qt::endl;
        } else {
            Console::err() << issue.location() << ": warning: " << issue.message << Qt::endl;
        }
    }
    return errors;
}

} // namespace PortalKeys::Cli
