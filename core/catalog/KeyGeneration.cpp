#include "catalog/KeyGeneration.h"

#include "catalog/CatalogJson.h"

namespace PortalKeys::Catalog {

bool KeyGeneration::usedBy(const QVersionNumber &portalVersion) const
{
    return !until.isNull() && !portalVersion.isNull() && portalVersion < until;
}

KeyGeneration KeyGeneration::fromJson(const QJsonObject &json, const QString &where,
                                      const CatalogJson &reader)
{
    reader.onlyMembers(json, where, {"generation", "versions", "until", "serviceTitle", "note", "keys"});
    KeyGeneration generation;
    generation.title = reader.string(json, where, "generation", true);
    generation.versions = reader.string(json, where, "versions", true);
    generation.until = reader.version(json, where, "until");
    generation.note = reader.string(json, where, "note", true);
    generation.serviceTitle = reader.string(json, where, "serviceTitle", false);
    generation.keys = KeyDefinition::listFromJson(json.value(QLatin1String("keys")),
                                                  CatalogJson::place(where, generation.title), reader);
    return generation;
}

} // namespace PortalKeys::Catalog
