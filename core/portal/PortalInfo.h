#pragma once

#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace PortalKeys::Portal {

class PortalCall;
class PortalClient;

// What a portal says about itself in GET /api/2.0/settings
// (web/ASC.Web.Api/Api/Settings/SettingsController.cs, SettingsDto): which product and version it runs, and
// the switches that change what an admin can do here.
struct PortalInfo {
    Q_DECLARE_TR_FUNCTIONS(PortalInfo)

public:
    QString version;       // as the portal writes it ("3.7.2"); may be empty (configuration "version:number")
    bool docSpace = false; // a DocSpace portal (Workspace has no such member)
    bool standalone = false;                    // self-hosted rather than the cloud
    bool limitedAccessDevToolsForUsers = false; // developer tools (API keys, OAuth apps) for admins only
    bool externalDbEnabled = false;             // the database connection service is offered

    // "DocSpace 3.7.2, self-hosted", "DocSpace (version not given), cloud".
    QString summary() const;
    QJsonObject toJson() const;
    // Reads the envelope's response; members in camelCase or PascalCase. Missing members stay false/empty.
    static PortalInfo fromJson(const QJsonValue &response);

    using Done = std::function<void(const PortalError &error, const PortalInfo &info)>;
    // GET /api/2.0/settings with the client's credentials (the version is given to anonymous callers too).
    static PortalCall *fetch(PortalClient *client, Done done);
};

} // namespace PortalKeys::Portal
