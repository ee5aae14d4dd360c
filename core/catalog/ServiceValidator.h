#pragma once

#include "catalog/Issue.h"
#include "catalog/KeyDefinition.h"
#include "catalog/ServiceDefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace PortalKeys::Catalog {

// Checks the keys of one service together: every key that applies is filled, or every key is empty (which
// switches the service off); keys that depend on another key's value count only when that value is chosen
// (the external database's mysql and sqlite fields); each value passes KeyValidator.
class ServiceValidator {
    Q_DECLARE_TR_FUNCTIONS(ServiceValidator)

public:
    struct Result {
        QList<Issue> issues;
        bool disables = false; // every key is empty: saving switches the service off

        bool hasErrors() const { return Catalog::hasErrors(issues); }
        bool hasWarnings() const { return Catalog::hasWarnings(issues); }
        // Errors always block; warnings block until the admin accepts them.
        bool canSave(bool warningsAccepted) const
        {
            return !hasErrors() && (warningsAccepted || !hasWarnings());
        }
        QList<Issue> issuesFor(const QString &keyName) const;
    };

    // `values`: key name → value; keys that are absent count as empty.
    static Result validate(const ServiceDefinition &service, const QMap<QString, QString> &values);
    // The same for another key set of the service, e.g. the one an older portal version wants.
    static Result validate(const ServiceDefinition &service, const QList<KeyDefinition> &keys,
                           const QMap<QString, QString> &values);

    // Whether `key` applies given the other values: always, unless it depends on a key whose value (or, when
    // that is empty, its default) differs from the one it needs.
    static bool applies(const KeyDefinition &key, const QList<KeyDefinition> &keys,
                        const QMap<QString, QString> &values);
};

} // namespace PortalKeys::Catalog
