#pragma once

#include "portal/PortalError.h"
#include "portal/PortalRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::OAuth {

// The portal's registry of OAuth 2.0 apps (/api/2.0/clients, served by its identity service). Those calls
// authenticate with a short-lived "x-signature" JWT that the portal issues to a signed-in user
// (GET /api/2.0/security/oauth2/token); this class fetches it, reuses it until shortly before it expires, and
// fetches a fresh one once when a call is refused with 401 or 403.
class OAuthAppsApi : public QObject {
    Q_OBJECT

public:
    struct Page {
        QList<QJsonObject> apps;
        QString lastClientId; // cursor for the next page; empty: no more
        QString lastCreatedOn;
    };
    using Done = std::function<void(const Portal::PortalError &error)>;
    using ObjectDone = std::function<void(const Portal::PortalError &error, const QJsonObject &object)>;
    using PageDone = std::function<void(const Portal::PortalError &error, const Page &page)>;
    using ArrayDone = std::function<void(const Portal::PortalError &error, const QJsonArray &array)>;

    // `client` carries the portal login (any credential kind) used to obtain the x-signature.
    explicit OAuthAppsApi(Portal::PortalClient *client, QObject *parent = nullptr);

    // The apps a page at a time. Each one's client_secret here is encrypted: never show or keep it.
    void list(int limit, const QString &afterClientId, const QString &afterCreatedOn, PageDone done);
    // One app, with its client_secret in clear for a portal admin and the app's creator (404 for others).
    void get(const QString &clientId, ObjectDone done);
    // `body` is the create body (OAuthApp::toCreateJson); the answer holds client_id and client_secret.
    // A refusal for the registry's limits says which one (see explainRefusal).
    void create(const QJsonObject &body, ObjectDone done);
    void update(const QString &clientId, const QJsonObject &body, Done done);
    void setEnabled(const QString &clientId, bool enabled, Done done);
    // The answer's "client_secret".
    void regenerateSecret(const QString &clientId, ObjectDone done);
    void remove(const QString &clientId, Done done);
    void scopes(ArrayDone done);

    // The x-signature in use (tests look at its renewal); empty before the first call.
    QByteArray currentSignature() const { return m_signature; }

    // The limits of the portal registry of DocSpace cloud (the identity service's DynamoDB store; a
    // self-hosted portal has none).
    static constexpr int maxAppsPerPortal = 100;
    static constexpr int maxAppsPerUser = 10;
    // `error` with a message that names the limit when the registry refused a new app for one of them;
    // any other error unchanged.
    static Portal::PortalError explainRefusal(const Portal::PortalError &error);

private:
    using Handler = std::function<void(const Portal::PortalError &, const Portal::PortalResponse &)>;
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, Handler handler);
    void withSignature(std::function<void(const Portal::PortalError &)> then);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, bool mayRenew,
              Handler handler);

    QPointer<Portal::PortalClient> m_client;
    QByteArray m_signature;
    qint64 m_signatureExpires = 0; // seconds since the epoch; 0: unknown
};

} // namespace PortalKeys::OAuth
