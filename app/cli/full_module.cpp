// libportalkeys-cli-full.so: the commands the offline portalkeys-cli does not run itself (see FullCli).
#include "FullCli.h"

#include <type_traits>

extern "C" Q_DECL_EXPORT int portalkeys_cli_full_v1(QCoreApplication &app, const QStringList &arguments)
{
    return PortalKeys::Cli::FullCli::run(app, arguments);
}

static_assert(std::is_same_v<decltype(&portalkeys_cli_full_v1), PortalKeys::Cli::FullCli::ModuleEntry>,
              "the entry point must have the type the launcher calls it with");
