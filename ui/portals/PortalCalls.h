#pragma once

class QObject;

namespace PortalKeys::Ui {

// Cancels every portal request still running under `owner` (its PortalCall descendants), so that deleting
// `owner` afterwards never destroys a PortalClient while one of its network replies is alive: a PortalCall
// torn down together with its client's QNetworkAccessManager would touch an already deleted reply.
void cancelPortalCalls(QObject *owner);

} // namespace PortalKeys::Ui
