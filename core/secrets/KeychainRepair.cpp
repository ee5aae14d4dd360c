#include "secrets/KeychainRepair.h"

#include "drafts/DraftStore.h"
#include "portal/ProfileStore.h"
#include "secrets/SecretJournal.h"
#include "secrets/SecretStore.h"

#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <memory>

namespace PortalKeys {

namespace {

using Records = QList<SecretJournal::Record>;

struct Owners {
    QList<Portal::PortalProfile> portals;
    QList<Drafts::Draft> drafts;
};

// Whether an entry of the lists uses the secret under `key`: a portal with that id and a kind that has that
// slot, or a draft with that id that still has that key.
bool isOwned(const QString &key, const Owners &owners)
{
    for (const Portal::PortalProfile &profile : owners.portals) {
        for (Portal::SecretSlot slot : profile.secretSlots()) {
            if (profile.secretKey(slot) == key)
                return true;
        }
    }
    for (const Drafts::Draft &draft : owners.drafts) {
        for (const QString &name : draft.keyNames) {
            if (draft.secretKey(name) == key)
                return true;
        }
    }
    // Keys of other kinds are never journaled; should one appear, it is not ours to remove.
    return !SecretJournal::covers(key);
}

struct Work {
    SecretJournal journal;
    QStringList orphans;  // keys to remove, one after the other
    Records ended;        // every record of an ended process looked at
    QSet<QString> failed; // orphans the keychain did not remove: their records stay
    KeychainRepair::Report report;
    KeychainRepair::Done done;
};

// Runs `work` on a thread of its own, then `then` on the thread of `context` (dropped when `context` is gone
// by then). The journal and the lists are read and written there, so that a slow disk (a home folder on a
// network share) never holds up the caller's thread, the app's window among them.
void inBackground(QObject *context, std::function<void()> work, std::function<void()> then)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, context, std::move(then));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void finish(QObject *context, const std::shared_ptr<Work> &work)
{
    inBackground(
        context,
        [work] {
            Records handled;
            for (const SecretJournal::Record &record : std::as_const(work->ended)) {
                if (!work->failed.contains(record.key))
                    handled.append(record);
            }
            const QString error = work->journal.forget(handled);
            if (work->report.error.isEmpty())
                work->report.error = error;
        },
        [work] { work->done(work->report); });
}

void removeNext(SecretStore *secrets, QObject *context, const std::shared_ptr<Work> &work, qsizetype index)
{
    if (index == work->orphans.size())
        return finish(context, work);
    const QString key = work->orphans.at(index);
    secrets->remove(key, context, [=](const SecretError &error) {
        if (error.isError()) {
            work->failed.insert(key);
            if (work->report.error.isEmpty())
                work->report.error = error.message();
        } else {
            ++work->report.removed;
        }
        removeNext(secrets, context, work, index + 1);
    });
}

Records endedRecords(const Records &records, QSet<QString> *keysInUse)
{
    Records ended;
    for (const SecretJournal::Record &record : records) {
        if (record.writerEnded())
            ended.append(record);
        else
            keysInUse->insert(record.key); // a running save: its list entry may be on the way
    }
    return ended;
}

// Reads the journal and the lists into `work`: the ended records and, of their keys, those no entry owns.
// False when there is nothing to look at or a file cannot be read (then nothing is removed or forgotten).
bool plan(Work &work, const KeychainRepair::Paths &paths)
{
    const SecretJournal::Read journal = work.journal.read();
    QSet<QString> inUse;
    work.ended = endedRecords(journal.records, &inUse);
    if (!journal.ok() || work.ended.isEmpty()) {
        work.report.error = journal.error;
        return false;
    }
    const Portal::ProfileStore::LoadResult portals = Portal::ProfileStore(paths.portals).load();
    const Drafts::DraftStore::LoadResult drafts = Drafts::DraftStore(paths.drafts).load();
    if (!portals.ok() || !drafts.ok()) {
        work.report.error = portals.ok() ? drafts.error : portals.error;
        return false;
    }
    const Owners owners{portals.profiles, drafts.drafts};
    for (const SecretJournal::Record &record : std::as_const(work.ended)) {
        if (inUse.contains(record.key) || work.orphans.contains(record.key))
            continue;
        if (isOwned(record.key, owners))
            ++work.report.settled;
        else
            work.orphans.append(record.key);
    }
    // Records of a key that a running process also journaled stay for a later start.
    work.ended.removeIf([&inUse](const SecretJournal::Record &record) { return inUse.contains(record.key); });
    return true;
}

} // namespace

bool KeychainRepair::needed(const Paths &paths)
{
    const SecretJournal::Read journal = SecretJournal(paths.journal).read();
    QSet<QString> inUse;
    return journal.ok() && !endedRecords(journal.records, &inUse).isEmpty();
}

void KeychainRepair::run(SecretStore &secrets, QObject *context, Done done, const Paths &paths)
{
    auto work = std::make_shared<Work>(Work{SecretJournal(paths.journal), {}, {}, {}, {}, std::move(done)});
    auto looked = std::make_shared<bool>(false);
    inBackground(
        context, [work, paths, looked] { *looked = plan(*work, paths); },
        [&secrets, context, work, looked] {
            if (!*looked)
                work->done(work->report);
            else if (work->orphans.isEmpty())
                finish(context, work);
            else
                removeNext(&secrets, context, work, 0);
        });
}

void KeychainRepair::settleOwnRecords(const Paths &paths)
{
    const SecretJournal journal(paths.journal);
    const SecretJournal::Read read = journal.read();
    Records mine;
    for (const SecretJournal::Record &record : read.records) {
        if (record.pid == QCoreApplication::applicationPid() && record.host == QSysInfo::machineHostName())
            mine.append(record);
    }
    if (mine.isEmpty())
        return;
    const Portal::ProfileStore::LoadResult portals = Portal::ProfileStore(paths.portals).load();
    const Drafts::DraftStore::LoadResult drafts = Drafts::DraftStore(paths.drafts).load();
    if (!portals.ok() || !drafts.ok())
        return;
    const Owners owners{portals.profiles, drafts.drafts};
    mine.removeIf([&owners](const SecretJournal::Record &record) { return !isOwned(record.key, owners); });
    journal.forget(mine);
}

QString KeychainRepair::summary(const Report &report)
{
    if (report.removed == 0)
        return {};
    return report.removed == 1
               ? tr("Removed %n keychain entry left behind by an interrupted save.", nullptr, 1)
               : tr("Removed %n keychain entries left behind by an interrupted save.", nullptr,
                    report.removed);
}

} // namespace PortalKeys
