// portalkeys-cli on Unix: runs the offline commands itself and loads the others from
// libportalkeys-cli-full.so (see OfflineLauncher).
#include "CliApplication.h"
#include "OfflineLauncher.h"

#include "secrets/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    PortalKeys::hardenProcess();
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!PortalKeys::Cli::OfflineLauncher::runsItself(arguments))
        return PortalKeys::Cli::OfflineLauncher::handOver(app, arguments);
    PortalKeys::Cli::CliApplication::setUp(app);
    return PortalKeys::Cli::CliApplication(PortalKeys::Cli::OfflineLauncher::commands()).exec(arguments);
}
