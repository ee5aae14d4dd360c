#include "jwt/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PortalKeys::Jwt::JsonText {

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // Qt 6.4's QJsonDocument only serializes arrays and objects: wrap the value in a one-element array and
    // strip the brackets, so numbers, strings and literals are written exactly as Qt writes JSON.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString display(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return compact(value);
}

} // namespace PortalKeys::Jwt::JsonText
