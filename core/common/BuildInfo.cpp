#include "common/BuildInfo.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace PortalKeys::BuildInfo {

QString applicationVersion()
{
    return QStringLiteral(PORTALKEYS_VERSION);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString qtKeychainVersion()
{
    return QStringLiteral(PORTALKEYS_QTKEYCHAIN_VERSION);
}

} // namespace PortalKeys::BuildInfo
