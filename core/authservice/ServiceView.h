#pragma once

#include "authservice/AuthService.h"
#include "authservice/KeyChange.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/ServiceDefinition.h"
#include "catalog/ServiceValidator.h"

#include <QCoreApplication>
#include <QMap>
#include <QVersionNumber>

#include <optional>

namespace PortalKeys::AuthService {

// One service as the authorization-keys page and `services` commands show it: what the portal says (the truth
// about what it offers, its values, canSet, paid) merged with what the catalog knows (guidance, redirect URI,
// labels, secrets, validation). A service the catalog does not know is still shown, with the portal's fields.
struct ServiceView {
    Q_DECLARE_TR_FUNCTIONS(ServiceView)

public:
    enum class State { On, Off, ReadOnly };

    Catalog::ServiceDefinition
        definition; // the catalog's, refined by the portal's keys; synthetic if unknown
    bool knownToCatalog = false;
    std::optional<Service> portal; // empty offline
    QMap<QString, QString> values; // current values by key name (empty offline)

    State state() const;
    QString stateText() const; // "on", "off", "read-only"
    // Why the keys cannot be changed here, or empty.
    QString readOnlyReason() const;
    // What plan the service needs, or empty.
    QString planNote() const;
    // The title to show: the portal's, else the catalog's.
    QString title() const;
    QString name() const { return definition.name; }
    // The name to save the service under: the portal's own spelling when it listed the service (the server
    // looks some names up differently, e.g. appleID), else the catalog's.
    QString portalName() const { return portal ? portal->name : name(); }

    // Checks `newValues` (all keys of the service) with the catalog's rules.
    Catalog::ServiceValidator::Result validate(const QMap<QString, QString> &newValues) const;
    // The preview of saving `newValues`.
    QList<KeyChange> preview(const QMap<QString, QString> &newValues) const;
    // The values to POST, in the service's key order (keys that do not apply are sent empty).
    KeyValues valuesToSend(const QMap<QString, QString> &newValues) const;

    // The portal's services in its order, each merged with the catalog of `product` as a portal of
    // `portalVersion` shows it (null: the catalog's newest key sets and labels).
    static QList<ServiceView> merge(const QList<Service> &portalServices,
                                    const Catalog::ServiceCatalog &catalog, Catalog::Product product,
                                    const QVersionNumber &portalVersion = {});
    // Every catalog service of `product`, offline.
    static QList<ServiceView> offline(const Catalog::ServiceCatalog &catalog, Catalog::Product product);
    static ServiceView fromDefinition(const Catalog::ServiceDefinition &definition);
    // `name` among `views`, case-insensitive (name or server key), or nullptr.
    static const ServiceView *find(const QList<ServiceView> &views, const QString &name);
};

} // namespace PortalKeys::AuthService
