#include "portals/PortalState.h"

namespace PortalKeys::Ui {

PortalState PortalState::from(const Portal::PortalError &error, const Portal::ConnectionReport &report)
{
    PortalState state;
    state.status = error.isError() ? Status::Failed : Status::Connected;
    state.error = error;
    state.report = report;
    return state;
}

PortalState PortalState::secretMissing(const Portal::PortalError &missing)
{
    PortalState state;
    state.status = Status::SecretMissing;
    state.error = missing;
    return state;
}

PortalState PortalState::remembered(const Portal::TestRecord &record)
{
    PortalState state;
    if (record.isValid()) {
        state.status = Status::Remembered;
        state.record = record;
    }
    return state;
}

QString PortalState::summary() const
{
    switch (status) {
    case Status::NotTested:
        break;
    case Status::SecretMissing:
        return tr("Secret missing — Edit to enter it again");
    case Status::Connected:
        return tr("Connected as %1 (%2)").arg(report.displayName, report.role());
    case Status::Failed:
        return error.message().section(QLatin1Char('\n'), 0, 0).trimmed();
    case Status::Remembered:
        return record.summary();
    }
    return tr("Not tested");
}

} // namespace PortalKeys::Ui
