#include "authservice/AuthService.h"

#include <QJsonArray>

namespace PortalKeys::AuthService {

namespace {

QJsonValue member(const QJsonObject &object, const QString &camelCase)
{
    const auto found = object.constFind(camelCase);
    if (found != object.constEnd())
        return *found;
    QString pascal = camelCase;
    pascal[0] = pascal[0].toUpper();
    return object.value(pascal);
}

QString text(const QJsonObject &object, const QString &camelCase)
{
    const QJsonValue value = member(object, camelCase);
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

ServiceKey ServiceKey::fromJson(const QJsonObject &json)
{
    ServiceKey key;
    key.name = text(json, QStringLiteral("name"));
    key.value = text(json, QStringLiteral("value"));
    key.title = text(json, QStringLiteral("title"));
    key.type = text(json, QStringLiteral("type"));
    if (key.type.isEmpty())
        key.type = QStringLiteral("text");
    for (const QJsonValue &option : member(json, QStringLiteral("options")).toArray())
        key.options << (option.isObject() ? text(option.toObject(), QStringLiteral("value"))
                                          : option.toString());
    key.dependsOn = text(json, QStringLiteral("dependsOn"));
    key.dependsOnValue = text(json, QStringLiteral("dependsOnValue"));
    return key;
}

Service Service::fromJson(const QJsonObject &json)
{
    Service service;
    service.name = text(json, QStringLiteral("name"));
    service.title = text(json, QStringLiteral("title"));
    service.description = text(json, QStringLiteral("description"));
    service.instruction = text(json, QStringLiteral("instruction"));
    const QJsonValue canSet = member(json, QStringLiteral("canSet"));
    service.canSet = canSet.isBool() ? canSet.toBool() : true;
    service.paid = member(json, QStringLiteral("paid")).toBool();
    for (const QJsonValue &key : member(json, QStringLiteral("props")).toArray())
        service.keys.append(ServiceKey::fromJson(key.toObject()));
    return service;
}

bool Service::isEnabled() const
{
    for (const ServiceKey &key : keys) {
        if (!key.value.trimmed().isEmpty())
            return true;
    }
    return false;
}

const ServiceKey *Service::key(const QString &keyName) const
{
    for (const ServiceKey &key : keys) {
        if (key.name == keyName)
            return &key;
    }
    return nullptr;
}

QString Service::instructionText() const
{
    QString result = instruction;
    result.replace(QLatin1String("{0}"), QLatin1String("\n\n"));
    return result.trimmed();
}

} // namespace PortalKeys::AuthService
