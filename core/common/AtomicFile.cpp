#include "common/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace PortalKeys {

namespace {

// After a rename the new directory entry may still sit in the page cache; a power cut would then bring
// back the old name (or, on some file systems, an empty file). Killing the process cannot undo a rename,
// so this only matters for crashes of the machine; errors are ignored for the same reason.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(folder); // NTFS journals the rename itself
#endif
}

} // namespace

QString AtomicFile::write(const QString &path, const QByteArray &content, bool ownerOnly,
                          const QString &shownName)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is exactly the damage this class prevents.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(shownName, file.errorString());
    if (ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.cancelWriting(); // the temporary file goes, the target stays as it was
        return tr("%1 cannot be written: %2").arg(shownName, reason);
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(shownName, file.errorString());
    syncFolder(info.absolutePath());
    return {};
}

} // namespace PortalKeys
