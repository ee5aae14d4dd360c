#pragma once

#include <QtGlobal>

namespace PortalKeys {

// Whether a process with this id runs on this computer (false for ids <= 0). Used to tell the lock or the
// journal record of a running PortalKeys process from one that a killed process left behind.
bool processIsRunning(qint64 pid);

} // namespace PortalKeys
