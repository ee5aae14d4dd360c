#pragma once

#include <QByteArray>
#include <QString>

// The boundary between portalkeys-cli and its icon module (libportalkeys-icon.so), which holds the image code
// (IconScaler, that is Qt Gui's QImage) so that `oauth-app icon` alone loads Qt Gui and what comes with it
// (X11, EGL, fontconfig, FreeType, HarfBuzz): every other command starts without them. Only Qt Core types
// cross it, and both sides use the same Qt Core library.
namespace PortalKeys::Imaging::IconModule {

inline constexpr qint64 maxFileBytes = 64 * 1024 * 1024; // image files are read up to this size

struct Prepared {
    QString dataUri;           // the icon as the portal takes it, when error is empty
    QString error;             // one sentence: why there is no icon
    bool needsScaling = false; // refused only because scaling was not asked for
};

// The module's one entry point, looked up by name: IconScaler::prepare. The version in the name changes
// whenever Prepared or the arguments do, so that a stale module is refused instead of called.
using PrepareFunction = void (*)(const QByteArray &bytes, bool scale, Prepared &result);
inline constexpr char prepareSymbol[] = "portalkeys_icon_prepare_v1";

} // namespace PortalKeys::Imaging::IconModule
