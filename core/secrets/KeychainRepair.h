#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace PortalKeys {

class SecretStore;

// Run at the start of the app and of portalkeys-cli: removes from the keychain the secrets that a process
// killed in the middle of a save left without a list entry (see SecretJournal). Only the journal's records
// of processes that have ended are looked at; a record is dropped once its secret is either owned by an
// entry of the portal list or the drafts list, or removed. When a list cannot be read nothing is removed:
// without the list no one can tell an orphan from a secret in use.
//
// The opposite case, an entry whose secret is missing (killed between removing the secrets and the entry,
// or a keychain emptied by hand), is not repaired here: the portal or draft stays listed, and using it says
// that the secret is missing and how to enter it again.
class KeychainRepair {
    Q_DECLARE_TR_FUNCTIONS(KeychainRepair)

public:
    // Empty members: the default paths (SecretJournal, ProfileStore, DraftStore).
    struct Paths {
        QString journal;
        QString portals;
        QString drafts;
    };
    struct Report {
        int removed = 0; // secrets without an owner taken out of the keychain
        int settled = 0; // records dropped because an entry owns their secret
        QString error;   // why some records had to stay (a list or the keychain failed); empty otherwise
    };
    using Done = std::function<void(const Report &report)>;

    // Whether the journal holds records of ended processes. Cheap (one small file), so that callers create
    // a keychain connection only when there is something to look at.
    static bool needed(const Paths &paths = {});
    // Asynchronous like SecretStore: `done` runs later on the thread of `context`, not at all when `context`
    // is destroyed first. The journal and the lists are read and written on a worker thread, never on the
    // caller's; `secrets` is used on the thread of `context` and must outlive the operation.
    static void run(SecretStore &secrets, QObject *context, Done done, const Paths &paths = {});
    // Drops the records of this process whose secrets a list entry owns now: called when the app or a
    // command ends, so that the journal holds only what an interrupted save left. File work only, no
    // keychain; records of keys no entry owns stay for the next start to look at.
    static void settleOwnRecords(const Paths &paths = {});
    // "Removed n keychain entries left behind by an interrupted save."; empty when nothing was removed.
    static QString summary(const Report &report);
};

} // namespace PortalKeys
