#include "authservice/AuthService.h"

#include "common/JsonMember.h"

#include <QJsonArray>

namespace PortalKeys::AuthService {

namespace {

QString text(const QJsonObject &object, const QString &camelCase)
{
    const QJsonValue value = jsonMember(object, camelCase);
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
    for (const QJsonValue &option : jsonMember(json, QStringLiteral("options")).toArray())
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
    const QJsonValue canSet = jsonMember(json, QStringLiteral("canSet"));
    service.canSet = canSet.isBool() ? canSet.toBool() : true;
    service.paid = jsonMember(json, QStringLiteral("paid")).toBool();
    for (const QJsonValue &key : jsonMember(json, QStringLiteral("props")).toArray())
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
