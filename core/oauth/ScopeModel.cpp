#include "oauth/ScopeModel.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace PortalKeys::OAuth {

QStringList ScopeModel::Group::scopes() const
{
    QStringList list;
    for (const QString &scope : {single, read, write}) {
        if (!scope.isEmpty())
            list.append(scope);
    }
    return list;
}

ScopeModel ScopeModel::builtIn()
{
    ScopeModel model;
    const auto pair = [&model](const QString &id, const QString &prefix) {
        model.m_groups.append({id, titleFor(id), prefix + QStringLiteral(":read"),
                               prefix + QStringLiteral(":write"), QString()});
    };
    // The group names are those of GET /api/2.0/scopes, so that the built-in list and a portal's agree.
    pair(QStringLiteral("profiles"), QStringLiteral("accounts.self"));
    pair(QStringLiteral("accounts"), QStringLiteral("accounts"));
    pair(QStringLiteral("files"), QStringLiteral("files"));
    pair(QStringLiteral("rooms"), QStringLiteral("rooms"));
    model.m_groups.append({QStringLiteral("openid"), titleFor(QStringLiteral("openid")), QString(), QString(),
                           QStringLiteral("openid")});
    return model;
}

ScopeModel ScopeModel::fromServerJson(const QJsonArray &scopes, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return ScopeModel();
    };
    ScopeModel model;
    QSet<QString> seen;
    for (const QJsonValue &value : scopes) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString();
        QString groupId = entry.value(QLatin1String("group")).toString();
        const QString type = entry.value(QLatin1String("type")).toString();
        if (name.isEmpty())
            return fail(tr("The portal listed a scope without a name."));
        if (seen.contains(name))
            return fail(tr("The portal listed the scope “%1” twice.").arg(name));
        seen.insert(name);
        if (groupId.isEmpty())
            groupId = name;
        const bool paired = type == QLatin1String("read") || type == QLatin1String("write");
        int at = -1;
        for (int i = 0; i < model.m_groups.size(); ++i) {
            if (model.m_groups.at(i).id == groupId)
                at = i;
        }
        if (at < 0) {
            model.m_groups.append({groupId, titleFor(groupId), QString(), QString(), QString()});
            at = int(model.m_groups.size()) - 1;
        }
        Group &group = model.m_groups[at];
        // A group is either one scope on its own or a read/write pair; the check boxes know no other shape.
        QString &slot = !paired ? group.single : type == QLatin1String("read") ? group.read : group.write;
        const bool mixed = paired ? !group.single.isEmpty() : !group.read.isEmpty() || !group.write.isEmpty();
        if (!slot.isEmpty() || mixed)
            return fail(tr("The portal's scope group “%1” has more scopes than a read and a write scope.")
                            .arg(groupId));
        slot = name;
    }
    if (model.m_groups.isEmpty())
        return fail(tr("The portal listed no scopes."));
    return model;
}

bool ScopeModel::isKnown(const QString &scope) const
{
    return groupContaining(scope) != nullptr;
}

QStringList ScopeModel::knownScopes() const
{
    QStringList list;
    for (const Group &group : m_groups)
        list += group.scopes();
    return list;
}

QString ScopeModel::groupOf(const QString &scope) const
{
    const Group *group = groupContaining(scope);
    return group ? group->id : QString();
}

QString ScopeModel::description(const QString &scope)
{
    if (scope == QLatin1String("accounts.self:read"))
        return tr("Read the basic details of your own profile.");
    if (scope == QLatin1String("accounts.self:write"))
        return tr("Read and change the basic details of your own profile.");
    if (scope == QLatin1String("accounts:read"))
        return tr("Read every account of the portal.");
    if (scope == QLatin1String("accounts:write"))
        return tr("Read and manage every account of the portal.");
    if (scope == QLatin1String("files:read"))
        return tr("Read every file and folder you can open.");
    if (scope == QLatin1String("files:write"))
        return tr("Read and manage every file and folder you can open.");
    if (scope == QLatin1String("rooms:read"))
        return tr("Read every room you can open.");
    if (scope == QLatin1String("rooms:write"))
        return tr("Read and manage every room you can open.");
    if (scope == QLatin1String("openid"))
        return tr("Sign you in with OpenID Connect and read your personal data.");
    return {};
}

QStringList ScopeModel::scopes() const
{
    QStringList list;
    for (const QString &scope : knownScopes()) {
        if (m_selected.contains(scope))
            list.append(scope);
    }
    return list;
}

QStringList ScopeModel::setScopes(const QStringList &scopes)
{
    m_selected.clear();
    QStringList unknown;
    for (const QString &scope : scopes) {
        if (!setSelected(scope, true) && !unknown.contains(scope))
            unknown.append(scope);
    }
    return unknown;
}

bool ScopeModel::setSelected(const QString &scope, bool selected)
{
    const Group *group = groupContaining(scope);
    if (!group)
        return false;
    if (selected) {
        m_selected.insert(scope);
        if (scope == group->write && !group->read.isEmpty())
            m_selected.insert(group->read);
        return true;
    }
    // Unchecking read while write is chosen would leave a write scope without its read scope.
    if (scope == group->read && m_selected.contains(group->write))
        return false;
    m_selected.remove(scope);
    return true;
}

ScopeModel::Access ScopeModel::access(const QString &groupId) const
{
    const Group *group = findGroup(groupId);
    if (!group)
        return Access::None;
    if (group->isSingle())
        return m_selected.contains(group->single) ? Access::Read : Access::None;
    if (m_selected.contains(group->write))
        return Access::Write;
    return m_selected.contains(group->read) ? Access::Read : Access::None;
}

void ScopeModel::setAccess(const QString &groupId, Access access)
{
    const Group *group = findGroup(groupId);
    if (!group)
        return;
    for (const QString &scope : group->scopes())
        m_selected.remove(scope);
    if (access == Access::None)
        return;
    if (group->isSingle())
        m_selected.insert(group->single);
    else if (access == Access::Write && !group->write.isEmpty())
        setSelected(group->write, true);
    else if (!group->read.isEmpty())
        m_selected.insert(group->read);
}

const ScopeModel::Group *ScopeModel::findGroup(const QString &groupId) const
{
    for (const Group &group : m_groups) {
        if (group.id == groupId)
            return &group;
    }
    return nullptr;
}

const ScopeModel::Group *ScopeModel::groupContaining(const QString &scope) const
{
    if (scope.isEmpty())
        return nullptr;
    for (const Group &group : m_groups) {
        if (group.read == scope || group.write == scope || group.single == scope)
            return &group;
    }
    return nullptr;
}

QString ScopeModel::titleFor(const QString &groupId)
{
    if (groupId == QLatin1String("profiles"))
        return tr("Profile");
    if (groupId == QLatin1String("accounts"))
        return tr("Accounts");
    if (groupId == QLatin1String("files"))
        return tr("Files & Folders");
    if (groupId == QLatin1String("rooms"))
        return tr("Rooms");
    if (groupId == QLatin1String("openid"))
        return tr("OpenID");
    return groupId; // a group only a newer portal has: its own name is better than nothing
}

QStringList ScopeModel::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList scopes = text.split(separators, Qt::SkipEmptyParts);
    scopes.removeDuplicates();
    return scopes;
}

} // namespace PortalKeys::OAuth
