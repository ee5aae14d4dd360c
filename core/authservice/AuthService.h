#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::AuthService {

// One key of a service as the portal reports it (GET /api/2.0/settings/authservice).
struct ServiceKey {
    QString name;
    QString value; // the stored value in clear text, as the portal sends it
    QString title;
    QString type; // "text" (default), "password", "select", "toggle", "number"
    QStringList options;
    QString dependsOn;      // another key's name: this key matters only when that key has…
    QString dependsOnValue; // …this value

    static ServiceKey fromJson(const QJsonObject &json);
};

// A third-party service ("consumer") of a portal and its current keys.
struct Service {
    QString name; // as the portal spells it, e.g. "appleID"
    QString title;
    QString description;
    QString instruction;
    bool canSet = true; // false: the installation fixed the keys; read-only
    bool paid = false;  // needs a plan with third-party storage (cloud)
    QList<ServiceKey> keys;

    // Accepts camelCase and the PascalCase of older documentation.
    static Service fromJson(const QJsonObject &json);
    // On: any key holds a value.
    bool isEnabled() const;
    const ServiceKey *key(const QString &keyName) const;
    // The portal's instruction with its "{0}" paragraph placeholders turned into blank lines.
    QString instructionText() const;
};

} // namespace PortalKeys::AuthService
