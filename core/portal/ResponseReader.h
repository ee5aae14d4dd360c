#pragma once

#include "portal/PortalError.h"
#include "portal/PortalRequest.h"

#include <QByteArray>
#include <QCoreApplication>

namespace PortalKeys::Portal {

// Turns a portal's HTTP answer into a value or a PortalError: the envelope of the ASP.NET endpoints, RFC 7807
// problem details, OAuth errors, and every way an answer can be broken. Pure, so it is tested without a
// network.
class ResponseReader {
    Q_DECLARE_TR_FUNCTIONS(ResponseReader)

public:
    struct Result {
        PortalError error;
        PortalResponse response;
    };

    // What the caller sent, so that a 403 can say which permission is probably missing.
    struct Context {
        QString portalName; // host, for messages
        bool usedApiKey = false;
        bool wasWrite = false;
    };

    static Result read(ResponseFormat format, int httpStatus, const QByteArray &contentType,
                       const QByteArray &body, const Context &context);
    // The error for an HTTP status, with the server's own words when it gave any.
    static PortalError errorForStatus(int httpStatus, const QString &serverMessage, const Context &context);
    // Retry-After as seconds: delta-seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);
};

} // namespace PortalKeys::Portal
