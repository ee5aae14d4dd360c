#include "apikeys/NewApiKey.h"

#include "apikeys/ApiKeyPermissions.h"

#include <QJsonArray>

namespace PortalKeys::ApiKeys {

QString NewApiKey::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the key a name.");
    const QString trimmed = name.trimmed();
    if (trimmed.size() > maxNameLength)
        return tr("The name has %1 characters; the portal takes at most %2.")
            .arg(trimmed.size())
            .arg(maxNameLength);
    return {};
}

QString NewApiKey::daysProblem(int days)
{
    if (days < minDays || days > maxDays)
        return tr("A key expires after %1 to %2 days, or never.").arg(minDays).arg(maxDays);
    return {};
}

QStringList NewApiKey::problems(const QStringList &offeredPermissions) const
{
    QStringList found;
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        found.append(problem);
    if (const QString problem = ApiKeyPermissions::problem(permissions, offeredPermissions);
        !problem.isEmpty())
        found.append(problem);
    if (expiresInDays)
        if (const QString problem = daysProblem(*expiresInDays); !problem.isEmpty())
            found.append(problem);
    return found;
}

QJsonObject NewApiKey::toJson() const
{
    QJsonObject body{{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
    // null, not a missing member, says "never" in the portal's own words.
    body.insert(QStringLiteral("expiresInDays"),
                expiresInDays ? QJsonValue(*expiresInDays) : QJsonValue(QJsonValue::Null));
    return body;
}

} // namespace PortalKeys::ApiKeys
