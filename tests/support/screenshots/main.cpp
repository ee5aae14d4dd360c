// portalkeys_screenshots [--small] OUTDIR: the main window on every page, and the dialogs, as PNG files (see
// Shots.h).
#include "support/screenshots/Shots.h"

#include "common/Translations.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace PortalKeys::Screenshots;

int main(int argc, char *argv[])
{
    // Keep the portal list and settings of these pictures away from the developer's own.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    // ...and the drafts they save.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortalKeys-screenshots"));
    QApplication::setApplicationName(QStringLiteral("PortalKeys"));
    // Plural forms ("in 90 days") as the app shows them.
    PortalKeys::installTranslations(app);
    QStringList arguments = app.arguments().mid(1);
    const bool small = arguments.removeAll(QStringLiteral("--small")) > 0;
    setSmallScreen(small);
    const QDir target(arguments.value(0, QStringLiteral(".")));
    // Small pictures are taken under their usual names, then renamed small-*.png beside the others.
    QTemporaryDir smallPictures;
    const QDir out = small ? QDir(smallPictures.path()) : target;
    savePageScreenshots(out);
    saveJwtScreenshots(out);
    savePortalScreenshots(out);
    saveOAuthAppsScreenshots(out);
    saveThirdPartyScreenshots(out);
    saveApiKeysScreenshots(out);
    saveHistoryScreenshots(out);
    if (small) {
        for (const QString &name : out.entryList({QStringLiteral("*.png")}, QDir::Files)) {
            const QString renamed = target.filePath(QStringLiteral("small-") + name);
            QFile::remove(renamed);
            QFile::rename(out.filePath(name), renamed);
        }
    }
    return 0;
}
