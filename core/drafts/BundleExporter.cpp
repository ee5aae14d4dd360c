#include "drafts/BundleExporter.h"

#include "drafts/BundleContent.h"
#include "drafts/DraftStore.h"

#include <QTimer>

#include <memory>

namespace PortalKeys::Drafts {

namespace {

using Entries = std::shared_ptr<QList<BundleContent::Entry>>;

void collectFrom(const DraftStore &store, SecretStore *secrets, Entries entries, qsizetype index,
                 QObject *context, const BundleExporter::Handler &handler)
{
    if (index == entries->size()) {
        BundleContent::BuildResult built = BundleContent::toJson(*entries);
        entries->clear();
        handler(built.error, built.json);
        Bundle::wipe(built.json);
        return;
    }
    const Draft draft = entries->at(index).draft;
    store.loadValues(draft, *secrets, context, [=](const QString &error, const DraftValues &values) {
        if (!error.isEmpty()) {
            entries->clear();
            handler(error, {});
            return;
        }
        (*entries)[index].values = values;
        collectFrom(store, secrets, entries, index + 1, context, handler);
    });
}

} // namespace

void BundleExporter::collect(const DraftStore &store, SecretStore &secrets, const QStringList &draftIds,
                             QObject *context, Handler handler)
{
    auto later = [context, handler](const QString &error) {
        QTimer::singleShot(0, context, [handler, error] { handler(error, {}); });
    };
    if (draftIds.isEmpty())
        return later(tr("Choose at least one draft to export."));
    const DraftStore::LoadResult loaded = store.load();
    if (!loaded.ok())
        return later(loaded.error);
    auto entries = std::make_shared<QList<BundleContent::Entry>>();
    for (const QString &id : draftIds) {
        const Draft *draft = DraftStore::findById(loaded.drafts, id);
        if (!draft)
            return later(tr("There is no draft %1 to export.").arg(id));
        entries->append({*draft, {}});
    }
    collectFrom(store, &secrets, entries, 0, context, handler);
}

} // namespace PortalKeys::Drafts
