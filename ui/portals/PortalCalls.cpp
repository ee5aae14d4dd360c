#include "portals/PortalCalls.h"

#include "portal/PortalCall.h"

#include <QList>
#include <QPointer>

namespace PortalKeys::Ui {

void cancelPortalCalls(QObject *owner)
{
    if (!owner)
        return;
    // Guarded: a cancelled call's handler may finish (and schedule the deletion of) related calls.
    QList<QPointer<Portal::PortalCall>> calls;
    for (Portal::PortalCall *call : owner->findChildren<Portal::PortalCall *>())
        calls.append(call);
    for (const QPointer<Portal::PortalCall> &call : calls) {
        if (call && !call->isFinished())
            call->cancel();
    }
}

} // namespace PortalKeys::Ui
