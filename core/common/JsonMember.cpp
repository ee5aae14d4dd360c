#include "common/JsonMember.h"

namespace PortalKeys {

QJsonValue jsonMember(const QJsonObject &object, const QString &camelCase)
{
    const auto found = object.constFind(camelCase);
    if (found != object.constEnd() || camelCase.isEmpty())
        return found != object.constEnd() ? *found : QJsonValue(QJsonValue::Undefined);
    QString pascal = camelCase;
    pascal[0] = pascal[0].toUpper();
    return object.value(pascal);
}

} // namespace PortalKeys
