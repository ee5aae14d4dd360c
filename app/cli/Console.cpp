#include "Console.h"

#include <cstdio>

namespace PortalKeys::Cli {

QTextStream &Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void Console::error(const QString &message)
{
    out().flush();
    err() << "portalkeys-cli: " << message << Qt::endl;
}

void Console::warning(const QString &message)
{
    out().flush();
    err() << "portalkeys-cli: warning: " << message << Qt::endl;
}

} // namespace PortalKeys::Cli
