#include "secrets/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace PortalKeys {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    const rlimit noCoreDumps{0, 0};
    setrlimit(RLIMIT_CORE, &noCoreDumps);
#endif
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    // LeakSanitizer needs to ptrace the process, so sanitizer builds stay dumpable.
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

} // namespace PortalKeys
