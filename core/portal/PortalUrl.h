#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace PortalKeys::Portal {

// The address of a portal as PortalKeys stores and uses it: scheme, host, port and an optional path, nothing
// else. https is required unless the host is this machine (credentials never travel in clear text).
class PortalUrl {
    Q_DECLARE_TR_FUNCTIONS(PortalUrl)

public:
    struct Result {
        QUrl url;      // normalized, valid when error is empty
        QString error; // one sentence for the user
        bool ok() const { return error.isEmpty(); }
    };

    // Accepts what people paste: "portal.example.com", "https://Portal.Example.com:443/", a URL copied
    // from the browser with a page path ("/rooms/shared/..." is cut off only when it looks like a page of
    // the portal). A missing scheme means https.
    static Result normalize(const QString &input);

    static bool isLoopbackHost(const QString &host);
    // "portal.example.com", or "docspace.lab.internal:8443" when the port is not the scheme's own: how a
    // portal is named beside its name in pickers, where two portals on one host differ only by the port.
    static QString hostAndPort(const QUrl &url);
    // Same scheme, host and port (RFC 6454): where credentials may be sent.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // True when a request to `url` may carry credentials: https, or http to this machine.
    static bool mayCarryCredentials(const QUrl &url);
    // `base` + `path` ("/api/2.0/…", may carry a query).
    static QUrl resolve(const QUrl &base, const QString &pathAndQuery);
};

} // namespace PortalKeys::Portal
