#include "oauth/OAuthAppsApi.h"

#include "history/HistoryRecorder.h"
#include "jwt/Token.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace PortalKeys::OAuth {

using Portal::PortalError;
using Portal::PortalRequest;
using Portal::PortalResponse;

namespace {

// Fetch a new signature this long before the old one expires, so that a call never starts with a dying one.
constexpr qint64 renewMarginSeconds = 30;

qint64 expiryOf(const QByteArray &signature)
{
    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(QString::fromLatin1(signature));
    if (!parsed.ok())
        return 0;
    return qint64(parsed.token->payloadObject().value(QLatin1String("exp")).toDouble(0));
}

QString clientPath(const QString &clientId, const QString &suffix = {})
{
    return QStringLiteral("/api/2.0/clients/") + QString::fromLatin1(QUrl::toPercentEncoding(clientId)) +
           suffix;
}

} // namespace

OAuthAppsApi::OAuthAppsApi(Portal::PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void OAuthAppsApi::withSignature(std::function<void(const PortalError &)> then)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!m_signature.isEmpty() &&
        (m_signatureExpires == 0 || m_signatureExpires - renewMarginSeconds > now)) {
        then({});
        return;
    }
    m_client->send(PortalRequest::get(QStringLiteral("/api/2.0/security/oauth2/token")),
                   [this, then](const PortalError &error, const PortalResponse &response) {
                       if (error.isError()) {
                           then(error);
                           return;
                       }
                       const QByteArray signature = response.value.toString().toLatin1();
                       if (signature.isEmpty()) {
                           then({PortalError::Kind::Malformed,
                                 tr("The portal did not issue a signature for managing OAuth apps.")});
                           return;
                       }
                       m_signature = signature;
                       m_signatureExpires = expiryOf(signature);
                       then({});
                   });
}

void OAuthAppsApi::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                        Handler handler)
{
    if (!m_client) {
        handler(PortalError::cancelled(), {});
        return;
    }
    send(method, path, body, true, std::move(handler));
}

void OAuthAppsApi::send(const QByteArray &method, const QString &path, const QJsonObject &body, bool mayRenew,
                        Handler handler)
{
    withSignature([this, method, path, body, mayRenew, handler](const PortalError &signatureError) {
        if (signatureError.isError()) {
            handler(signatureError, {});
            return;
        }
        PortalRequest request = PortalRequest::withMethod(
            method, path, body.isEmpty() && method != "POST" ? QJsonDocument() : QJsonDocument(body),
            Portal::ResponseFormat::Json);
        // The identity service takes the signature instead of the login.
        request.authenticate = false;
        request.headers.append({QByteArrayLiteral("x-signature"), m_signature});
        m_client->send(request, [this, method, path, body, mayRenew,
                                 handler](const PortalError &error, const PortalResponse &response) {
            const bool refused = error.kind() == PortalError::Kind::Unauthorized ||
                                 error.kind() == PortalError::Kind::Forbidden;
            if (refused && mayRenew) {
                m_signature.clear(); // expired or revoked: one fresh signature, one more try
                send(method, path, body, false, handler);
                return;
            }
            handler(error, response);
        });
    });
}

void OAuthAppsApi::list(int limit, const QString &afterClientId, const QString &afterCreatedOn, PageDone done)
{
    const int size = qBound(1, limit, maxPageSize);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(size));
    if (!afterClientId.isEmpty())
        query.addQueryItem(QStringLiteral("last_client_id"), afterClientId);
    if (!afterCreatedOn.isEmpty())
        query.addQueryItem(QStringLiteral("last_created_on"),
                           QString::fromLatin1(QUrl::toPercentEncoding(afterCreatedOn)));
    call("GET", QStringLiteral("/api/2.0/clients?") + query.toString(QUrl::FullyEncoded), {},
         [done, size, afterClientId, afterCreatedOn](const PortalError &error,
                                                     const PortalResponse &response) {
             if (error.isError()) {
                 done(error, {});
                 return;
             }
             const QJsonObject object = response.value.toObject();
             Page page;
             for (const QJsonValue &app : object.value(QLatin1String("data")).toArray())
                 page.apps.append(RegisteredApp::fromPortal(app.toObject(), false));
             page.lastClientId = object.value(QLatin1String("last_client_id")).toString();
             page.lastCreatedOn = object.value(QLatin1String("last_created_on")).toString();
             if (page.apps.isEmpty())
                 page.lastClientId.clear();
             page.decideHasMore(size, afterClientId, afterCreatedOn);
             done({}, page);
         });
}

void OAuthAppsApi::Page::decideHasMore(int limit, const QString &afterClientId, const QString &afterCreatedOn)
{
    const bool moved = lastClientId != afterClientId || lastCreatedOn != afterCreatedOn;
    hasMore = apps.size() >= limit && !lastClientId.isEmpty() && moved;
}

void OAuthAppsApi::get(const QString &clientId, AppDone done)
{
    call("GET", clientPath(clientId), {}, [done](const PortalError &error, const PortalResponse &response) {
        done(error,
             error.isError() ? RegisteredApp() : RegisteredApp::fromPortal(response.value.toObject(), true));
    });
}

void OAuthAppsApi::create(const QJsonObject &body, AppDone done)
{
    const QString name = body.value(QLatin1String("name")).toString();
    call("POST", QStringLiteral("/api/2.0/clients"), body,
         [this, name, done](const PortalError &error, const PortalResponse &response) {
             const RegisteredApp app = error.isError()
                                           ? RegisteredApp()
                                           : RegisteredApp::fromPortal(response.value.toObject(), true);
             const PortalError shown = explainRefusal(error);
             record(QStringLiteral("created"),
                    app.app.clientId.isEmpty() ? name : appLabel(name, app.app.clientId), shown);
             done(shown, app);
         });
}

PortalError OAuthAppsApi::explainRefusal(const PortalError &error)
{
    // The registry answers 400 with a problem detail and no field errors; only its words tell the two
    // limits apart ("Tenant has reached …" / "User has reached the maximum allowed number of clients").
    const QString said = error.serverMessage();
    if (error.kind() != PortalError::Kind::BadRequest ||
        !said.contains(QLatin1String("maximum allowed number of clients"), Qt::CaseInsensitive))
        return error;
    PortalError explained = error;
    if (said.startsWith(QLatin1String("User"), Qt::CaseInsensitive))
        explained.setMessage(tr("The portal registers at most %1 OAuth apps per user, and you have reached "
                                "that limit. Delete one of your apps that is no longer used, or have another "
                                "portal admin register this one.")
                                 .arg(maxAppsPerUser));
    else
        explained.setMessage(tr("The portal registers at most %1 OAuth apps, and it has reached that limit. "
                                "Delete an app that is no longer used, then register this one.")
                                 .arg(maxAppsPerPortal));
    return explained;
}

void OAuthAppsApi::update(const QString &clientId, const QJsonObject &body, Done done)
{
    const QString subject = appLabel(body.value(QLatin1String("name")).toString(), clientId);
    call("PUT", clientPath(clientId), body,
         [this, subject, done](const PortalError &error, const PortalResponse &) {
             record(QStringLiteral("updated"), subject, error);
             done(error);
         });
}

void OAuthAppsApi::setEnabled(const QString &clientId, bool enabled, Done done)
{
    call("PATCH", clientPath(clientId, QStringLiteral("/activation")), {{QStringLiteral("status"), enabled}},
         [this, clientId, enabled, done](const PortalError &error, const PortalResponse &) {
             record(enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"), clientId, error);
             done(error);
         });
}

void OAuthAppsApi::regenerateSecret(const QString &clientId, SecretDone done)
{
    call("PATCH", clientPath(clientId, QStringLiteral("/regenerate")), {},
         [this, clientId, done](const PortalError &error, const PortalResponse &response) {
             record(QStringLiteral("secret regenerated"), clientId, error);
             done(error, RegisteredApp::fromPortal(response.value.toObject(), true).clientSecret);
         });
}

void OAuthAppsApi::remove(const QString &clientId, Done done)
{
    call("DELETE", clientPath(clientId), {},
         [this, clientId, done](const PortalError &error, const PortalResponse &) {
             record(QStringLiteral("deleted"), clientId, error);
             done(error);
         });
}

void OAuthAppsApi::record(const QString &action, const QString &subject, const PortalError &error) const
{
    History::HistoryRecorder::record(m_client, {History::HistoryEntry::Area::OAuthApp, action, subject, {}},
                                     error);
}

QString OAuthAppsApi::appLabel(const QString &name, const QString &clientId)
{
    return name.isEmpty() ? clientId : QStringLiteral("%1 (%2)").arg(name, clientId);
}

void OAuthAppsApi::scopes(ArrayDone done)
{
    call("GET", QStringLiteral("/api/2.0/scopes"), {},
         [done](const PortalError &error, const PortalResponse &response) {
             if (!error.isError() && !response.value.isArray()) {
                 done({PortalError::Kind::Malformed, tr("The portal's list of scopes is not a list.")}, {});
                 return;
             }
             done(error, response.value.toArray());
         });
}

} // namespace PortalKeys::OAuth
