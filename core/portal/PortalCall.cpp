#include "portal/PortalCall.h"

#include "common/BoundedList.h"
#include "portal/PortalUrl.h"
#include "portal/RequestSlots.h"
#include "portal/ResponseReader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace PortalKeys::Portal {

namespace {

constexpr int maxRedirects = 5;
constexpr qint64 maxResponseBytes = 32 * 1024 * 1024;

QString hostOf(const QUrl &url)
{
    return url.port() == -1 ? url.host() : url.host() + QStringLiteral(":%1").arg(url.port());
}

PortalError transportError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url)
{
    using Kind = PortalError::Kind;
    const QString host = hostOf(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return {Kind::ConnectionRefused,
                PortalCall::tr("%1 refused the connection: nothing answers on that port. Check the address "
                               "and that the portal is running.")
                    .arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {Kind::HostNotFound,
                PortalCall::tr("The host %1 was not found (DNS). Check the spelling of the address and your "
                               "network connection.")
                    .arg(url.host())};
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls, PortalCall::tr("The secure connection to %1 failed: %2").arg(host, detail)};
    case QNetworkReply::RemoteHostClosedError:
        return {Kind::Network,
                PortalCall::tr("%1 closed the connection before the whole answer arrived (the answer is "
                               "truncated).")
                    .arg(host)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {Kind::InvalidUrl,
                PortalCall::tr("PortalKeys cannot talk to %1: %2").arg(url.toString(), detail)};
    default:
        return {Kind::Network, PortalCall::tr("The connection to %1 failed: %2").arg(host, detail)};
    }
}

} // namespace

PortalCall::PortalCall(PortalClient *client, const PortalRequest &request, PortalClient::Handler handler)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_handler(std::move(handler))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &PortalCall::onTimeout);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, [this] { start(m_url); });

    const QUrl base = client->baseUrl();
    QUrl url = request.absoluteUrl.isValid() && !request.absoluteUrl.isEmpty()
                   ? request.absoluteUrl
                   : PortalUrl::resolve(base, request.path);
    // Start from the event loop: the handler must never run before send() returned.
    QTimer::singleShot(0, this, [this, url] {
        if (!url.isValid() || url.host().isEmpty()) {
            finish({PortalError::Kind::InvalidUrl, tr("“%1” is not a valid address.").arg(url.toString())},
                   {});
            return;
        }
        if (!PortalUrl::mayCarryCredentials(url)) {
            finish(
                {PortalError::Kind::InsecureUrl,
                 tr("PortalKeys does not send requests to %1 over plain http; use https.").arg(hostOf(url))},
                {});
            return;
        }
        start(url);
    });
}

PortalCall::~PortalCall()
{
    releaseSlot();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PortalCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_backoff.stop();
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports the cancellation
    else
        finish(PortalError::cancelled(), {});
}

void PortalCall::start(const QUrl &url)
{
    if (!m_client) {
        finish(PortalError::cancelled(), {});
        return;
    }
    m_url = url;
    bool now = false;
    m_slot = RequestSlots::forThisThread().acquire(
        RequestSlots::hostKey(url), this,
        [this](RequestSlots::Ticket ticket) {
            if (ticket == m_slot && !m_finished)
                send();
        },
        &now);
    if (now)
        send();
}

void PortalCall::releaseSlot()
{
    RequestSlots::forThisThread().release(std::exchange(m_slot, 0));
}

void PortalCall::send()
{
    if (!m_client) {
        finish(PortalError::cancelled(), {});
        return;
    }
    const QUrl url = m_url;
    ++m_attempt;
    m_timedOut = false;
    m_rejectedCertificate = {};

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PortalKeys/" PORTALKEYS_VERSION));
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);

    // Credentials only to the portal's own origin, and only where they cannot be read on the way.
    const bool ownOrigin = PortalUrl::sameOrigin(url, m_client->baseUrl());
    if (ownOrigin && PortalUrl::mayCarryCredentials(url)) {
        if (m_request.authenticate && !m_client->m_authorization.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), m_client->m_authorization);
        for (const auto &header : m_request.headers)
            request.setRawHeader(header.first, header.second);
    }

    m_elapsed.start();
    QNetworkAccessManager *network = m_client->m_network;
    const bool hasBody = !m_request.body.isEmpty() || m_request.method == "POST" ||
                         m_request.method == "PUT" || m_request.method == "PATCH";
    m_reply = hasBody ? network->sendCustomRequest(request, m_request.method, m_request.body)
                      : network->sendCustomRequest(request, m_request.method);
    connect(m_reply, &QNetworkReply::sslErrors, this, &PortalCall::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &PortalCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > maxResponseBytes && m_reply)
            m_reply->abort();
    });
    m_timeout.start(m_client->settings().timeoutMs);
}

void PortalCall::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply || !m_client)
        return;
    QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    const QString pinned = m_client->settings().pinnedSha256;
    const QString actual = CertificateInfo::sha256Of(leaf);
    if (!pinned.isEmpty() && !leaf.isNull() && actual == pinned.toLower()) {
        // The user looked at this very certificate and chose to trust it for this portal.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_rejectedCertificate = CertificateInfo::from(leaf);
    for (const QSslError &error : errors)
        m_rejectedCertificate.problems << error.errorString();
}

void PortalCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void PortalCall::onReplyFinished()
{
    m_timeout.stop();
    releaseSlot();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_cancelled || !m_client) {
        finish(PortalError::cancelled(), {});
        return;
    }

    const qint64 elapsedMs = m_elapsed.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (m_timedOut) {
        PortalError error(PortalError::Kind::Timeout,
                          tr("%1 did not answer within %2 seconds.")
                              .arg(hostOf(m_url))
                              .arg(m_client->settings().timeoutMs / 1000.0, 0, 'g', 3));
        retryOrFinish(error);
        return;
    }
    if (!m_rejectedCertificate.isNull() &&
        (networkError == QNetworkReply::SslHandshakeFailedError || status == 0)) {
        PortalError error(
            PortalError::Kind::Tls,
            tr("The certificate of %1 is not trusted (%2). PortalKeys does not connect unless you "
               "trust this exact certificate for this portal after checking its fingerprint.")
                .arg(hostOf(m_url), BoundedList::join(m_rejectedCertificate.problems, QStringLiteral("; "))));
        error.setCertificate(m_rejectedCertificate);
        finish(error, {});
        return;
    }
    if (status == 0) {
        if (reply->bytesAvailable() > maxResponseBytes ||
            networkError == QNetworkReply::OperationCanceledError) {
            finish({PortalError::Kind::Malformed,
                    tr("The answer of %1 is larger than 32 MiB; it was not read.").arg(hostOf(m_url))},
                   {});
            return;
        }
        PortalError error = transportError(networkError, reply->errorString(), m_url);
        if (error.kind() == PortalError::Kind::ConnectionRefused ||
            error.kind() == PortalError::Kind::HostNotFound || error.kind() == PortalError::Kind::Tls)
            finish(error, {});
        else
            retryOrFinish(error);
        return;
    }
    if (status >= 300 && status < 400 && status != 304) {
        // Read raw: Qt's parsed Location header drops relative references, which servers commonly send.
        const QUrl location = QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location")).trimmed());
        const QUrl target = location.isEmpty() ? QUrl() : m_url.resolved(location);
        if (target.isValid() && PortalUrl::sameOrigin(target, m_url) && m_redirects < maxRedirects) {
            ++m_redirects;
            --m_attempt; // a redirect is not a retry
            if (status == 303 || ((status == 301 || status == 302) && m_request.method == "POST")) {
                m_request.method = QByteArrayLiteral("GET");
                m_request.body.clear();
                m_request.contentType.clear();
            }
            start(target);
            return;
        }
        // Another origin (or an https → http downgrade, which is another origin too): never followed.
        finish({PortalError::Kind::CrossOriginRedirect,
                tr("%1 redirected the request to %2, another address. PortalKeys does not follow it, so your "
                   "credentials stay with the portal. If the portal has moved, change its address.")
                    .arg(hostOf(m_url), target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))},
               {});
        return;
    }

    const QByteArray body = reply->readAll();
    const bool truncated = networkError == QNetworkReply::RemoteHostClosedError ||
                           (reply->header(QNetworkRequest::ContentLengthHeader).isValid() &&
                            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > body.size());
    if (truncated) {
        retryOrFinish({PortalError::Kind::Malformed,
                       tr("The answer of %1 was cut off: %2 bytes arrived before the connection closed.")
                           .arg(hostOf(m_url))
                           .arg(body.size())});
        return;
    }

    ResponseReader::Context context;
    context.portalName = hostOf(m_client->baseUrl());
    context.usedApiKey = m_client->m_authorization.startsWith("Bearer sk-");
    context.wasWrite = !m_request.isIdempotent() || m_request.method == "PUT" || m_request.method == "DELETE";
    ResponseReader::Result result =
        ResponseReader::read(m_request.format, status,
                             reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body, context);
    if (result.error.isError()) {
        result.error.setRetryAfterSeconds(
            ResponseReader::parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After"))));
        if (result.error.kind() == PortalError::Kind::RateLimited && result.error.retryAfterSeconds() >= 0)
            result.error.setMessage(
                result.error.message() + QLatin1Char(' ') +
                tr("Try again in %n second(s).", nullptr, result.error.retryAfterSeconds()));
        retryOrFinish(result.error);
        return;
    }
    result.response.elapsedMs = elapsedMs;
    result.response.attempts = m_attempt;
    finish({}, result.response);
}

void PortalCall::retryOrFinish(const PortalError &error)
{
    const ClientSettings &settings = m_client->settings();
    const bool mayRetry = m_request.isIdempotent() && error.isTransient() && m_attempt <= settings.maxRetries;
    if (!mayRetry) {
        finish(error, {});
        return;
    }
    int delayMs = settings.initialBackoffMs << (m_attempt - 1);
    if (error.retryAfterSeconds() >= 0) {
        if (error.retryAfterSeconds() > settings.maxRetryAfterSeconds) {
            finish(error, {});
            return;
        }
        delayMs = std::max(delayMs, error.retryAfterSeconds() * 1000);
    }
    m_backoff.start(delayMs);
}

void PortalCall::finish(const PortalError &error, const PortalResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_backoff.stop();
    releaseSlot();
    PortalClient::Handler handler = std::move(m_handler);
    if (handler)
        handler(error, response);
    emit finished();
    deleteLater();
}

} // namespace PortalKeys::Portal
