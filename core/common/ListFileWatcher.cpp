#include "common/ListFileWatcher.h"

#include "common/ListFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace PortalKeys {

ListFileWatcher::ListFileWatcher(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &ListFileWatcher::compare);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    // A folder that does not exist yet cannot be watched; the list will be written there anyway.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    watch();
    m_seen = fingerprint();
}

void ListFileWatcher::watch()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
    // After a rename the watch on the old file is gone: watch the new one under the same name.
    if (QFile::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void ListFileWatcher::compare()
{
    watch();
    const QByteArray now = fingerprint();
    if (now == m_seen)
        return; // another file in the folder, or the same bytes written again
    m_seen = now;
    if (ListFile::isOwnWrite(m_path, now))
        return; // shown already by whoever made the change in this process
    emit changed();
}

QByteArray ListFileWatcher::fingerprint() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace PortalKeys
