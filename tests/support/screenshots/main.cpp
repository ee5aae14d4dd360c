// portalkeys_screenshots OUTDIR: the main window on every page, and the dialogs, as PNG files (see Shots.h).
#include "support/screenshots/Shots.h"

#include "common/Translations.h"

#include <QApplication>
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
    const QDir out(app.arguments().value(1, QStringLiteral(".")));
    savePageScreenshots(out);
    saveJwtScreenshots(out);
    savePortalScreenshots(out);
    saveOAuthAppsScreenshots(out);
    saveThirdPartyScreenshots(out);
    saveApiKeysScreenshots(out);
    saveHistoryScreenshots(out);
    return 0;
}
