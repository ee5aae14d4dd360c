#pragma once

#include <QUrl>

namespace PortalKeys::Cli {

// Opens an address in the user's web browser from the command line, where QDesktopServices (Qt GUI) is not
// available.
class BrowserLauncher {
public:
    // Starts the platform's opener without waiting for it; false when none could be started. `url` must hold
    // no secret: it becomes part of a child process's command line, which other local users can read.
    static bool open(const QUrl &url);
};

} // namespace PortalKeys::Cli
