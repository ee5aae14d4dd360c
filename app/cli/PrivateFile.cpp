#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// Set by app/cli/CMakeLists.txt: the private folder relative to the installed executable's.
#ifndef PORTALKEYS_PRIVATE_DIR_FROM_BIN
#error "PORTALKEYS_PRIVATE_DIR_FROM_BIN is not defined"
#endif

namespace PortalKeys::Cli {

QStringList PrivateFile::candidates(const QString &fileName)
{
    const QDir here(QCoreApplication::applicationDirPath());
    QStringList paths{here.filePath(fileName)};
    const QString installed = QDir::cleanPath(
        here.filePath(QStringLiteral(PORTALKEYS_PRIVATE_DIR_FROM_BIN) + QLatin1Char('/') + fileName));
    if (!paths.contains(installed))
        paths.append(installed);
    return paths;
}

QString PrivateFile::find(const QString &fileName)
{
    for (const QString &path : candidates(fileName)) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString PrivateFile::describeCandidates(const QString &fileName, const QString &conjunction)
{
    QStringList shown;
    for (const QString &path : candidates(fileName))
        shown.append(QDir::toNativeSeparators(path));
    return shown.join(conjunction);
}

} // namespace PortalKeys::Cli
