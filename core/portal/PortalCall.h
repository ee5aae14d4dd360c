#pragma once

#include "portal/PortalClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class QSslError;

namespace PortalKeys::Portal {

// One request to a portal in flight, with its retries and redirects. Created by PortalClient::send.
class PortalCall : public QObject {
    Q_OBJECT

public:
    PortalCall(PortalClient *client, const PortalRequest &request, PortalClient::Handler handler);
    ~PortalCall() override;

    // Stops the call; the handler then runs with PortalError::Kind::Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void finished();

private:
    // Waits for a slot (RequestSlots) for `url`'s host, then sends.
    void start(const QUrl &url);
    void send();
    void releaseSlot();
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void onTimeout();
    void retryOrFinish(const PortalError &error);
    void finish(const PortalError &error, const PortalResponse &response);

    QPointer<PortalClient> m_client;
    PortalRequest m_request;
    PortalClient::Handler m_handler;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    CertificateInfo m_rejectedCertificate;
    quint64 m_slot = 0; // RequestSlots ticket, held from start() to the end of the attempt
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace PortalKeys::Portal
