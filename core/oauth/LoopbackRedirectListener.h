#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace PortalKeys::OAuth {

// The redirect target of a native app's authorization request (RFC 8252 §7.3): an HTTP listener on 127.0.0.1
// only, on a free port, that takes the first request to its path, answers the browser with a short page, and
// stops listening.
class LoopbackRedirectListener : public QObject {
    Q_OBJECT

public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Listens on 127.0.0.1:`port` (0 = any free port). False when it cannot.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    // http://127.0.0.1:<port>/callback
    QUrl redirectUri() const;

    // What an app must register so that the browser can come back here: "http://127.0.0.1/callback".
    // DocSpace's authorization service (Spring) compares a loopback redirect URI's path exactly but ignores
    // its port.
    static QString registrationExample();
    // The ports of the app's redirect URIs that lead back here (-1 for one that names no port); empty when
    // none does, so the portal would refuse the sign-in.
    static QList<int> matchingPorts(const QStringList &redirectUris);

    // The text the browser shows once the redirect arrived (HTML-escaped before use).
    void setCompletionMessages(const QString &successTitle, const QString &failureTitle, const QString &body);

signals:
    // The query of the redirect (code, state, or error, error_description).
    void redirectReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    QString m_successTitle;
    QString m_failureTitle;
    QString m_body;
    bool m_done = false;
};

} // namespace PortalKeys::OAuth
