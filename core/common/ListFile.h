#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QLockFile>
#include <QString>

#include <functional>

namespace PortalKeys {

// A JSON file of PortalKeys' own that holds one list, {"format": N, "<member>": [...]}: read with clear
// errors (a damaged or newer file is reported and never overwritten), written atomically (AtomicFile) and
// readable by the user only. Portal profiles, drafts and the keychain journal are kept this way.
//
// The app and any number of portalkeys-cli processes share these files, so a list is changed only through
// update(): it takes a lock file beside the list (<file>.lock, QLockFile), reads the list again under the
// lock, applies the change and writes the result before it lets go. Two writers therefore never both start
// from the same old list and lose each other's change. Readers need no lock: the file is replaced in one
// rename, so they see the old list or the new one.
class ListFile {
    Q_DECLARE_TR_FUNCTIONS(ListFile)

public:
    struct Read {
        QJsonArray entries;
        QString error; // one sentence; empty when the entries can be used (a missing file has none)
        bool ok() const { return error.isEmpty(); }
    };
    // Edits the entries as they are in the file now. Returns an error sentence to leave the file as it is.
    using Change = std::function<QString(QJsonArray &entries)>;

    // How long update() waits for another process to finish its change before it gives up.
    static constexpr int lockTimeoutMs = 10'000;
    // A lock older than this is left over by a process that hung or died (QLockFile also removes at once
    // the lock of a process that no longer runs). A change holds the lock for milliseconds.
    static constexpr int staleLockMs = 30'000;

    // `described` names the file in messages, e.g. tr("The portal list %1").arg(path).
    ListFile(QString path, QString member, int formatVersion, QString described);

    QString path() const { return m_path; }
    QString lockPath() const { return m_path + QStringLiteral(".lock"); }

    Read read() const;
    // The locked read-modify-write described above. Returns the entries as written, or the error: the
    // lock could not be taken in time, the file cannot be used, `change` refused, or writing failed. A
    // change that leaves the entries as they were writes nothing.
    Read update(const Change &change) const;

    // Takes `lock` the way update() does (waiting up to lockTimeoutMs, removing what a killed process left);
    // returns why it could not, in a sentence naming the file as `described`, or empty once it holds it.
    // Other files shared by many processes (the history) take their locks through this too.
    static QString takeLock(QLockFile &lock, const QString &described);

    // Whether the file at `path` holds what this process wrote there last (`sha256` of its bytes), so that
    // a watcher can tell this process's own changes from those of others (ListFileWatcher).
    static bool isOwnWrite(const QString &path, const QByteArray &sha256);

private:
    QString write(const QJsonArray &entries) const;

    QString m_path;
    QString m_member;
    int m_formatVersion;
    QString m_described;
};

} // namespace PortalKeys
