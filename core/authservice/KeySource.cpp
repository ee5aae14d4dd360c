#include "authservice/KeySource.h"

#include "catalog/ServiceCatalog.h"

#include <QDateTime>

namespace PortalKeys::AuthService {

namespace {

// The catalog's name of `service`, so that "appleID" on a portal and "appleid" in a draft are one service.
QString canonicalName(const QString &service)
{
    const Catalog::ServiceDefinition *known =
        Catalog::ServiceCatalog::builtIn().find(Catalog::Product::DocSpace, service);
    return known ? known->name : service;
}

} // namespace

KeySource KeySource::fromPortal(const QString &label, const QList<ServiceView> &views)
{
    KeySource source;
    source.label = label;
    for (const ServiceView &view : views) {
        ServiceKeys keys;
        keys.title = view.title();
        for (auto it = view.values.cbegin(); it != view.values.cend(); ++it) {
            if (!it.value().isEmpty())
                keys.values.insert(it.key(), it.value());
        }
        for (const Catalog::KeyDefinition &key : view.definition.keys) {
            (key.masked ? keys.secretKeys : keys.plainKeys).insert(key.name);
        }
        source.services.insert(canonicalName(view.name()), keys);
    }
    return source;
}

KeySource KeySource::fromDrafts(const QString &label, const QList<Prepared> &drafts)
{
    KeySource source;
    source.label = label;
    QMap<QString, QDateTime> newest;
    for (const Prepared &prepared : drafts) {
        const Drafts::Draft &draft = prepared.draft;
        if (draft.product != Catalog::Product::DocSpace)
            continue;
        const QString name = canonicalName(draft.service);
        if (newest.contains(name) && newest.value(name) > draft.modified)
            continue;
        newest.insert(name, draft.modified);

        const Catalog::ServiceDefinition *known =
            Catalog::ServiceCatalog::builtIn().find(Catalog::Product::DocSpace, draft.service);
        ServiceKeys keys;
        keys.title = known ? known->title : draft.title;
        keys.draftId = draft.id;
        for (const QString &key : draft.keyNames) {
            const QByteArray value = prepared.values.value(key);
            if (!value.isEmpty())
                keys.values.insert(key, QString::fromUtf8(value));
            const Catalog::KeyDefinition *definition = known ? known->key(key) : nullptr;
            // A key the catalog does not know counts as a secret: never shown by mistake.
            if (definition && !definition->masked)
                keys.plainKeys.insert(key);
            else
                keys.secretKeys.insert(key);
        }
        source.services.insert(name, keys);
    }
    return source;
}

} // namespace PortalKeys::AuthService
