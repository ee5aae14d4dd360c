#pragma once

// Plays a portal user's system browser in the OAuth sign-in tests, as a real one meets DocSpace: the
// authorization endpoint serves only a user signed in to the portal (the x-signature cookie its web client
// sets) and asks for consent before the first code for a client and its scopes. So the browser signs in
// first, as the web client does (POST /api/2.0/authentication, then GET /api/2.0/security/oauth2/token for
// the x-signature cookie), opens the authorization URL PortalKeys printed or opened, clicks Allow on the
// consent page as that page posts it (POST /oauth2/authorize, multipart: client_id, the state from the
// client_state cookie, one scope field per scope asked for) and follows the redirect to PortalKeys' loopback
// listener. Messages name statuses and paths only, never a query (codes and states are in there).
#include "support/PortalSimulator.h"

#include <QByteArray>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace PortalKeys::Testing {

class PortalBrowser {
public:
    explicit PortalBrowser(QByteArray email = PortalSimulator::adminEmail(),
                           QByteArray password = PortalSimulator::adminPassword())
        : m_email(std::move(email))
        , m_password(std::move(password))
    {}
    PortalBrowser(const PortalBrowser &) = delete;
    PortalBrowser &operator=(const PortalBrowser &) = delete;

    // Signs in to the portal of `authorizationUrl` and opens it; returns at once (the test's event loop runs
    // the rest). isFinished() tells when the last page answered.
    void open(const QUrl &authorizationUrl)
    {
        m_finished = false;
        m_succeeded = false;
        m_failure.clear();
        m_lastPage.clear();
        m_hops = 0;
        m_origin = authorizationUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        signIn(authorizationUrl);
    }

    // open() and wait: true when PortalKeys' listener answered the last page with 200.
    bool visit(const QUrl &authorizationUrl, QString *failure, int timeoutMs = 30000)
    {
        QEventLoop loop;
        m_onFinished = [&loop] {
            loop.quit();
        };
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        open(authorizationUrl);
        if (!m_finished)
            loop.exec();
        m_onFinished = nullptr;
        if (!m_finished)
            m_failure = QStringLiteral("the browser did not get to the end within %1 ms").arg(timeoutMs);
        if (failure)
            *failure = m_failure;
        return m_finished && m_succeeded;
    }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString failure() const { return m_failure; }
    QByteArray lastPage() const { return m_lastPage; }
    // How often the consent page was answered with Allow (0 when the portal remembered an earlier consent).
    int consentsGiven() const { return m_consents; }

private:
    QNetworkReply *prepare(QNetworkReply *reply)
    {
        // The simulator's certificate is self-signed: this is the test's browser, not PortalKeys.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
            if (reply->url().host() == QLatin1String("127.0.0.1"))
                reply->ignoreSslErrors(errors);
        });
        return reply;
    }

    static QNetworkRequest request(const QUrl &url)
    {
        QNetworkRequest request(url);
        // Each hop by hand: the consent page is the test's to answer, and Qt would refuse https → http.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return request;
    }

    QUrl onPortal(const QString &path) const
    {
        QUrl url = m_origin;
        url.setPath(path);
        return url;
    }

    void signIn(const QUrl &authorizationUrl)
    {
        QNetworkRequest login = request(onPortal(QStringLiteral("/api/2.0/authentication")));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("userName"), QString::fromUtf8(m_email)},
                               {QStringLiteral("password"), QString::fromUtf8(m_password)}};
        QNetworkReply *reply =
            prepare(m_network.post(login, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, authorizationUrl] {
            reply->deleteLater();
            const QByteArray token =
                response(reply).toObject().value(QLatin1String("token")).toString().toUtf8();
            if (token.isEmpty())
                return fail(QStringLiteral("signing in to the portal failed (HTTP %1)").arg(status(reply)));
            QNetworkRequest signatureRequest =
                request(onPortal(QStringLiteral("/api/2.0/security/oauth2/token")));
            signatureRequest.setRawHeader("Authorization", token);
            QNetworkReply *next = prepare(m_network.get(signatureRequest));
            QObject::connect(next, &QNetworkReply::finished, next, [this, next, authorizationUrl] {
                next->deleteLater();
                const QByteArray signature = response(next).toString().toUtf8();
                if (signature.isEmpty())
                    return fail(QStringLiteral("the portal gave no x-signature (HTTP %1)").arg(status(next)));
                // What the web client does with it: a cookie for the portal.
                m_network.cookieJar()->setCookiesFromUrl({QNetworkCookie("x-signature", signature)},
                                                         onPortal(QStringLiteral("/")));
                get(authorizationUrl);
            });
        });
    }

    void get(const QUrl &url)
    {
        QNetworkReply *reply = prepare(m_network.get(request(url)));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { answered(reply); });
    }

    // Allow on the consent page: the form the web client posts, with the scopes the portal asked about.
    void allow(const QUrl &consentPage)
    {
        const QUrlQuery asked(consentPage);
        QByteArray state;
        for (const QNetworkCookie &cookie :
             m_network.cookieJar()->cookiesForUrl(onPortal(QStringLiteral("/")))) {
            if (cookie.name() == "client_state")
                state = cookie.value();
        }
        if (state.isEmpty())
            return fail(QStringLiteral("the portal asked for consent without a client_state cookie"));
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        auto field = [form](const QByteArray &name, const QByteArray &value) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"" + name + '"'));
            part.setBody(value);
            form->append(part);
        };
        field("client_id", asked.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded).toUtf8());
        field("state", state);
        const QString scopes = asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        for (const QString &scope : scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            field("scope", scope.toUtf8());
        ++m_consents;
        QNetworkReply *reply =
            prepare(m_network.post(request(onPortal(QStringLiteral("/oauth2/authorize"))), form));
        form->setParent(reply);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { answered(reply); });
    }

    void answered(QNetworkReply *reply)
    {
        reply->deleteLater();
        const QUrl at = reply->url();
        const int code = status(reply);
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (code >= 300 && code < 400 && location.isValid()) {
            const QUrl next = at.resolved(location);
            if (++m_hops > 10)
                return fail(QStringLiteral("too many redirects"));
            const bool portal =
                next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment) == m_origin;
            if (portal && next.path() == QLatin1String("/oauth2/consent"))
                return allow(next);
            if (portal && next.path() == QLatin1String("/login"))
                return fail(QStringLiteral("the portal sent the browser to its sign-in page: %1")
                                .arg(QUrlQuery(next).queryItemValue(QStringLiteral("error"))));
            return get(next);
        }
        m_lastPage = reply->readAll();
        if (code == 200)
            return finish(true);
        fail(QStringLiteral("HTTP %1 from %2 %3").arg(code).arg(at.path(), reply->errorString()));
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QJsonValue response(QNetworkReply *reply)
    {
        return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("response"));
    }

    void fail(const QString &why)
    {
        m_failure = why;
        finish(false);
    }

    void finish(bool succeeded)
    {
        m_succeeded = succeeded;
        m_finished = true;
        if (m_onFinished)
            m_onFinished();
    }

    QByteArray m_email;
    QByteArray m_password;
    QNetworkAccessManager m_network;
    QUrl m_origin;
    bool m_finished = false;
    bool m_succeeded = false;
    QString m_failure;
    QByteArray m_lastPage;
    int m_hops = 0;
    int m_consents = 0;
    std::function<void()> m_onFinished;
};

} // namespace PortalKeys::Testing
