#include "BrowserLauncher.h"

#include <QProcess>
#include <QStandardPaths>

namespace PortalKeys::Cli {

bool BrowserLauncher::open(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString address = url.toString(QUrl::FullyEncoded);
    QProcess process;
#if defined(Q_OS_MACOS)
    process.setProgram(QStringLiteral("open"));
    process.setArguments({address});
#elif defined(Q_OS_WIN)
    // Not "cmd /c start": cmd would split the address at each "&" of its query.
    process.setProgram(QStringLiteral("rundll32"));
    process.setArguments({QStringLiteral("url.dll,FileProtocolHandler"), address});
#else
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (opener.isEmpty())
        return false;
    process.setProgram(opener);
    process.setArguments({address});
#endif
    // The opener and the browser it starts would otherwise write their chatter into our stdout, which
    // scripts read.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

} // namespace PortalKeys::Cli
