#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace PortalKeys {

// A member of a portal's JSON answer by its camelCase name, or by the PascalCase spelling that legacy pages
// of the portal API use ("name" or "Name"). Undefined when neither is there.
QJsonValue jsonMember(const QJsonObject &object, const QString &camelCase);

} // namespace PortalKeys
