#include "CliApplication.h"

#include "secrets/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    PortalKeys::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    return PortalKeys::Cli::CliApplication().exec(QCoreApplication::arguments().mid(1));
}
