#pragma once

#include "catalog/KeyDefinition.h"

#include <QList>
#include <QString>
#include <QVersionNumber>

namespace PortalKeys::Catalog {

class CatalogJson;

// A set of keys that older portal versions asked for instead of the current ones (for example Bitly's login
// and API key before Workspace 12.0), so that PortalKeys can tell which version wants which keys. The keys
// carry the labels of the newest version that used the set; a set may also differ only in the service's
// title.
struct KeyGeneration {
    QString title;        // e.g. "Bitly login and API key"
    QString versions;     // for people: which versions use this set
    QVersionNumber until; // the first version that no longer uses it; empty when no one knows
    QString note;         // what changed and what to do about it
    QString serviceTitle; // how those versions titled the service, when it differed (DocSpace's "Twitter")
    QList<KeyDefinition> keys;

    // True when `portalVersion` is known and older than `until`.
    bool usedBy(const QVersionNumber &portalVersion) const;

    static KeyGeneration fromJson(const QJsonObject &json, const QString &where, const CatalogJson &reader);
};

} // namespace PortalKeys::Catalog
