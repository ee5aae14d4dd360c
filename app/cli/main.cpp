#include "CliApplication.h"

#include "common/Translations.h"
#include "secrets/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    PortalKeys::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    PortalKeys::installTranslations(app);
    return PortalKeys::Cli::CliApplication().exec(QCoreApplication::arguments().mid(1));
}
