#include "FuzzSupport.h"

namespace {
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) {}
} // namespace

// Linked into every harness as an object file (libFuzzer's reference to it is weak and would not pull it out
// of a static library).
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer ends with exit(), after Qt's own globals are gone, and a QCoreApplication
    // torn down then crashes. It stays reachable, so LeakSanitizer does not count it.
    static QCoreApplication *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application)
    qInstallMessageHandler(dropMessage);
    return 0;
}
