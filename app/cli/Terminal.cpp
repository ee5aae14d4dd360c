#include "Terminal.h"

#include "Console.h"

#include <QFile>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace PortalKeys::Cli {

bool Terminal::isInteractive()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) && _isatty(_fileno(stderr));
#else
    return isatty(fileno(stdin)) && isatty(fileno(stderr));
#endif
}

bool Terminal::confirm(const QString &question)
{
    Console::out().flush();
    Console::err() << question << QStringLiteral(" [y/N] ") << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return false;
    const QByteArray line = input.readLine(256);
    if (line.isEmpty())
        Console::err() << Qt::endl;
    const QString answer = QString::fromUtf8(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace PortalKeys::Cli
