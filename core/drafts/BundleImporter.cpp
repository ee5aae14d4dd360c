#include "drafts/BundleImporter.h"

#include "drafts/BundleContent.h"
#include "drafts/DraftStore.h"

#include <QTimer>

#include <memory>

namespace PortalKeys::Drafts {

namespace {

using Entries = std::shared_ptr<QList<BundleContent::Entry>>;

void importFrom(const DraftStore &store, SecretStore *secrets, Entries entries, qsizetype index,
                QList<Draft> imported, QObject *context, const BundleImporter::Handler &handler)
{
    if (index == entries->size()) {
        entries->clear();
        handler({}, imported);
        return;
    }
    const BundleContent::Entry &entry = entries->at(index);
    const Draft draft = entry.draft;
    store.saveDraft(draft, entry.values, *secrets, context, [=](const QString &error) mutable {
        if (!error.isEmpty()) {
            entries->clear();
            const int count = int(imported.size());
            const QString done =
                count == 1
                    ? BundleImporter::tr("%n draft was imported; the others were not: %1", nullptr, 1)
                    : BundleImporter::tr("%n drafts were imported; the others were not: %1", nullptr, count);
            handler(imported.isEmpty() ? error : done.arg(error), imported);
            return;
        }
        // Values stay out of the list handed back: the caller has the drafts, the keychain has the values.
        imported.append(draft);
        (*entries)[index].values.clear();
        importFrom(store, secrets, entries, index + 1, imported, context, handler);
    });
}

} // namespace

void BundleImporter::import(const DraftStore &store, SecretStore &secrets, const QByteArray &json,
                            QObject *context, Handler handler)
{
    BundleContent::ParseResult parsed = BundleContent::fromJson(json);
    if (!parsed.ok()) {
        QTimer::singleShot(0, context, [handler, error = parsed.error] { handler(error, {}); });
        return;
    }
    auto entries = std::make_shared<QList<BundleContent::Entry>>(std::move(parsed.entries));
    importFrom(store, &secrets, entries, 0, {}, context, handler);
}

} // namespace PortalKeys::Drafts
