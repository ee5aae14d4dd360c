#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace PortalKeys::Portal {

// How a portal wraps its answers, which decides how errors are read.
enum class ResponseFormat {
    Envelope, // ASP.NET endpoints under /api/2.0: {"response": …} or {"error": {"message": …}}
    Json,     // identity service (OAuth apps): plain JSON, RFC 7807 problem details on error
    OAuth,    // OAuth 2.0 server: plain JSON, {"error", "error_description"} on error
};

struct PortalRequest {
    QByteArray method = QByteArrayLiteral("GET");
    // A path on the portal ("/api/2.0/people/@self?x=1"), or an absolute URL (e.g. an OAuth server
    // elsewhere).
    QString path;
    QUrl absoluteUrl;
    QByteArray body;
    QByteArray contentType; // e.g. "application/json"
    ResponseFormat format = ResponseFormat::Envelope;
    // Send the profile's credentials (only ever to the portal's own origin).
    bool authenticate = true;
    // Extra headers for this call, e.g. x-signature. Only sent to the portal's own origin.
    QList<QPair<QByteArray, QByteArray>> headers;

    static PortalRequest get(const QString &path, ResponseFormat format = ResponseFormat::Envelope);
    static PortalRequest postJson(const QString &path, const QJsonDocument &body,
                                  ResponseFormat format = ResponseFormat::Envelope);
    static PortalRequest withMethod(const QByteArray &method, const QString &path, const QJsonDocument &body,
                                    ResponseFormat format);
    // application/x-www-form-urlencoded, for OAuth token endpoints.
    static PortalRequest postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);

    // GET, HEAD, PUT and DELETE may be sent again after a transient failure; POST and PATCH never.
    bool isIdempotent() const;
};

struct PortalResponse {
    int httpStatus = 0;
    // Envelope: the "response" member; Json / OAuth: the whole document (Null for an empty body).
    QJsonValue value;
    // Envelope "total" (paged lists), or -1.
    qint64 total = -1;
    // From sending the request to the last byte of the answer, of the attempt that succeeded.
    qint64 elapsedMs = 0;
    int attempts = 1;
};

} // namespace PortalKeys::Portal
