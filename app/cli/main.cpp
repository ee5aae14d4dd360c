// portalkeys-cli where it is one program (Windows); on Unix, see offline_main.cpp.
#include "FullCli.h"

#include "secrets/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    PortalKeys::hardenProcess();
    QCoreApplication app(argc, argv);
    return PortalKeys::Cli::FullCli::run(app, QCoreApplication::arguments().mid(1));
}
