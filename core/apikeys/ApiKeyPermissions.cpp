#include "apikeys/ApiKeyPermissions.h"

#include "oauth/ScopeModel.h"

namespace PortalKeys::ApiKeys {

QStringList ApiKeyPermissions::builtIn()
{
    // ApiKeysController.GetAllPermissions: the scopes of the API's scope map and the two global ones, sorted.
    return {all(),
            readAll(),
            writeAll(),
            QStringLiteral("accounts.self:read"),
            QStringLiteral("accounts.self:write"),
            QStringLiteral("accounts:read"),
            QStringLiteral("accounts:write"),
            QStringLiteral("files:read"),
            QStringLiteral("files:write"),
            QStringLiteral("rooms:read"),
            QStringLiteral("rooms:write")};
}

QStringList ApiKeyPermissions::fromServerJson(const QJsonArray &names, QString *error)
{
    QStringList list;
    for (const QJsonValue &name : names) {
        const QString text = name.toString().trimmed();
        if (!name.isString() || text.isEmpty() || text.size() > 100) {
            if (error)
                *error = tr("The portal's list of API key permissions holds something other than names.");
            return {};
        }
        if (!list.contains(text))
            list.append(text);
    }
    if (list.isEmpty() && error)
        *error = tr("The portal's list of API key permissions is empty.");
    return list;
}

QStringList ApiKeyPermissions::scopesOf(const QStringList &names)
{
    QStringList scopes;
    for (const QString &name : names) {
        if (name != all() && name != readAll() && name != writeAll())
            scopes.append(name);
    }
    return scopes;
}

ApiKeyPermissions::Choice ApiKeyPermissions::choiceOf(const QStringList &permissions)
{
    if (permissions.isEmpty() || permissions.contains(all()))
        return Choice::All;
    if (permissions == QStringList{readAll()})
        return Choice::ReadOnly;
    return Choice::Scopes;
}

QStringList ApiKeyPermissions::forChoice(Choice choice, const QStringList &scopes)
{
    switch (choice) {
    case Choice::All:
        return {all()};
    case Choice::ReadOnly:
        return {readAll()};
    case Choice::Scopes:
        return scopes;
    }
    return scopes;
}

QString ApiKeyPermissions::describe(const QStringList &permissions)
{
    switch (choiceOf(permissions)) {
    case Choice::All:
        return tr("All");
    case Choice::ReadOnly:
        return tr("Read only");
    case Choice::Scopes:
        break;
    }
    return permissions.join(QStringLiteral(", "));
}

QString ApiKeyPermissions::scopeTitle(const QString &scope)
{
    const qsizetype colon = scope.lastIndexOf(QLatin1Char(':'));
    const QString area = colon < 0 ? scope : scope.left(colon);
    const QString access = colon < 0 ? QString() : scope.mid(colon + 1);
    QString areaTitle = area;
    if (area == QLatin1String("accounts.self"))
        areaTitle = tr("Your profile");
    else if (area == QLatin1String("accounts"))
        areaTitle = tr("Accounts");
    else if (area == QLatin1String("files"))
        areaTitle = tr("Files and folders");
    else if (area == QLatin1String("rooms"))
        areaTitle = tr("Rooms");
    if (access == QLatin1String("read"))
        return tr("%1: read").arg(areaTitle);
    if (access == QLatin1String("write"))
        return tr("%1: read and write").arg(areaTitle);
    return access.isEmpty() ? areaTitle : tr("%1: %2").arg(areaTitle, access);
}

QString ApiKeyPermissions::scopeDescription(const QString &scope)
{
    if (scope == all())
        return tr("Everything the key's owner may do.");
    if (scope == readAll())
        return tr("Read everything the key's owner may read, change nothing.");
    if (scope == writeAll())
        return tr("Change everything the key's owner may change.");
    // The same scopes as those of OAuth apps, with the same meaning.
    return OAuth::ScopeModel::description(scope);
}

QString ApiKeyPermissions::problem(const QStringList &permissions, const QStringList &offered)
{
    if (permissions.isEmpty())
        return tr("Choose at least one permission.");
    QStringList unknown;
    for (const QString &permission : permissions) {
        if (!offered.contains(permission) && permission != all())
            unknown.append(permission);
    }
    if (unknown.isEmpty())
        return {};
    return tr("The portal does not know the permission(s) %1. It offers: %2.")
        .arg(unknown.join(QStringLiteral(", ")), offered.join(QStringLiteral(", ")));
}

} // namespace PortalKeys::ApiKeys
