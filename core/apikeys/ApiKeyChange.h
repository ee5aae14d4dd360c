#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys::ApiKeys {

// What PUT /api/2.0/keys/{id} is to change (UpdateApiKeyRequest); what is left unset stays as it is.
struct ApiKeyChange {
    std::optional<QString> name;
    std::optional<QStringList> permissions; // see ApiKeyPermissions::forChoice
    std::optional<bool> isActive;

    bool isEmpty() const { return !name && !permissions && !isActive; }
    QJsonObject toJson() const;
};

} // namespace PortalKeys::ApiKeys
