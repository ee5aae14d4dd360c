#include "FuzzSupport.h"

namespace PortalKeys::Fuzz {

namespace {
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) {}
} // namespace

void startFuzzing(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer ends with exit(), after Qt's own globals are gone, and a QCoreApplication
    // torn down then crashes. It stays reachable, so LeakSanitizer does not count it.
    static QCoreApplication *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application)
    qInstallMessageHandler(dropMessage);
}

} // namespace PortalKeys::Fuzz
