#include "secrets/NamedSecret.h"

#include <algorithm>

namespace PortalKeys {

QString NamedSecret::keychainKey(const QString &name)
{
    return QStringLiteral("named-secret/") + name;
}

QString NamedSecret::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The name of the secret is empty.");
    if (name != name.trimmed())
        return tr("The name of the secret starts or ends with a space.");
    if (name.size() > maxNameLength)
        return tr("The name of the secret is longer than %1 characters.").arg(maxNameLength);
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("The name of the secret contains a control character.");
    return {};
}

} // namespace PortalKeys
