#pragma once

#include "portal/PortalError.h"
#include "portal/PortalRequest.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace PortalKeys::Portal {

class PortalCall;

// Where and how to reach one portal.
struct ClientSettings {
    QUrl baseUrl;
    QString pinnedSha256;  // a certificate the user trusts despite TLS errors (lowercase hex of the DER)
    int timeoutMs = 30000; // per attempt
    int maxRetries = 2;    // for idempotent calls after a transient failure
    int initialBackoffMs = 500;
    int maxRetryAfterSeconds = 30; // a longer Retry-After is reported, not waited for
    // Who the changes sent through this client are recorded for in the history (HistoryRecorder).
    QString portalName; // the profile's name
    QString portalUser; // its e-mail, else the kind of credential
};

// The one asynchronous way PortalKeys talks to a portal. It enforces the rules every feature relies on:
// credentials only over https (or to this machine) and only to the portal's own origin; certificate errors
// are fatal unless the exact certificate is pinned; redirects to another origin are refused, never followed;
// every failure becomes one PortalError with a sentence for the user.
class PortalClient : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<void(const PortalError &error, const PortalResponse &response)>;

    explicit PortalClient(const ClientSettings &settings, QObject *parent = nullptr);
    ~PortalClient() override;

    const ClientSettings &settings() const { return m_settings; }
    QUrl baseUrl() const { return m_settings.baseUrl; }

    // The Authorization header value for authenticated requests ("Bearer sk-…", "Basic …", a raw token).
    void setAuthorization(const QByteArray &headerValue);
    bool hasAuthorization() const { return !m_authorization.isEmpty(); }
    // Whether the credential is a DocSpace API key (whose permissions can limit what a call may do).
    bool usesApiKey() const { return m_authorization.startsWith("Bearer sk-"); }

    // Starts the request. `handler` runs exactly once, later, on this object's thread (also when the call is
    // cancelled: with PortalError::Kind::Cancelled). The returned call can be cancelled; it deletes itself
    // after the handler ran.
    PortalCall *send(const PortalRequest &request, Handler handler);

    // A test hook and a place for a shared manager; by default the client owns its own.
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

private:
    friend class PortalCall;
    ClientSettings m_settings;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network;
};

} // namespace PortalKeys::Portal
