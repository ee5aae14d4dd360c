#pragma once

#include "catalog/Issue.h"
#include "catalog/KeyDefinition.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/ServiceDefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace PortalKeys::Cli {

// How the services and bundle commands show a service: what it is for, where to register it, the steps and
// its keys, as text or JSON, and the findings of the key checks. Values of masked keys are never shown, only
// how long they are.
class ServiceReport {
    Q_DECLARE_TR_FUNCTIONS(ServiceReport)

public:
    // Current values by key name, when there are any to show (a portal's, or a draft's).
    using Values = std::optional<QMap<QString, QString>>;

    // "login, storage"
    static QString kindsText(const Catalog::ServiceDefinition &service);
    // The service's own redirect note, else the one every OAuth service of its product shares.
    static QString redirectNote(const Catalog::ServiceDefinition &service,
                                const Catalog::ServiceCatalog &catalog);

    // Everything the catalog says about the service (the steps with the redirect URI filled in).
    static QJsonObject definitionJson(const Catalog::ServiceDefinition &service,
                                      const Catalog::ServiceCatalog &catalog);
    static QJsonObject keyJson(const Catalog::KeyDefinition &key);
    // The keys with their state: "set", and "value" for keys that are not masked ("length" for those that
    // are).
    static QJsonArray keysWithValuesJson(const Catalog::ServiceDefinition &service, const Values &values);

    // The text of `services show`, up to and including the keys; `extraLines` (state, plan note, …) follow
    // the purpose.
    static QString text(const Catalog::ServiceDefinition &service, const Catalog::ServiceCatalog &catalog,
                        const QString &heading, const QStringList &extraLines, const Values &values);
    // One line on stderr per finding: "key: message", "key: warning: message" or "key: note: message".
    // `prefix` goes in front of each line (the service's name when several services are checked).
    static void printIssues(const QList<Catalog::Issue> &issues, const QString &prefix = {});
    // "  Google Key (googleClientSecret), secret: •••• (24 characters)"
    static QString keyLine(const Catalog::KeyDefinition &key, const Values &values);
};

} // namespace PortalKeys::Cli
