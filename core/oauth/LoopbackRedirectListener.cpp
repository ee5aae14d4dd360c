#include "oauth/LoopbackRedirectListener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace PortalKeys::OAuth {

namespace {

constexpr qsizetype maxRequestBytes = 16 * 1024;
const QString callbackPath = QStringLiteral("/callback");

QByteArray httpAnswer(const QByteArray &status, const QByteArray &html)
{
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
           "Content-Length: " +
           QByteArray::number(html.size()) + "\r\n\r\n" + html;
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_successTitle(tr("PortalKeys is signed in"))
    , m_failureTitle(tr("PortalKeys could not sign in"))
    , m_body(tr("You can close this tab and return to PortalKeys."))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port)
{
    m_done = false;
    // 127.0.0.1 only (RFC 8252 §8.3): nothing on the network can deliver a code to us.
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QString LoopbackRedirectListener::registrationExample()
{
    return QStringLiteral("http://127.0.0.1") + callbackPath;
}

QList<int> LoopbackRedirectListener::matchingPorts(const QStringList &redirectUris)
{
    QList<int> ports;
    for (const QString &entry : redirectUris) {
        const QUrl uri(entry.trimmed());
        if (uri.scheme() == QLatin1String("http") && uri.host() == QLatin1String("127.0.0.1") &&
            uri.path() == callbackPath && !uri.hasQuery() && !uri.hasFragment())
            ports.append(uri.port());
    }
    return ports;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(callbackPath);
    return url;
}

void LoopbackRedirectListener::setCompletionMessages(const QString &successTitle, const QString &failureTitle,
                                                     const QString &body)
{
    m_successTitle = successTitle;
    m_failureTitle = failureTitle;
    m_body = body;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A browser that connects and sends nothing must not hold the socket forever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    if (request.size() > maxRequestBytes) {
        socket->write(httpAnswer("431 Request Header Fields Too Large", {}));
        socket->disconnectFromHost();
        return;
    }
    socket->setProperty("request", request);
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0)
        return;

    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QUrl target = requestLine.size() >= 2 ? QUrl(QString::fromLatin1(requestLine.at(1))) : QUrl();
    if (requestLine.value(0) != "GET" || target.path() != callbackPath || m_done) {
        socket->write(httpAnswer("404 Not Found", "<!doctype html><title>Not found</title>"));
        socket->disconnectFromHost();
        return;
    }

    const QUrlQuery query(target);
    const bool success = query.hasQueryItem(QStringLiteral("code"));
    const QString title = (success ? m_successTitle : m_failureTitle).toHtmlEscaped();
    const QByteArray html =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                       "<p>%2</p></body></html>")
            .arg(title, m_body.toHtmlEscaped())
            .toUtf8();
    socket->write(httpAnswer("200 OK", html));
    socket->disconnectFromHost();
    m_done = true;
    m_server->close();
    emit redirectReceived(query);
}

} // namespace PortalKeys::OAuth
