#include "catalog/CatalogTranslation.h"

#include "catalog/KeyDefinition.h"
#include "catalog/KeyGeneration.h"
#include "catalog/ServiceDefinition.h"

#include <QCoreApplication>

namespace PortalKeys::Catalog::CatalogTranslation {

QString text(const QString &source, const char *field)
{
    if (source.isEmpty())
        return source;
    return QCoreApplication::translate("Catalog", source.toUtf8().constData(), field);
}

void apply(KeyDefinition &key)
{
    key.label = text(key.label, "label");
    key.note = text(key.note, "note");
}

void apply(KeyGeneration &generation)
{
    generation.title = text(generation.title, "generation");
    generation.versions = text(generation.versions, "versions");
    generation.serviceTitle = text(generation.serviceTitle, "serviceTitle");
    generation.note = text(generation.note, "note");
    for (KeyDefinition &key : generation.keys)
        apply(key);
}

void apply(ServiceDefinition &service)
{
    service.title = text(service.title, "title");
    service.purpose = text(service.purpose, "purpose");
    service.redirectNote = text(service.redirectNote, "redirectNote");
    // The steps keep their {redirectUri} placeholder through translation; steps() fills it in.
    for (QString &step : service.instructions)
        step = text(step, "instructions");
    service.note = text(service.note, "note");
    for (KeyDefinition &key : service.keys)
        apply(key);
    for (KeyGeneration &generation : service.olderKeySets)
        apply(generation);
}

} // namespace PortalKeys::Catalog::CatalogTranslation
