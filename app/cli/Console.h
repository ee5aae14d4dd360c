#pragma once

#include <QTextStream>

namespace PortalKeys::Cli {

// Results go to stdout, diagnostics to stderr, one clear line each.
class Console {
public:
    static QTextStream &out();
    static QTextStream &err();
    // "portalkeys-cli: <message>" on stderr.
    static void error(const QString &message);
    static void warning(const QString &message);
};

} // namespace PortalKeys::Cli
