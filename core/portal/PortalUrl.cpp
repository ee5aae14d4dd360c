#include "portal/PortalUrl.h"

#include <QHostAddress>

namespace PortalKeys::Portal {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

// Paths the portal's web client shows in the address bar; a pasted browser address ends at the portal root.
bool looksLikeWebClientPage(const QString &path)
{
    static const QStringList pages = {
        QStringLiteral("/rooms"),    QStringLiteral("/files"),           QStringLiteral("/portal-settings"),
        QStringLiteral("/accounts"), QStringLiteral("/developer-tools"), QStringLiteral("/profile"),
        QStringLiteral("/login"),    QStringLiteral("/doceditor"),       QStringLiteral("/Products"),
    };
    for (const QString &page : pages) {
        if (path == page || path.startsWith(page + QLatin1Char('/')) ||
            path.startsWith(page + QLatin1Char('?')))
            return true;
    }
    return false;
}

} // namespace

PortalUrl::Result PortalUrl::normalize(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{}, tr("Enter the portal's address, for example https://portal.example.com.")};
    if (text.contains(QLatin1Char(' ')))
        return {{}, tr("A portal address cannot contain spaces.")};

    const bool hasScheme = text.contains(QLatin1String("://"));
    QUrl url = QUrl::fromUserInput(hasScheme ? text : QStringLiteral("https://") + text);
    if (!url.isValid() || url.host().isEmpty())
        return {{}, tr("“%1” is not a web address.").arg(text.left(200))};

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {{}, tr("The address must start with https:// (it starts with %1://).").arg(scheme.left(20))};
    if (!url.userInfo().isEmpty())
        return {{},
                tr("Leave the user name and password out of the address; PortalKeys asks for them "
                   "separately and keeps them in the keychain.")};

    QUrl result;
    result.setScheme(scheme);
    result.setHost(url.host().toLower());
    if (url.port() != -1 && url.port() != (scheme == QLatin1String("https") ? 443 : 80))
        result.setPort(url.port());

    QString path = url.path();
    if (looksLikeWebClientPage(path))
        path.clear();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    result.setPath(path);

    if (scheme == QLatin1String("http") && !isLoopbackHost(result.host()))
        return {
            {},
            tr("PortalKeys only connects to a portal over https, so that your credentials never travel in "
               "clear text; use https://%1 (plain http is allowed only for this computer, e.g. "
               "http://127.0.0.1).")
                .arg(result.host() +
                     (result.port() == -1 ? QString() : QStringLiteral(":%1").arg(result.port())))};
    return {result, {}};
}

QString PortalUrl::hostAndPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    const int port = url.port(defaultPort);
    if (port == defaultPort)
        return url.host();
    // An IPv6 address keeps its brackets, or its last group would read as the port.
    const QString host =
        url.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(url.host()) : url.host();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool PortalUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

bool PortalUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

bool PortalUrl::mayCarryCredentials(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") ||
           (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

QUrl PortalUrl::resolve(const QUrl &base, const QString &pathAndQuery)
{
    QUrl url = base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    url.setPath(base.path() + path);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

} // namespace PortalKeys::Portal
