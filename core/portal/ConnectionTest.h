#pragma once

#include "portal/PortalError.h"
#include "portal/PortalInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace PortalKeys::Portal {

class PortalClient;
class PortalCall;

struct ConnectionReport {
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)

public:
    QString displayName;
    QString email;
    bool isAdmin = false;
    bool isOwner = false;
    qint64 roundTripMs = 0;    // of the first call
    PortalInfo portal;         // from GET /api/2.0/settings
    QString portalInfoProblem; // why the portal's settings could not be read, or empty

    // "portal owner", "portal admin" or "not a portal admin".
    QString role() const;
    // "Signed in as Ada Admin (admin@example.com), portal owner, in 42 ms."
    QString summary() const;
    // "DocSpace 3.7.2, self-hosted", or why that is not known.
    QString portalSummary() const;
    // When the portal's version is newer or older than the catalog describes, a sentence saying so; else
    // empty.
    QString versionNotice() const;
    QJsonObject toJson() const;
};

// "Test connection": GET /api/2.0/authentication (is the caller authenticated?), then /api/2.0/people/@self
// (who, and an admin or not), then /api/2.0/settings (product and version; a failure there is reported, not
// fatal). A portal that says "false" gets an Unauthorized error.
class ConnectionTest : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const PortalError &error, const ConnectionReport &report)>;

    ConnectionTest(PortalClient *client, QObject *parent = nullptr);
    void start(Done done);
    void cancel();

private:
    void fetchSelf(ConnectionReport report);
    void fetchPortalInfo(ConnectionReport report);
    void finish(const PortalError &error, const ConnectionReport &report);

    QPointer<PortalClient> m_client;
    QPointer<PortalCall> m_call;
    Done m_done;
};

} // namespace PortalKeys::Portal
