#pragma once

#include <QString>

namespace PortalKeys::Catalog {

struct KeyDefinition;
struct KeyGeneration;
struct ServiceDefinition;

// The catalog's user-visible texts in the user's language. resources/catalog/catalog-strings.py lists them
// for lupdate (core/catalog/CatalogStrings.cpp) in the context "Catalog", each with its JSON field name as
// disambiguation. ServiceCatalog checks a catalog in its own words (field names quoted in the steps,
// placeholders) and translates it afterwards, so an imperfect translation cannot make it invalid.
namespace CatalogTranslation {

// `source` in the user's language; unchanged when there is no translation (or no translator).
QString text(const QString &source, const char *field);

void apply(KeyDefinition &key);
void apply(KeyGeneration &generation);
void apply(ServiceDefinition &service);

} // namespace CatalogTranslation

} // namespace PortalKeys::Catalog
