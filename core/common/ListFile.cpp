#include "common/ListFile.h"

#include "common/AtomicFile.h"
#include "common/RunningProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

namespace PortalKeys {

namespace {

constexpr qint64 maxFileSize = 4 * 1024 * 1024;

// Removes what a killed process left of a lock, at once where QLockFile would wait or give up:
// - a lock whose owner (read from the file) no longer runs on this computer. QLockFile removes it too, but
//   through a second lock file (".rmlock"), and a process killed during that removal leaves the ".rmlock"
//   behind, which blocks every later removal for staleLockMs;
// - a lock file without an owner: QLockFile creates the file first and writes the owner a moment later, so a
//   process killed in between leaves it empty; and such a ".rmlock". Older than a second, they are no longer
//   being set up.
// removeStaleLockFile() deletes a file only when no running process holds the system's lock on it (flock;
// on Windows, the open file), so a lock in use is never taken away.
void removeLeftovers(QLockFile &lock)
{
    const auto settled = [](const QString &path) {
        const QFileInfo file(path);
        return file.exists() && file.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000;
    };
    qint64 pid = 0;
    QString host;
    if (lock.getLockInfo(&pid, &host, nullptr)) {
        if (host == QSysInfo::machineHostName() && !processIsRunning(pid))
            lock.removeStaleLockFile();
    } else if (settled(lock.fileName())) {
        lock.removeStaleLockFile();
    }
    const QString removal = lock.fileName() + QStringLiteral(".rmlock");
    if (settled(removal))
        QLockFile(removal).removeStaleLockFile();
}

// QLockFile::tryLock(timeout) doubles its pause up to seconds, so under contention a waiting process sleeps
// long after the lock is free. Changes are short: try again after a few milliseconds, at random so that
// many waiting processes do not retry in step.
QLockFile::LockError waitForLock(QLockFile &lock, int timeoutMs)
{
    lock.setStaleLockTime(ListFile::staleLockMs);
    const QDeadlineTimer deadline(timeoutMs);
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return lock.error();
        removeLeftovers(lock);
        QThread::msleep(QRandomGenerator::global()->bounded(2, 20));
    }
    return QLockFile::NoError;
}

// What this process wrote last to each list, by absolute path: SHA-256 of the bytes.
struct OwnWrites {
    QMutex mutex;
    QHash<QString, QByteArray> sha256;
};

OwnWrites &ownWrites()
{
    static OwnWrites writes;
    return writes;
}

} // namespace

bool ListFile::isOwnWrite(const QString &path, const QByteArray &sha256)
{
    OwnWrites &writes = ownWrites();
    const QMutexLocker locker(&writes.mutex);
    return !sha256.isEmpty() && writes.sha256.value(QFileInfo(path).absoluteFilePath()) == sha256;
}

ListFile::ListFile(QString path, QString member, int formatVersion, QString described)
    : m_path(std::move(path))
    , m_member(std::move(member))
    , m_formatVersion(formatVersion)
    , m_described(std::move(described))
{}

ListFile::Read ListFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (file.size() > maxFileSize)
        return {{}, tr("%1 is larger than 4 MiB, so it is not read.").arg(m_described)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1 cannot be read: %2").arg(m_described, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {{},
                tr("%1 is damaged (%2 at byte %3). PortalKeys leaves it as it is; fix or remove it to go on.")
                    .arg(m_described, parseError.errorString())
                    .arg(parseError.offset)};
    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("format")).toInt(0);
    if (version > m_formatVersion)
        return {{},
                tr("%1 was written by a newer PortalKeys (format %2); this version reads format %3. Update "
                   "PortalKeys.")
                    .arg(m_described)
                    .arg(version)
                    .arg(m_formatVersion)};
    if (version < 1)
        return {{}, tr("%1 has no format version; it is not a PortalKeys file.").arg(m_described)};
    return {root.value(m_member).toArray(), {}};
}

QString ListFile::takeLock(QLockFile &lock, const QString &described)
{
    switch (waitForLock(lock, lockTimeoutMs)) {
    case QLockFile::NoError:
        return {};
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        const QString holder = lock.getLockInfo(&pid, &host, &application)
                                   ? tr("%1 (process %2)").arg(application).arg(pid)
                                   : tr("another PortalKeys process");
        return tr("%1 was not changed: %2 has been changing it for more than %3 seconds. Try again; if "
                  "that process hangs, end it (a lock left by a process that ended is removed by itself).")
            .arg(described, holder)
            .arg(lockTimeoutMs / 1000);
    }
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
        break;
    }
    return tr("%1 was not changed: the lock file %2 cannot be created.")
        .arg(described, QDir::toNativeSeparators(lock.fileName()));
}

ListFile::Read ListFile::update(const Change &change) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return {{}, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    QLockFile lock(lockPath());
    if (const QString problem = takeLock(lock, m_described); !problem.isEmpty())
        return {{}, problem};
    // Read again under the lock: what another process wrote a moment ago is part of the list now.
    Read current = read();
    if (!current.ok())
        return current;
    QJsonArray entries = current.entries;
    if (const QString refused = change(entries); !refused.isEmpty())
        return {{}, refused};
    if (entries == current.entries)
        return current;
    if (const QString error = write(entries); !error.isEmpty())
        return {{}, error};
    return {entries, {}};
}

QString ListFile::write(const QJsonArray &entries) const
{
    const QJsonObject root{{QStringLiteral("format"), m_formatVersion}, {m_member, entries}};
    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const QString error = AtomicFile::write(m_path, content, true, m_described);
    if (error.isEmpty()) {
        OwnWrites &writes = ownWrites();
        const QMutexLocker locker(&writes.mutex);
        writes.sha256.insert(QFileInfo(m_path).absoluteFilePath(),
                             QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }
    return error;
}

} // namespace PortalKeys
