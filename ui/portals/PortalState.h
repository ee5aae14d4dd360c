#pragma once

#include "portal/ConnectionTest.h"
#include "portal/PortalError.h"
#include "portal/TestRecord.h"

#include <QCoreApplication>
#include <QString>

namespace PortalKeys::Ui {

// What PortalKeys last found out about a portal: in this session not tested yet, its secret missing from the
// keychain, connected (as whom), or the error of the last test or sign-in; before it, how the last test went
// (the record kept with the profile).
struct PortalState {
    Q_DECLARE_TR_FUNCTIONS(PortalState)

public:
    enum class Status { NotTested, SecretMissing, Connected, Failed, Remembered };

    Status status = Status::NotTested;
    Portal::PortalError error;
    Portal::ConnectionReport report;
    Portal::TestRecord record; // Remembered

    static PortalState from(const Portal::PortalError &error, const Portal::ConnectionReport &report);
    // Not tested, and the keychain lacks what it signs in with; `missing` says what to do.
    static PortalState secretMissing(const Portal::PortalError &missing);
    // Not tested in this session: how the last test went (`record`), or NotTested when there was none.
    static PortalState remembered(const Portal::TestRecord &record);
    bool isAdmin() const
    {
        return status == Status::Remembered ? record.admin : report.isOwner || report.isAdmin;
    }
    // One line for the portal list: "Not tested", "Secret missing — Edit to enter it again", "Connected as
    // Ada Admin (portal owner)", "Tested 2 hours ago: OK", or the error.
    QString summary() const;
};

} // namespace PortalKeys::Ui
