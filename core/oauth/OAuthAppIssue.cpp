#include "oauth/OAuthAppIssue.h"

#include <QJsonObject>

namespace PortalKeys::OAuth {

QString OAuthAppIssue::location() const
{
    return index < 0 ? field : field + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString OAuthAppIssue::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QList<OAuthAppIssue> OAuthAppIssue::fromServerErrors(const QList<Portal::FieldError> &errors)
{
    QList<OAuthAppIssue> issues;
    for (const Portal::FieldError &error : errors) {
        OAuthAppIssue issue;
        issue.field = error.field;
        issue.message = error.message;
        if (issue.message.isEmpty())
            issue.message = tr("The portal refused this field (%1).").arg(error.code);
        issues.append(issue);
    }
    return issues;
}

bool hasErrors(const QList<OAuthAppIssue> &issues)
{
    for (const OAuthAppIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

} // namespace PortalKeys::OAuth
