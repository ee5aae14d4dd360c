#pragma once

#include <QString>

namespace PortalKeys::BuildInfo {

QString applicationVersion();
QString qtRuntimeVersion();
QString openSslVersion();
QString qtKeychainVersion();

} // namespace PortalKeys::BuildInfo
