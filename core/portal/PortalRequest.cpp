#include "portal/PortalRequest.h"

#include <QByteArrayList>

namespace PortalKeys::Portal {

PortalRequest PortalRequest::get(const QString &path, ResponseFormat format)
{
    PortalRequest request;
    request.path = path;
    request.format = format;
    return request;
}

PortalRequest PortalRequest::postJson(const QString &path, const QJsonDocument &body, ResponseFormat format)
{
    return withMethod(QByteArrayLiteral("POST"), path, body, format);
}

PortalRequest PortalRequest::withMethod(const QByteArray &method, const QString &path,
                                        const QJsonDocument &body, ResponseFormat format)
{
    PortalRequest request;
    request.method = method;
    request.path = path;
    request.format = format;
    if (!body.isNull()) {
        request.body = body.toJson(QJsonDocument::Compact);
        request.contentType = QByteArrayLiteral("application/json");
    }
    return request;
}

PortalRequest PortalRequest::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    // Encoded by hand: QUrlQuery leaves "+" alone, which a form decoder reads as a space.
    QByteArrayList pairs;
    for (const auto &field : fields)
        pairs << QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    PortalRequest request;
    request.method = QByteArrayLiteral("POST");
    request.absoluteUrl = url;
    request.body = pairs.join('&');
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.format = ResponseFormat::OAuth;
    request.authenticate = false;
    return request;
}

bool PortalRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

} // namespace PortalKeys::Portal
