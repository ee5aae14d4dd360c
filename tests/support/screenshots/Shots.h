#pragma once

// portalkeys_screenshots, a developer tool and not a test, renders the main window on every page and the
// dialogs into PNG files, so that they can be looked at without a display: portalkeys_screenshots OUTDIR.
// With --small the same pictures are taken as on a small screen (the main window at 800×560, or the screen
// when that is smaller, every window kept within the screen) and named small-*.png.
// One file a page or dialog set (save…Screenshots), these helpers and main.cpp. The pictures use the default
// portal list, drafts and settings, which main() keeps in temporary folders.
#include "shell/MainWindow.h"

#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/PortalSimulator.h"

#include <QDir>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace PortalKeys::Screenshots {

// Small-screen pictures (--small): every window saved is kept within the screen, the main window at 800×560.
void setSmallScreen(bool small);
// Lets the event loop run for `milliseconds`.
void settle(int milliseconds);
// Shows `widget`, lets it lay out and saves it to `path`.
void save(QWidget &widget, const QString &path);
// Lets the event loop run until `done` (at most `milliseconds`), then a moment more for the layout.
void waitFor(const std::function<bool()> &done, int milliseconds = 15000);

// Lists exactly `profiles` in `store` (through the locked update, the only way to change the list).
QString seedPortals(const Portal::ProfileStore &store, const QList<Portal::PortalProfile> &profiles);
Portal::PortalProfile profile(const QString &name, const QString &url, Portal::CredentialKind kind);
void storeSecret(SecretStore &store, const QString &key, const QByteArray &value);
// Starts `simulator` and lists its admin as the portal "production" (basic auth) in the default portal list;
// returns a store with the password, or nullptr when the simulator cannot run (said, naming `pictures`).
std::unique_ptr<MemorySecretStore> simulatorAdmin(Testing::PortalSimulator &simulator, const char *pictures);

// Shows `window` at `size` and waits until its page of type Page is idle (it loads when first shown).
template <typename Page> Page *showLoaded(Ui::MainWindow &window, const QSize &size)
{
    window.resize(size);
    window.show();
    auto *page = window.findChild<Page *>();
    waitFor([page] { return !page->isBusy(); });
    return page;
}

void savePageScreenshots(const QDir &out);
void saveJwtScreenshots(const QDir &out);
void savePortalScreenshots(const QDir &out);
void saveOAuthAppsScreenshots(const QDir &out);
void saveThirdPartyScreenshots(const QDir &out);
void saveApiKeysScreenshots(const QDir &out);
void saveHistoryScreenshots(const QDir &out);

} // namespace PortalKeys::Screenshots
