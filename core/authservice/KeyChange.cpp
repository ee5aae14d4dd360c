#include "authservice/KeyChange.h"

namespace PortalKeys::AuthService {

QList<KeyChange> KeyChange::compute(const Service &current, const KeyValues &values,
                                    const QStringList &masked)
{
    QList<KeyChange> changes;
    for (const auto &[name, value] : values) {
        KeyChange change;
        change.name = name;
        const ServiceKey *key = current.key(name);
        change.title = key && !key->title.isEmpty() ? key->title : name;
        change.oldValue = key ? key->value : QString();
        change.newValue = value;
        change.masked = masked.contains(name) || (key && key->type == QLatin1String("password"));
        if (change.oldValue == change.newValue)
            change.kind = Kind::Unchanged;
        else if (change.oldValue.isEmpty())
            change.kind = Kind::Added;
        else if (change.newValue.isEmpty())
            change.kind = Kind::Cleared;
        else
            change.kind = Kind::Changed;
        changes.append(change);
    }
    return changes;
}

bool KeyChange::anyChange(const QList<KeyChange> &changes)
{
    for (const KeyChange &change : changes) {
        if (change.kind != Kind::Unchanged)
            return true;
    }
    return false;
}

bool KeyChange::disables(const QList<KeyChange> &changes)
{
    if (changes.isEmpty())
        return false;
    for (const KeyChange &change : changes) {
        if (!change.newValue.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString KeyChange::summary(const QList<KeyChange> &changes)
{
    int added = 0, changed = 0, cleared = 0;
    for (const KeyChange &change : changes) {
        added += change.kind == Kind::Added;
        changed += change.kind == Kind::Changed;
        cleared += change.kind == Kind::Cleared;
    }
    QStringList parts;
    if (added)
        parts << tr("%n key(s) added", nullptr, added);
    if (changed)
        parts << tr("%n changed", nullptr, changed);
    if (cleared)
        parts << tr("%n cleared", nullptr, cleared);
    return parts.isEmpty() ? tr("no change") : parts.join(QStringLiteral(", "));
}

QString KeyChange::display(const QString &value, bool masked, bool reveal)
{
    if (value.isEmpty())
        return tr("(empty)");
    if (masked && !reveal)
        return tr("•••• (%n character(s))", nullptr, int(value.size()));
    if (value.contains(QLatin1Char('\n')))
        return tr("%1… (%n line(s))", nullptr, int(value.count(QLatin1Char('\n')) + 1))
            .arg(value.section(QLatin1Char('\n'), 0, 0).left(60));
    return value.size() > 80 ? value.left(77) + QStringLiteral("…") : value;
}

QString KeyChange::describe(bool reveal) const
{
    switch (kind) {
    case Kind::Unchanged:
        return tr("%1: unchanged").arg(title);
    case Kind::Added:
        return tr("%1: set to %2").arg(title, display(newValue, masked, reveal));
    case Kind::Changed:
        return tr("%1: changed from %2 to %3")
            .arg(title, display(oldValue, masked, reveal), display(newValue, masked, reveal));
    case Kind::Cleared:
        return tr("%1: cleared (was %2)").arg(title, display(oldValue, masked, reveal));
    }
    return {};
}

} // namespace PortalKeys::AuthService
