#include "drafts/DraftStore.h"

#include "common/ListFile.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace PortalKeys::Drafts {

namespace {

ListFile listFile(const QString &path)
{
    return ListFile(path, QStringLiteral("drafts"), DraftStore::formatVersion,
                    DraftStore::tr("The list of drafts %1").arg(path));
}

// One keychain operation of a sequence: a write, or a removal when `remove` is set.
struct SecretStep {
    QString key;
    QByteArray value;
    bool remove = false;
};
using Steps = std::shared_ptr<const QList<SecretStep>>;
// The first failure (or none), and how many steps ran before it.
using StepsDone = std::function<void(const SecretError &error, qsizetype completed)>;

void runStep(SecretStore *secrets, QObject *context, Steps steps, qsizetype index, bool keepGoing,
             SecretError firstError, StepsDone done)
{
    if (index == steps->size()) {
        done(firstError, index);
        return;
    }
    const SecretStep &step = steps->at(index);
    auto next = [=](const SecretError &error) {
        if (error.isError() && !keepGoing) {
            done(error, index);
            return;
        }
        runStep(secrets, context, steps, index + 1, keepGoing, firstError.isError() ? firstError : error,
                done);
    };
    if (step.remove)
        secrets->remove(step.key, context, next);
    else
        secrets->write(step.key, step.value, context, next);
}

// One step after the other, not all at once: a keychain may ask the user to unlock it, and the first failure
// must stop the steps still to come. `keepGoing` runs every step anyway (for clean-ups).
void runInTurn(SecretStore *secrets, QObject *context, Steps steps, bool keepGoing, StepsDone done)
{
    if (steps->isEmpty()) {
        // Still asynchronous, as promised to the caller.
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}, 0); });
        return;
    }
    runStep(secrets, context, std::move(steps), 0, keepGoing, {}, std::move(done));
}

void readStep(SecretStore *secrets, QObject *context, const Draft &draft, qsizetype index,
              std::shared_ptr<DraftValues> values, DraftStore::ValuesHandler handler)
{
    if (index == draft.keyNames.size()) {
        handler({}, *values);
        return;
    }
    const QString name = draft.keyNames.at(index);
    secrets->read(draft.secretKey(name), context, [=](const SecretError &error, const QByteArray &secret) {
        if (error.isError() && error.kind() != SecretError::Kind::NotFound) {
            handler(DraftStore::tr("Cannot read the value of %1 in the draft for %2: %3")
                        .arg(name, draft.service, error.message()),
                    {});
            return;
        }
        if (!error.isError())
            values->insert(name, secret);
        readStep(secrets, context, draft, index + 1, values, handler);
    });
}

void later(QObject *context, const DraftStore::DoneHandler &handler, const QString &error)
{
    QTimer::singleShot(0, context, [handler, error] { handler(error); });
}

} // namespace

DraftStore::DraftStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString DraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts.json");
}

DraftStore::LoadResult DraftStore::fromEntries(const QJsonArray &entries) const
{
    LoadResult result;
    for (const QJsonValue &entry : entries) {
        QString error;
        std::optional<Draft> draft = Draft::fromJson(entry.toObject(), &error);
        if (!draft)
            return {{},
                    tr("The list of drafts %1 cannot be used: %2 PortalKeys leaves it as it is.")
                        .arg(m_path, error)};
        if (findById(result.drafts, draft->id))
            return {{}, tr("The list of drafts %1 holds the draft %2 twice.").arg(m_path, draft->id)};
        result.drafts.append(*draft);
    }
    return result;
}

DraftStore::LoadResult DraftStore::load() const
{
    const ListFile::Read file = listFile(m_path).read();
    if (!file.ok())
        return {{}, file.error};
    return fromEntries(file.entries);
}

DraftStore::LoadResult DraftStore::update(const Change &change) const
{
    LoadResult result;
    const ListFile::Read written = listFile(m_path).update([&](QJsonArray &entries) {
        LoadResult current = fromEntries(entries);
        if (!current.ok())
            return current.error;
        if (const QString refused = change(current.drafts); !refused.isEmpty())
            return refused;
        entries = QJsonArray();
        for (const Draft &draft : std::as_const(current.drafts))
            entries.append(draft.toJson());
        result.drafts = current.drafts;
        return QString();
    });
    if (!written.ok())
        return {{}, written.error};
    return result;
}

const Draft *DraftStore::findById(const QList<Draft> &drafts, const QString &id)
{
    for (const Draft &draft : drafts) {
        if (draft.id == id)
            return &draft;
    }
    return nullptr;
}

QString DraftStore::put(const Draft &draft) const
{
    return update([&draft](QList<Draft> &drafts) {
               for (Draft &entry : drafts) {
                   if (entry.id == draft.id) {
                       entry = draft;
                       return QString();
                   }
               }
               drafts.append(draft);
               return QString();
           })
        .error;
}

void DraftStore::saveDraft(const Draft &draft, const DraftValues &values, SecretStore &secrets,
                           QObject *context, DoneHandler handler) const
{
    const QString problem = draft.problem();
    if (!problem.isEmpty())
        return later(context, handler, problem);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!draft.keyNames.contains(it.key()))
            return later(
                context, handler,
                tr("The draft for %1 has no key “%2” to store a value for.").arg(draft.service, it.key()));
    }
    // A damaged or newer file stops us before the keychain is touched.
    const LoadResult current = load();
    if (!current.ok())
        return later(context, handler, current.error);
    const Draft *existing = findById(current.drafts, draft.id);
    const bool isNew = existing == nullptr;

    Draft stored = draft;
    stored.modified = QDateTime::currentDateTimeUtc();
    if (existing)
        stored.created = existing->created;
    else if (!stored.created.isValid())
        stored.created = stored.modified;

    QList<SecretStep> steps;
    stored.storedValueKeys.clear();
    for (const QString &name : draft.keyNames) {
        const QByteArray value = values.value(name);
        if (!value.isEmpty()) {
            steps.append({draft.secretKey(name), value, false});
            stored.storedValueKeys.append(name);
        } else if (existing && existing->keyNames.contains(name))
            steps.append({draft.secretKey(name), {}, true});
    }
    QList<SecretStep> dropped;
    if (existing) {
        for (const QString &name : existing->keyNames) {
            if (!draft.keyNames.contains(name))
                dropped.append({draft.secretKey(name), {}, true});
        }
    }
    const auto writes = std::make_shared<const QList<SecretStep>>(std::move(steps));
    const auto removals = std::make_shared<const QList<SecretStep>>(std::move(dropped));
    const DraftStore self = *this;
    SecretStore *store = &secrets;

    // Takes back what a new draft wrote, so that a failed save leaves no unlisted values in the keychain.
    auto rollBack = [store, context, writes, isNew](qsizetype written, std::function<void()> then) {
        QList<SecretStep> undo;
        for (qsizetype i = 0; isNew && i < written; ++i)
            undo.append({writes->at(i).key, {}, true});
        runInTurn(store, context, std::make_shared<const QList<SecretStep>>(std::move(undo)), true,
                  [then = std::move(then)](const SecretError &, qsizetype) { then(); });
    };

    runInTurn(store, context, writes, false, [=](const SecretError &error, qsizetype completed) {
        if (error.isError()) {
            const QString message =
                isNew ? tr("The draft for %1 was not saved: %2").arg(stored.service, error.message())
                      : tr("The draft for %1 was not saved completely: %2 The values stored before "
                           "this failure are already replaced in the keychain.")
                            .arg(stored.service, error.message());
            rollBack(completed, [handler, message] { handler(message); });
            return;
        }
        QStringList droppedKeys;
        for (const SecretStep &step : *removals)
            droppedKeys.append(step.key);
        // Once the file no longer lists them, only the journal still knows these keys.
        QString fileError = droppedKeys.isEmpty() ? QString() : store->journal(droppedKeys);
        if (fileError.isEmpty())
            fileError = self.put(stored);
        if (!fileError.isEmpty()) {
            rollBack(completed, [handler, fileError] { handler(fileError); });
            return;
        }
        runInTurn(store, context, removals, true,
                  [handler, stored](const SecretError &removeError, qsizetype) {
                      handler(removeError.isError()
                                  ? tr("The draft for %1 was saved, but the value of a key it no longer has "
                                       "could not be removed from the keychain: %2")
                                        .arg(stored.service, removeError.message())
                                  : QString());
                  });
    });
}

void DraftStore::loadValues(const Draft &draft, SecretStore &secrets, QObject *context,
                            ValuesHandler handler) const
{
    if (draft.keyNames.isEmpty()) {
        QTimer::singleShot(0, context, [handler = std::move(handler)] { handler({}, {}); });
        return;
    }
    readStep(&secrets, context, draft, 0, std::make_shared<DraftValues>(), std::move(handler));
}

void DraftStore::removeDraft(const QString &id, SecretStore &secrets, QObject *context,
                             DoneHandler handler) const
{
    const LoadResult current = load();
    if (!current.ok())
        return later(context, handler, current.error);
    const Draft *found = findById(current.drafts, id);
    if (!found)
        return later(context, handler, {});
    const Draft draft = *found;
    QList<SecretStep> steps;
    for (const QString &name : draft.keyNames)
        steps.append({draft.secretKey(name), {}, true});
    const DraftStore self = *this;
    runInTurn(&secrets, context, std::make_shared<const QList<SecretStep>>(std::move(steps)), false,
              [self, draft, handler](const SecretError &error, qsizetype) {
                  if (error.isError()) {
                      handler(tr("The draft for %1 was not removed: %2").arg(draft.service, error.message()));
                      return;
                  }
                  handler(self.update([&draft](QList<Draft> &drafts) {
                                  drafts.removeIf(
                                      [&draft](const Draft &entry) { return entry.id == draft.id; });
                                  return QString();
                              })
                              .error);
              });
}

} // namespace PortalKeys::Drafts
