#include "apikeys/ApiKeyChange.h"

#include <QJsonArray>

namespace PortalKeys::ApiKeys {

QJsonObject ApiKeyChange::toJson() const
{
    QJsonObject body;
    if (name)
        body.insert(QStringLiteral("name"), name->trimmed());
    if (permissions)
        body.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(*permissions));
    if (isActive)
        body.insert(QStringLiteral("isActive"), *isActive);
    return body;
}

} // namespace PortalKeys::ApiKeys
