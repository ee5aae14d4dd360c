#pragma once

#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace PortalKeys::Cli {

// How portalkeys-cli shows a failed portal call: one line on stderr, and for a certificate problem the
// certificate's details and how to trust it once checked.
class PortalErrorReport {
    Q_DECLARE_TR_FUNCTIONS(PortalErrorReport)

public:
    // Gets the SHA-256 (lowercase hex) of the certificate the portal showed and returns what the user can do
    // to trust it, e.g. the exact `portalkeys-cli portal pin` command.
    using TrustAdvice = std::function<QString(const QString &sha256)>;

    // The error on standard error, and for a certificate the portal showed its details and `trustAdvice`.
    // `portalName` starts the line when a command talks to several portals.
    static void print(const Portal::PortalError &error, const TrustAdvice &trustAdvice = {},
                      const QString &portalName = {});
    // {"ok": false, "error": …, "kind": …, "exitCode": …, "httpStatus"?, "certificate"?}
    static QJsonObject toJson(const Portal::PortalError &error);
    // Stable names for scripts: "unauthorized", "tls", "server-error", …
    static QString kindName(Portal::PortalError::Kind kind);
    // `word` as one argument of a shell command the user can paste.
    static QString shellQuoted(const QString &word);
};

} // namespace PortalKeys::Cli
