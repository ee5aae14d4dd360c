#pragma once

#include "portal/CredentialKind.h"

#include <QByteArray>
#include <QString>

namespace PortalKeys::Portal {

// What is sent to a portal to authenticate, held in memory only while needed.
struct Credentials {
    CredentialKind kind = CredentialKind::ApiKey;
    QString user;      // e-mail, for Basic
    QByteArray secret; // API key, password (Basic), login token, or OAuth access token

    // The Authorization header value: "Bearer sk-…", "Basic …", the raw token, "Bearer <jwt>".
    QByteArray authorizationHeader() const;
};

} // namespace PortalKeys::Portal
