#include "authservice/KeySourceLoader.h"

#include "authservice/PortalServices.h"
#include "drafts/DraftStore.h"

#include <QTimer>

#include <memory>

namespace PortalKeys::AuthService {

namespace {

struct DraftReading {
    Drafts::DraftStore store;
    SecretStore *secrets = nullptr;
    QObject *context = nullptr;
    QList<Drafts::Draft> pending;
    QList<KeySource::Prepared> prepared;
    KeySourceLoader::DraftsResult result;
    KeySourceLoader::DraftsDone done;
};

void readNext(const std::shared_ptr<DraftReading> &reading)
{
    if (reading->prepared.size() == reading->pending.size()) {
        reading->result.source =
            KeySource::fromDrafts(KeySourceLoader::tr("offline drafts"), reading->prepared);
        reading->done(reading->result);
        return;
    }
    const Drafts::Draft draft = reading->pending.at(reading->prepared.size());
    reading->store.loadValues(
        draft, *reading->secrets, reading->context,
        [reading, draft](const QString &error, const Drafts::DraftValues &values) {
            if (!error.isEmpty()) {
                KeySourceLoader::DraftsResult failed;
                failed.error = error;
                failed.keychainFailed = true;
                return reading->done(failed);
            }
            const QStringList missing = draft.missingValues(values);
            if (!missing.isEmpty())
                reading->result.warnings.append(
                    KeySourceLoader::tr("Secret missing: the keychain no longer holds the "
                                        "value of %1 in the draft for %2; it counts as "
                                        "absent.")
                        .arg(missing.join(QStringLiteral(", ")), draft.service));
            reading->prepared.append({draft, values});
            readNext(reading);
        });
}

} // namespace

void KeySourceLoader::fromDrafts(const Drafts::DraftStore &store, SecretStore &secrets, QObject *context,
                                 DraftsDone done)
{
    auto reading = std::make_shared<DraftReading>(DraftReading{store, &secrets, context, {}, {}, {}, done});
    const Drafts::DraftStore::LoadResult loaded = store.load();
    if (!loaded.ok()) {
        DraftsResult failed;
        failed.error = loaded.error;
        QTimer::singleShot(0, context, [done, failed] { done(failed); });
        return;
    }
    for (const Drafts::Draft &draft : loaded.drafts) {
        if (draft.product == Catalog::Product::DocSpace)
            reading->pending.append(draft);
    }
    // Still asynchronous when there is nothing to read, as promised.
    QTimer::singleShot(0, context, [reading] { readNext(reading); });
}

void KeySourceLoader::fromPortal(Portal::PortalClient *client, const QString &portalName, PortalDone done)
{
    const QString label = portalLabel(portalName);
    PortalServices::load(client,
                         [label, done](const Portal::PortalError &error, const PortalServices &loaded) {
                             if (error.isError())
                                 return done(error, {});
                             done({}, KeySource::fromPortal(label, loaded.views));
                         });
}

} // namespace PortalKeys::AuthService

namespace PortalKeys::AuthService {

QString KeySourceLoader::portalLabel(const QString &portalName)
{
    return tr("portal %1").arg(portalName);
}

} // namespace PortalKeys::AuthService
