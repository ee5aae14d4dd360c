#pragma once

#include "drafts/Draft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Drafts {

// The list of drafts in a JSON file under the app's data folder, written atomically, and the values of their
// keys in a SecretStore. The file never holds a value (see Draft). Every change of the file is a
// read-modify-write under a lock shared by all PortalKeys processes (see ListFile), so drafts saved at the
// same time by the app and portalkeys-cli are all kept.
//
// load() and update() touch the file only. saveDraft(), loadValues() and removeDraft() also go to the
// SecretStore and are asynchronous like it: the handler runs later on the thread of `context`, never before
// the call returns, and not at all when `context` is destroyed first. `secrets` must outlive the operation.
class DraftStore {
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    static constexpr int formatVersion = 1;

    struct LoadResult {
        QList<Draft> drafts;
        QString error; // the file exists but cannot be used; it is then left untouched
        bool ok() const { return error.isEmpty(); }
    };
    // `error` is empty on success and otherwise one sentence; it never contains a value.
    using DoneHandler = std::function<void(const QString &error)>;
    using ValuesHandler = std::function<void(const QString &error, const DraftValues &values)>;

    // `path` empty: <AppDataLocation>/drafts.json.
    explicit DraftStore(QString path = {});

    QString path() const { return m_path; }
    LoadResult load() const;
    // Edits the drafts as they are in the file now; returns an error sentence to change nothing.
    using Change = std::function<QString(QList<Draft> &drafts)>;
    // Applies `change` to the list read again under the lock and writes the result. Returns the drafts as
    // written, or the error (the lock, the file, or the refusal of `change`).
    LoadResult update(const Change &change) const;

    static const Draft *findById(const QList<Draft> &drafts, const QString &id);
    static QString defaultPath();

    // Stores `draft` (added, or replacing the one with its id) and its values: each non-empty value is
    // written to the keychain in turn, a key without a value there has its old value removed, and only when
    // all of that worked is the drafts file updated; keys the draft no longer has lose their values last
    // (noted first in the keychain journal, so that a process killed before it removed them leaves nothing
    // behind for good: see SecretStore::journal()).
    // `values` is the draft's whole content: a key missing from it has no value. The first failure stops
    // the sequence and is reported; the values a new draft had already written are then removed again.
    // The stored draft keeps its first creation time and gets `modified` set to now.
    void saveDraft(const Draft &draft, const DraftValues &values, SecretStore &secrets, QObject *context,
                   DoneHandler handler) const;
    // Reads the draft's values in turn. A key that has no value in the keychain is left out of the result;
    // any other failure stops the reading and is reported.
    void loadValues(const Draft &draft, SecretStore &secrets, QObject *context, ValuesHandler handler) const;
    // Removes the values of the draft with `id` from the keychain, then the draft from the file. When a value
    // cannot be removed the draft stays in the file, so that nothing is left behind unlisted and the removal
    // can be tried again. Removing a draft that does not exist succeeds.
    void removeDraft(const QString &id, SecretStore &secrets, QObject *context, DoneHandler handler) const;

private:
    // Adds or replaces `draft` in the file as it is now.
    QString put(const Draft &draft) const;
    LoadResult fromEntries(const QJsonArray &entries) const;

    QString m_path;
};

} // namespace PortalKeys::Drafts
