#pragma once

#include "portal/ConnectionTest.h"
#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QString>

namespace PortalKeys::Ui {

// What PortalKeys last found out about a portal in this session: not tested yet, connected (as whom), or the
// error of the last test or sign-in.
struct PortalState {
    Q_DECLARE_TR_FUNCTIONS(PortalState)

public:
    enum class Status { NotTested, Connected, Failed };

    Status status = Status::NotTested;
    Portal::PortalError error;
    Portal::ConnectionReport report;

    static PortalState from(const Portal::PortalError &error, const Portal::ConnectionReport &report);
    bool isAdmin() const { return report.isOwner || report.isAdmin; }
    // One line for the portal list: "Not tested", "Connected as Ada Admin (portal owner)", or the error.
    QString summary() const;
};

} // namespace PortalKeys::Ui
