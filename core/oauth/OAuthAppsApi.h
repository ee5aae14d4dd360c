#pragma once

#include "oauth/RegisteredApp.h"
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
        QList<RegisteredApp> apps; // never with a secret: the list's are encrypted
        QString lastClientId;      // cursor for the next page; empty: no more
        QString lastCreatedOn;
        // Whether another page may follow (see decideHasMore).
        bool hasMore = false;

        // The paging rule, for a page asked for with `limit` after the cursor (`afterClientId`,
        // `afterCreatedOn`): another page may follow when this one is full and its cursor moved on. A short
        // page is the last one, and so is a cursor that stays where it was (a portal that would otherwise
        // send the same page for ever).
        void decideHasMore(int limit, const QString &afterClientId, const QString &afterCreatedOn);
    };
    using Done = std::function<void(const Portal::PortalError &error)>;
    using AppDone = std::function<void(const Portal::PortalError &error, const RegisteredApp &app)>;
    using SecretDone = std::function<void(const Portal::PortalError &error, const QByteArray &secret)>;
    using PageDone = std::function<void(const Portal::PortalError &error, const Page &page)>;
    using ArrayDone = std::function<void(const Portal::PortalError &error, const QJsonArray &array)>;

    // The portal's largest page.
    static constexpr int maxPageSize = 50;

    // `client` carries the portal login (any credential kind) used to obtain the x-signature.
    explicit OAuthAppsApi(Portal::PortalClient *client, QObject *parent = nullptr);

    // The apps a page at a time, `limit` (1–maxPageSize) of them after the cursor of the page before.
    void list(int limit, const QString &afterClientId, const QString &afterCreatedOn, PageDone done);
    // One app, with its client secret for a portal admin and the app's creator (404 for others).
    void get(const QString &clientId, AppDone done);
    // `body` is the create body (OAuthApp::toCreateJson); the answer is the new app with its client secret.
    // A refusal for the registry's limits says which one (see explainRefusal).
    void create(const QJsonObject &body, AppDone done);
    void update(const QString &clientId, const QJsonObject &body, Done done);
    void setEnabled(const QString &clientId, bool enabled, Done done);
    // The new client secret; the old one stops working.
    void regenerateSecret(const QString &clientId, SecretDone done);
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
    // The history line of a change to an app (HistoryRecorder); never its secret.
    void record(const QString &action, const QString &subject, const Portal::PortalError &error) const;
    static QString appLabel(const QString &name, const QString &clientId);

    QPointer<Portal::PortalClient> m_client;
    QByteArray m_signature;
    qint64 m_signatureExpires = 0; // seconds since the epoch; 0: unknown
};

} // namespace PortalKeys::OAuth
