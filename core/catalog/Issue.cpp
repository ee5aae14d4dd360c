#include "catalog/Issue.h"

#include <algorithm>

namespace PortalKeys::Catalog {

QString Issue::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

bool hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const Issue &issue) { return issue.severity == Issue::Severity::Error; });
}

bool hasWarnings(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const Issue &issue) { return issue.severity == Issue::Severity::Warning; });
}

} // namespace PortalKeys::Catalog
