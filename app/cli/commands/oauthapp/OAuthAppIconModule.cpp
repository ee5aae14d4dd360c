#include "commands/oauthapp/OAuthAppIconModule.h"

#include "PrivateFile.h"

#include <QDir>
#include <QLibrary>

// Set by app/cli/CMakeLists.txt: the module's file name.
#ifndef PORTALKEYS_ICON_MODULE_NAME
#error "PORTALKEYS_ICON_MODULE_NAME is not defined"
#endif

namespace PortalKeys::Cli {

OAuthAppIconModule::Loaded OAuthAppIconModule::load()
{
    const QString name = QStringLiteral(PORTALKEYS_ICON_MODULE_NAME);
    const QString path = PrivateFile::find(name);
    if (path.isEmpty())
        return {nullptr, tr("oauth-app icon needs its image module, %1, which is not installed (looked for "
                            "%2). Reinstall portalkeys-cli.")
                             .arg(name, PrivateFile::describeCandidates(name, tr(" and ")))};
    // Never unloaded: the strings it returns and the Qt image plugins it loads live until the process ends.
    QLibrary library(path);
    if (!library.load())
        return {nullptr, tr("oauth-app icon cannot load its image module %1: %2. Reinstall portalkeys-cli.")
                             .arg(QDir::toNativeSeparators(path), library.errorString())};
    const auto prepare = reinterpret_cast<Imaging::IconModule::PrepareFunction>(
        library.resolve(Imaging::IconModule::prepareSymbol));
    if (!prepare)
        return {nullptr,
                tr("The image module %1 is not the one this portalkeys-cli was built with (it has no "
                   "%2). Reinstall portalkeys-cli.")
                    .arg(QDir::toNativeSeparators(path), QLatin1String(Imaging::IconModule::prepareSymbol))};
    return {prepare, {}};
}

} // namespace PortalKeys::Cli
