// Every rule of OAuthAppValidator with a passing and a failing example: the identity service's rules
// (lengths, URL pattern, list sizes, schemes, scopes, icon) and the registration form's (required fields, 255
// characters, no query or fragment, origins).
#include "OAuthTestImages.h"

#include "oauth/OAuthAppValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PortalKeys::OAuth;
using PortalKeys::Testing::dataUri;
using PortalKeys::Testing::jpegHeader;
using PortalKeys::Testing::pngHeader;

namespace {

OAuthApp validApp()
{
    OAuthApp app;
    app.name = QStringLiteral("CRM sync");
    app.websiteUrl = QStringLiteral("https://crm.example.com");
    app.logo = dataUri(QStringLiteral("image/png"), pngHeader(32, 32));
    app.redirectUris = {QStringLiteral("https://crm.example.com/oauth"),
                        QStringLiteral("http://127.0.0.1:8765/cb")};
    app.allowedOrigins = {QStringLiteral("https://crm.example.com")};
    app.scopes = {QStringLiteral("files:read"), QStringLiteral("files:write"), QStringLiteral("openid")};
    app.policyUrl = QStringLiteral("https://crm.example.com/privacy");
    app.termsUrl = QStringLiteral("https://crm.example.com/terms");
    return app;
}

QList<OAuthAppIssue> issuesFor(const OAuthApp &app, const QString &field,
                               OAuthAppIssue::Severity severity = OAuthAppIssue::Severity::Error)
{
    QList<OAuthAppIssue> found;
    for (const OAuthAppIssue &issue : OAuthAppValidator().validate(app)) {
        if (issue.field == field && issue.severity == severity)
            found.append(issue);
    }
    return found;
}

QString describe(const QList<OAuthAppIssue> &issues)
{
    QStringList lines;
    for (const OAuthAppIssue &issue : issues)
        lines.append(OAuthAppIssue::severityName(issue.severity) + QLatin1Char(' ') + issue.location() +
                     QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList numbered(const QString &pattern, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(pattern.arg(i));
    return list;
}

} // namespace

class TestOAuthAppValidator : public QObject {
    Q_OBJECT

private slots:
    void validAppHasNoFindings()
    {
        const QList<OAuthAppIssue> issues = OAuthAppValidator().validate(validApp());
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void requiredFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("required");
        for (const char *field : {"name", "website_url", "logo", "redirect_uris", "allowed_origins", "scopes",
                                  "policy_url", "terms_url"})
            QTest::newRow(field) << QString::fromLatin1(field) << true;
        QTest::newRow("description") << QStringLiteral("description") << false;
        QTest::newRow("logout_redirect_uri") << QStringLiteral("logout_redirect_uri") << false;
    }
    void requiredFields()
    {
        QFETCH(QString, field);
        QFETCH(bool, required);
        QJsonObject body = validApp().toCreateJson();
        body.remove(field);
        const QList<OAuthAppIssue> issues = OAuthAppValidator().validateJson(body);
        QList<OAuthAppIssue> onField;
        for (const OAuthAppIssue &issue : issues) {
            if (issue.field == field)
                onField.append(issue);
        }
        if (!required) {
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
            return;
        }
        // Exactly one clear message for the missing field, and nothing about the others.
        QCOMPARE(issues.size(), 1);
        QCOMPARE(onField.size(), 1);
        QVERIFY(onField.constFirst().isError());
        QCOMPARE(onField.constFirst().index, -1);
        QVERIFY2(onField.constFirst().message.contains(QLatin1String("required")) ||
                     onField.constFirst().message.contains(QLatin1String("At least one")) ||
                     onField.constFirst().message.contains(QLatin1String("at least one")),
                 qPrintable(onField.constFirst().message));
    }

    void nameLength_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("2 characters") << QStringLiteral("ab") << false;
        QTest::newRow("3 characters") << QStringLiteral("abc") << true;
        QTest::newRow("255 characters (the form's limit)") << QString(255, QLatin1Char('n')) << true;
        QTest::newRow("256 characters (server yes, form no)") << QString(256, QLatin1Char('n')) << false;
    }
    void nameLength()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        OAuthApp app = validApp();
        app.name = name;
        const QList<OAuthAppIssue> issues = issuesFor(app, QStringLiteral("name"));
        QCOMPARE(issues.isEmpty(), ok);
        if (!ok)
            QCOMPARE(issues.size(), 1);
    }

    void descriptionLength()
    {
        OAuthApp app = validApp();
        app.description = QString(255, QLatin1Char('d'));
        QVERIFY(issuesFor(app, QStringLiteral("description")).isEmpty());
        app.description += QLatin1Char('d');
        const QList<OAuthAppIssue> issues = issuesFor(app, QStringLiteral("description"));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.constFirst().message.contains(QLatin1String("255")));
    }

    void singleUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // empty: accepted; else a part of the message
        QTest::newRow("https domain") << QStringLiteral("https://crm.example.com") << QString();
        QTest::newRow("sub-domain, port, path")
            << QStringLiteral("https://a.b.example.co.uk:8443/x/y?z=1#f") << QString();
        QTest::newRow("http IPv4 with port")
            << QStringLiteral("http://192.168.1.20:8080/privacy") << QString();
        QTest::newRow("loopback IPv4") << QStringLiteral("http://127.0.0.1:3000/") << QString();
        QTest::newRow("localhost") << QStringLiteral("http://localhost:3000/terms")
                                   << QStringLiteral("http://127.0.0.1:3000/terms");
        QTest::newRow("sub.localhost")
            << QStringLiteral("http://app.localhost/") << QStringLiteral("127.0.0.1");
        QTest::newRow("no dot") << QStringLiteral("https://intranet/privacy")
                                << QStringLiteral("example.com");
        QTest::newRow("one-letter TLD")
            << QStringLiteral("https://example.c") << QStringLiteral("two or more");
        QTest::newRow("numeric TLD") << QStringLiteral("https://example.123")
                                     << QStringLiteral("two or more");
        QTest::newRow("no scheme") << QStringLiteral("crm.example.com")
                                   << QStringLiteral("https://crm.example.com");
        QTest::newRow("ftp") << QStringLiteral("ftp://crm.example.com") << QStringLiteral("ftp://");
        QTest::newRow("upper-case scheme")
            << QStringLiteral("HTTPS://crm.example.com") << QStringLiteral("lower case");
        QTest::newRow("IPv6") << QStringLiteral("https://[2001:db8::1]/") << QStringLiteral("IPv6");
        QTest::newRow("percent-encoding")
            << QStringLiteral("https://crm.example.com/a%20b") << QStringLiteral("percent");
        QTest::newRow("space") << QStringLiteral("https://crm.example.com/a b") << QStringLiteral("spaces");
        QTest::newRow("user info") << QStringLiteral("https://me:pw@crm.example.com/")
                                   << QStringLiteral("password");
        QTest::newRow("query right after the host")
            << QStringLiteral("https://crm.example.com?x=1") << QStringLiteral("“/”");
        QTest::newRow("internationalized domain")
            << QStringLiteral("https://bücher.example/") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("character outside the pattern")
            << QStringLiteral("https://crm.example.com/a\"b") << QStringLiteral("“\"”");
        QTest::newRow("256 characters")
            << QStringLiteral("https://crm.example.com/") + QString(232, QLatin1Char('p'))
            << QStringLiteral("255");
        QTest::newRow("255 characters")
            << QStringLiteral("https://crm.example.com/") + QString(231, QLatin1Char('p')) << QString();
    }
    void singleUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        for (const QString &field : {QStringLiteral("website_url"), QStringLiteral("terms_url"),
                                     QStringLiteral("policy_url"), QStringLiteral("logout_redirect_uri")}) {
            OAuthApp app = validApp();
            if (field == QLatin1String("website_url"))
                app.websiteUrl = url;
            else if (field == QLatin1String("terms_url"))
                app.termsUrl = url;
            else if (field == QLatin1String("policy_url"))
                app.policyUrl = url;
            else
                app.logoutRedirectUri = url;
            const QList<OAuthAppIssue> issues = issuesFor(app, field);
            if (expected.isEmpty()) {
                QVERIFY2(issues.isEmpty(), qPrintable(field + QLatin1Char(' ') + describe(issues)));
                continue;
            }
            QCOMPARE(issues.size(), 1);
            QVERIFY2(issues.constFirst().message.contains(expected),
                     qPrintable(field + QStringLiteral(": ") + issues.constFirst().message));
        }
    }

    void serverPatternAgreesWithTheChecks()
    {
        QVERIFY(OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("https://crm.example.com/a?b#c")));
        QVERIFY(OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("crm.example.com"))); // server: yes
        QVERIFY(OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("http://10.0.0.1:80/x")));
        QVERIFY(!OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("10.0.0.1")));
        QVERIFY(!OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("http://localhost")));
        QVERIFY(!OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("https://example.com/%41")));
        QVERIFY(!OAuthAppValidator::matchesServerUrlPattern(QStringLiteral("HTTPS://example.com")));
    }

    void logoutUrlMayBeEmpty()
    {
        OAuthApp app = validApp();
        app.logoutRedirectUri.clear();
        QVERIFY(issuesFor(app, QStringLiteral("logout_redirect_uri")).isEmpty());
        app.logoutRedirectUri = QStringLiteral("https://crm.example.com/signed-out");
        QVERIFY(issuesFor(app, QStringLiteral("logout_redirect_uri")).isEmpty());
    }

    void listSizes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("redirect_uris") << QStringLiteral("redirect_uris");
        QTest::newRow("allowed_origins") << QStringLiteral("allowed_origins");
    }
    void listSizes()
    {
        QFETCH(QString, field);
        OAuthApp app = validApp();
        QStringList &list = field == QLatin1String("redirect_uris") ? app.redirectUris : app.allowedOrigins;
        const QString pattern = field == QLatin1String("redirect_uris")
                                    ? QStringLiteral("https://a%1.example.com/cb")
                                    : QStringLiteral("https://a%1.example.com");
        list = numbered(pattern, 12);
        QVERIFY2(issuesFor(app, field).isEmpty(), qPrintable(describe(issuesFor(app, field))));
        list = numbered(pattern, 13);
        QList<OAuthAppIssue> issues = issuesFor(app, field);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, -1);
        QVERIFY(issues.constFirst().message.contains(QLatin1String("12")));
        list.clear();
        issues = issuesFor(app, field);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, -1);
    }

    void redirectUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("error"); // empty: no error; else a part of the message
        QTest::addColumn<bool>("warning");  // plain http to another computer
        QTest::newRow("https") << QStringLiteral("https://crm.example.com/oauth") << QString() << false;
        QTest::newRow("http loopback IPv4")
            << QStringLiteral("http://127.0.0.1:9000/cb") << QString() << false;
        QTest::newRow("http loopback IPv6") << QStringLiteral("http://[::1]:9000/cb") << QString() << false;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000/cb") << QString() << false;
        QTest::newRow("http elsewhere") << QStringLiteral("http://crm.example.com/cb") << QString() << true;
        // Claude connectors sign in through their own scheme, which the portal takes.
        QTest::newRow("claude scheme")
            << QStringLiteral("claude://claude.ai/api/mcp/auth_callback") << QString() << false;
        QTest::newRow("custom scheme")
            << QStringLiteral("com.example.app:/cb") << QStringLiteral("claude://") << false;
        // The portal takes these; they only cannot work as meant.
        QTest::newRow("user name") << QStringLiteral("https://me@crm.example.com/cb") << QString() << true;
        QTest::newRow("no host") << QStringLiteral("https:/cb") << QString() << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://crm.example.com/cb") << QStringLiteral("only https")
                             << false;
        QTest::newRow("no scheme") << QStringLiteral("crm.example.com/cb") << QStringLiteral("https://")
                                   << false;
        QTest::newRow("query") << QStringLiteral("https://crm.example.com/cb?app=1")
                               << QStringLiteral("use https://crm.example.com/cb.") << false;
        QTest::newRow("fragment") << QStringLiteral("https://crm.example.com/cb#top")
                                  << QStringLiteral("use https://crm.example.com/cb.") << false;
        QTest::newRow("empty entry") << QString() << QStringLiteral("empty") << false;
        QTest::newRow("spaces") << QStringLiteral("https://crm.example.com/a b") << QStringLiteral("spaces")
                                << false;
        QTest::newRow("too long") << QStringLiteral("https://crm.example.com/") +
                                         QString(240, QLatin1Char('x'))
                                  << QStringLiteral("255") << false;
    }
    void redirectUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, error);
        QFETCH(bool, warning);
        OAuthApp app = validApp();
        app.redirectUris = {QStringLiteral("https://crm.example.com/first"), uri};
        const QList<OAuthAppIssue> errors = issuesFor(app, QStringLiteral("redirect_uris"));
        const QList<OAuthAppIssue> warnings =
            issuesFor(app, QStringLiteral("redirect_uris"), OAuthAppIssue::Severity::Warning);
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.constFirst().index, 1);
            QCOMPARE(errors.constFirst().location(), QStringLiteral("redirect_uris[1]"));
            QVERIFY2(errors.constFirst().message.contains(error), qPrintable(errors.constFirst().message));
        }
        QCOMPARE(warnings.size(), warning ? 1 : 0);
        if (warning)
            QCOMPARE(warnings.constFirst().index, 1);
    }

    void duplicatesAreWarnings()
    {
        using Severity = OAuthAppIssue::Severity;
        // The portal merges exact duplicates: a warning that says so, no error.
        OAuthApp app = validApp();
        app.redirectUris = {QStringLiteral("https://crm.example.com/cb"),
                            QStringLiteral("https://other.example.com/cb"),
                            QStringLiteral("https://crm.example.com/cb")};
        QVERIFY(issuesFor(app, QStringLiteral("redirect_uris")).isEmpty());
        QList<OAuthAppIssue> issues = issuesFor(app, QStringLiteral("redirect_uris"), Severity::Warning);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, 2);
        QVERIFY2(issues.constFirst().message.contains(QLatin1String("keeps it once")),
                 qPrintable(issues.constFirst().message));

        // The same address spelled differently is kept twice by the portal: a warning too.
        app.redirectUris = {QStringLiteral("https://crm.example.com/cb"),
                            QStringLiteral("https://other.example.com/cb"),
                            QStringLiteral("https://CRM.Example.com/cb")};
        QVERIFY(issuesFor(app, QStringLiteral("redirect_uris")).isEmpty());
        issues = issuesFor(app, QStringLiteral("redirect_uris"), Severity::Warning);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, 2);
        QVERIFY(issues.constFirst().message.contains(QLatin1String("https://crm.example.com/cb")));
        // Another path, or the default port spelled out, are told apart correctly.
        app.redirectUris = {QStringLiteral("https://crm.example.com/cb"),
                            QStringLiteral("https://crm.example.com/CB"),
                            QStringLiteral("https://crm.example.com:443/cb")};
        issues = issuesFor(app, QStringLiteral("redirect_uris"), Severity::Warning);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, 2);

        app = validApp();
        app.allowedOrigins = {QStringLiteral("https://crm.example.com"),
                              QStringLiteral("https://CRM.EXAMPLE.COM")};
        QVERIFY(issuesFor(app, QStringLiteral("allowed_origins")).isEmpty());
        issues = issuesFor(app, QStringLiteral("allowed_origins"), Severity::Warning);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, 1);

        // Twelve distinct origins and a duplicate: the portal counts twelve.
        app.allowedOrigins = numbered(QStringLiteral("https://a%1.example.com"), 12);
        app.allowedOrigins.append(app.allowedOrigins.constFirst());
        QVERIFY2(issuesFor(app, QStringLiteral("allowed_origins")).isEmpty(),
                 qPrintable(describe(issuesFor(app, QStringLiteral("allowed_origins")))));
    }

    void allowedOrigins_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("error");   // empty: no error; else a part of the message
        QTest::addColumn<QString>("warning"); // empty: no warning; else a part of the message
        QTest::newRow("https") << QStringLiteral("https://crm.example.com") << QString() << QString();
        QTest::newRow("with port") << QStringLiteral("https://crm.example.com:8443") << QString()
                                   << QString();
        QTest::newRow("plain http is no warning here")
            << QStringLiteral("http://crm.example.com") << QString() << QString();
        QTest::newRow("claude") << QStringLiteral("claude://claude.ai") << QString() << QString();
        // The portal checks only the scheme of an origin; a path makes one that browsers never send.
        QTest::newRow("path") << QStringLiteral("https://crm.example.com:8443/app/") << QString()
                              << QStringLiteral("use https://crm.example.com:8443.");
        QTest::newRow("trailing slash") << QStringLiteral("https://crm.example.com/") << QString()
                                        << QStringLiteral("use https://crm.example.com.");
        // The portal's form refuses a query or fragment here as well.
        QTest::newRow("query") << QStringLiteral("https://crm.example.com?x")
                               << QStringLiteral("use https://crm.example.com.") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://crm.example.com") << QStringLiteral("only https")
                             << QString();
        QTest::newRow("no scheme") << QStringLiteral("crm.example.com") << QStringLiteral("https://")
                                   << QString();
    }
    void allowedOrigins()
    {
        QFETCH(QString, origin);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        OAuthApp app = validApp();
        app.allowedOrigins = {origin};
        const QList<OAuthAppIssue> issues = issuesFor(app, QStringLiteral("allowed_origins"));
        const QList<OAuthAppIssue> warnings =
            issuesFor(app, QStringLiteral("allowed_origins"), OAuthAppIssue::Severity::Warning);
        if (error.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.constFirst().index, 0);
            QVERIFY2(issues.constFirst().message.contains(error), qPrintable(issues.constFirst().message));
        }
        if (warning.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(describe(warnings)));
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.constFirst().message.contains(warning),
                     qPrintable(warnings.constFirst().message));
        }
    }

    void scopes()
    {
        OAuthApp app = validApp();
        app.scopes = {QStringLiteral("openid")};
        QVERIFY(issuesFor(app, QStringLiteral("scopes")).isEmpty());

        app.scopes = {QStringLiteral("files:read"), QStringLiteral("calendar:read")};
        QList<OAuthAppIssue> issues = issuesFor(app, QStringLiteral("scopes"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, 1);
        QVERIFY(issues.constFirst().message.contains(QLatin1String("calendar:read")));

        app.scopes = {QStringLiteral("files:read"), QStringLiteral("files:read")};
        QVERIFY(issuesFor(app, QStringLiteral("scopes")).isEmpty()); // the portal merges them
        issues = issuesFor(app, QStringLiteral("scopes"), OAuthAppIssue::Severity::Warning);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().index, 1);

        app.scopes = {QStringLiteral("rooms:write")};
        QVERIFY(issuesFor(app, QStringLiteral("scopes")).isEmpty());
        issues = issuesFor(app, QStringLiteral("scopes"), OAuthAppIssue::Severity::Warning);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.constFirst().message.contains(QLatin1String("rooms:read")));

        // Online the portal's own list decides which scopes exist.
        QString error;
        const ScopeModel portalScopes = ScopeModel::fromServerJson(
            QJsonDocument::fromJson(R"([{"name": "calendar:read", "group": "calendar", "type": "read"}])")
                .array(),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        app.scopes = {QStringLiteral("calendar:read")};
        QVERIFY(OAuthAppValidator(portalScopes).validateField(app, QStringLiteral("scopes")).isEmpty());
        QCOMPARE(OAuthAppValidator().validateField(app, QStringLiteral("scopes")).size(), 1);
    }

    void logo_data()
    {
        using PortalKeys::Testing::dataUri;
        QTest::addColumn<QString>("logo");
        QTest::addColumn<QString>("error"); // empty: no error
        QTest::addColumn<bool>("warning");  // not 32×32
        const QByteArray svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect/></svg>";
        QTest::newRow("PNG 32×32") << dataUri(QStringLiteral("image/png"), pngHeader(32, 32)) << QString()
                                   << false;
        QTest::newRow("JPEG as image/jpg")
            << dataUri(QStringLiteral("image/jpg"), jpegHeader(32, 32)) << QString() << false;
        QTest::newRow("SVG") << dataUri(QStringLiteral("image/svg+xml"), svg) << QString() << false;
        QTest::newRow("PNG 64×48") << dataUri(QStringLiteral("image/png"), pngHeader(64, 48)) << QString()
                                   << true;
        QTest::newRow("not a data URI") << QStringLiteral("https://crm.example.com/logo.png")
                                        << QStringLiteral("data:image/png;base64") << false;
        QTest::newRow("GIF media type")
            << dataUri(QStringLiteral("image/gif"), "GIF89a") << QStringLiteral("image/gif") << false;
        QTest::newRow("not base64") << QStringLiteral("data:image/svg+xml,<svg/>") << QStringLiteral("base64")
                                    << false;
        QTest::newRow("damaged base64")
            << QStringLiteral("data:image/png;base64,iVBO\nRw0K") << QStringLiteral("damaged") << false;
        QTest::newRow("type and data differ")
            << dataUri(QStringLiteral("image/png"), jpegHeader(32, 32)) << QStringLiteral("JPEG") << false;
        QTest::newRow("too large") << dataUri(QStringLiteral("image/png"),
                                              pngHeader(32, 32) + QByteArray(256000, 'x'))
                                   << QStringLiteral("256000") << false;
        QTest::newRow("SVG with a script")
            << dataUri(QStringLiteral("image/svg+xml"),
                       "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
            << QStringLiteral("script") << false;
    }
    void logo()
    {
        QFETCH(QString, logo);
        QFETCH(QString, error);
        QFETCH(bool, warning);
        OAuthApp app = validApp();
        app.logo = logo;
        const QList<OAuthAppIssue> errors = issuesFor(app, QStringLiteral("logo"));
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        } else {
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.constFirst().message.contains(error), qPrintable(errors.constFirst().message));
        }
        QCOMPARE(issuesFor(app, QStringLiteral("logo"), OAuthAppIssue::Severity::Warning).size(),
                 warning ? 1 : 0);
    }

    void jsonTypesAndUnknownFields()
    {
        QJsonObject body = validApp().toCreateJson();
        body.insert(QStringLiteral("name"), 42);
        body.insert(QStringLiteral("redirect_uris"), QStringLiteral("https://crm.example.com/cb"));
        body.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("files:read"), 7});
        body.insert(QStringLiteral("allow_pkce"), QStringLiteral("yes"));
        body.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        const QList<OAuthAppIssue> issues = OAuthAppValidator().validateJson(body);
        QMap<QString, int> errorsPerField;
        QStringList warned;
        for (const OAuthAppIssue &issue : issues) {
            if (issue.isError())
                ++errorsPerField[issue.field];
            else
                warned.append(issue.field);
        }
        // One message per field: the type, not "required" on top of it.
        QCOMPARE(errorsPerField.value(QStringLiteral("name")), 1);
        QCOMPARE(errorsPerField.value(QStringLiteral("redirect_uris")), 1);
        QCOMPARE(errorsPerField.value(QStringLiteral("scopes")), 1);
        QCOMPARE(errorsPerField.value(QStringLiteral("allow_pkce")), 1);
        QCOMPARE(errorsPerField.size(), 4);
        QCOMPARE(warned, QStringList{QStringLiteral("colour")});
    }

    void isPublicFalseIsOnlyAWarning()
    {
        QJsonObject body = validApp().toCreateJson();
        body.insert(QStringLiteral("is_public"), false);
        const QList<OAuthAppIssue> issues = OAuthAppValidator().validateJson(body);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().field, QStringLiteral("is_public"));
        QCOMPARE(issues.constFirst().severity, OAuthAppIssue::Severity::Warning);
        QVERIFY2(issues.constFirst().message.contains(QLatin1String("true")),
                 qPrintable(issues.constFirst().message));
        body.insert(QStringLiteral("is_public"), true);
        QVERIFY(OAuthAppValidator().validateJson(body).isEmpty());
        body.insert(QStringLiteral("is_public"), QStringLiteral("no"));
        QVERIFY(hasErrors(OAuthAppValidator().validateJson(body)));
    }

    void serverObjectIsReadAsADraft()
    {
        QJsonObject client = validApp().toCreateJson();
        client.remove(QStringLiteral("logout_redirect_uri"));
        client.remove(QStringLiteral("allow_pkce"));
        client.insert(QStringLiteral("logout_redirect_uris"),
                      QJsonArray{QStringLiteral("http://localhost/bye")});
        client.insert(QStringLiteral("client_id"), QStringLiteral("8b1e3a4c-5d6f-4a7b-9c8d-0e1f2a3b4c5d"));
        client.insert(QStringLiteral("enabled"), true);
        client.insert(QStringLiteral("tenant"), 1);
        client.insert(QStringLiteral("authentication_methods"), QJsonArray{QStringLiteral("none")});
        QList<OAuthAppIssue> issues = OAuthAppValidator().validateJson(client);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().field, QStringLiteral("logout_redirect_uri"));

        client.insert(QStringLiteral("logout_redirect_uris"),
                      QJsonArray{QStringLiteral("https://crm.example.com")});
        client.insert(QStringLiteral("client_secret"),
                      QStringLiteral("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"));
        issues = OAuthAppValidator().validateJson(client);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().severity, OAuthAppIssue::Severity::Warning);
        QCOMPARE(issues.constFirst().field, QStringLiteral("client_secret"));
        QVERIFY(!issues.constFirst().message.contains(QLatin1String("AbCdEf")));
    }

    void serverFieldErrorsUseTheSameNames()
    {
        const QList<PortalKeys::Portal::FieldError> errors{
            {QStringLiteral("website_url"), QStringLiteral("ErrorWrongURL"),
             QStringLiteral("website_url is not a valid URL")},
            {QStringLiteral("scopes"), QStringLiteral("ErrorInvalidScope"), {}}};
        const QList<OAuthAppIssue> issues = OAuthAppIssue::fromServerErrors(errors);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).field, QStringLiteral("website_url"));
        QCOMPARE(issues.at(0).message, QStringLiteral("website_url is not a valid URL"));
        QVERIFY(issues.at(1).message.contains(QLatin1String("ErrorInvalidScope")));
        QVERIFY(hasErrors(issues));
        // The same key as the local check of that field.
        OAuthApp app = validApp();
        app.websiteUrl = QStringLiteral("https://intranet");
        QCOMPARE(issuesFor(app, QStringLiteral("website_url")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOAuthAppValidator)
#include "tst_oauthappvalidator.moc"
