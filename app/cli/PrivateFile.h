#pragma once

#include <QString>
#include <QStringList>

namespace PortalKeys::Cli {

// Files portalkeys-cli installs for its own use alone (portalkeys-cli-full, the icon module): next to the
// running executable in the build tree, on Windows and beside each other, else in the installed layout's
// lib/…/portalkeys/ (the path from bin/ is set at build time, relative, so that the installed tree can move).
class PrivateFile {
public:
    // Where `fileName` may be, in the order to look.
    static QStringList candidates(const QString &fileName);
    // The first of them that exists; empty when none does.
    static QString find(const QString &fileName);
    // The candidates joined for a message: "/a/x and /b/x".
    static QString describeCandidates(const QString &fileName, const QString &conjunction);
};

} // namespace PortalKeys::Cli
