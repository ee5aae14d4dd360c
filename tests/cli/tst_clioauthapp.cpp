// Drives the offline OAuth app commands as a script would: "oauth-app validate", "oauth-app icon" and "pkce".
#include "ExitCode.h"
#include "support/CliRunner.h"

#include "IconScaler.h"
#include "oauth/AppIcon.h"
#include "oauth/OAuthApp.h"
#include "oauth/Pkce.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using PortalKeys::ExitCode;
using PortalKeys::OAuth::AppIcon;
using PortalKeys::OAuth::OAuthApp;
using Run = PortalKeys::Testing::CliRun;

namespace {

const QByteArray rfcVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const QString rfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

Run runCli(const QStringList &arguments, const QByteArray &stdinData = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PKCE_VERIFIER"), QString::fromLatin1(rfcVerifier));
    environment.insert(QStringLiteral("SHORT_VERIFIER"), QStringLiteral("too-short"));
    return PortalKeys::Testing::runCli(arguments, environment, stdinData);
}

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

OAuthApp validApp()
{
    OAuthApp app;
    app.name = QStringLiteral("CRM sync");
    app.websiteUrl = QStringLiteral("https://crm.example.com");
    app.logo = AppIcon::fromBytes(png(32, 32)).dataUri();
    app.redirectUris = {QStringLiteral("https://crm.example.com/oauth")};
    app.allowedOrigins = {QStringLiteral("https://crm.example.com")};
    app.scopes = {QStringLiteral("files:read")};
    app.policyUrl = QStringLiteral("https://crm.example.com/privacy");
    app.termsUrl = QStringLiteral("https://crm.example.com/terms");
    return app;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliOAuthApp : public QObject {
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &content);
    QString writeDraft(const QString &name, const QJsonObject &body);
    QTemporaryDir m_dir;

private slots:
    void helpListsTheSubcommands();
    void validDraftExitsZero();
    void invalidDraftListsEveryErrorAndExitsTwo();
    void warningsGoToStandardErrorToo();
    void whatThePortalTakesIsNoError();
    void validateJsonReport();
    void unreadableDraftExitsTwo();
    void iconPrintsTheDataUri();
    void iconOfAnotherSizeNeedsScale();
    void iconOfAnyFileSizeIsScaled();
    void iconRefusals();
    void pkceWithTheRfcVerifier();
    void pkceFreshPair();
    void pkceVerifierIsNeverAPlainArgument();
};

QString TestCliOAuthApp::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QString TestCliOAuthApp::writeDraft(const QString &name, const QJsonObject &body)
{
    return write(name, QJsonDocument(body).toJson());
}

void TestCliOAuthApp::helpListsTheSubcommands()
{
    Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.contains(QLatin1String("validate")));
    QVERIFY(run.out.contains(QLatin1String("icon")));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("unknown subcommand")));
    run = runCli({QStringLiteral("--help")});
    QVERIFY(run.out.contains(QLatin1String("oauth-app")));
    QVERIFY(run.out.contains(QLatin1String("pkce")));
}

void TestCliOAuthApp::validDraftExitsZero()
{
    const QString path = writeDraft(QStringLiteral("valid.json"), validApp().toCreateJson());
    const Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.startsWith(QLatin1String("Valid")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    // From standard input too.
    const Run piped = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"), QStringLiteral("-")},
                             QJsonDocument(validApp().toCreateJson()).toJson());
    QCOMPARE(piped.exitCode, code(ExitCode::Success));
}

void TestCliOAuthApp::invalidDraftListsEveryErrorAndExitsTwo()
{
    OAuthApp app = validApp();
    app.name = QStringLiteral("ab");
    app.websiteUrl = QStringLiteral("http://localhost:8080");
    app.redirectUris = {QStringLiteral("https://crm.example.com/cb?x=1"),
                        QStringLiteral("ftp://crm.example.com")};
    app.scopes.clear();
    const QString path = writeDraft(QStringLiteral("invalid.json"), app.toCreateJson());
    const Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.out.isEmpty());
    const QStringList errLines = lines(run.err);
    const auto hasLine = [&errLines](const QString &prefix, const QString &part) {
        for (const QString &line : errLines) {
            if (line.startsWith(prefix) && line.contains(part))
                return true;
        }
        return false;
    };
    QVERIFY2(hasLine(QStringLiteral("name: "), QStringLiteral("3")), qPrintable(run.err));
    QVERIFY2(hasLine(QStringLiteral("website_url: "), QStringLiteral("http://127.0.0.1:8080")),
             qPrintable(run.err));
    QVERIFY2(hasLine(QStringLiteral("redirect_uris[0]: "), QStringLiteral("https://crm.example.com/cb")),
             qPrintable(run.err));
    QVERIFY2(hasLine(QStringLiteral("redirect_uris[1]: "), QStringLiteral("https")), qPrintable(run.err));
    QVERIFY2(hasLine(QStringLiteral("scopes: "), QStringLiteral("scope")), qPrintable(run.err));
    // The logout URL defaults to the website URL, so the draft carries localhost there too.
    QVERIFY2(hasLine(QStringLiteral("logout_redirect_uri: "), QStringLiteral("127.0.0.1")),
             qPrintable(run.err));
    QVERIFY2(hasLine(QStringLiteral("portalkeys-cli: "), QStringLiteral("6 error")), qPrintable(run.err));
    QCOMPARE(errLines.size(), 7);
}

void TestCliOAuthApp::warningsGoToStandardErrorToo()
{
    OAuthApp app = validApp();
    app.redirectUris = {QStringLiteral("http://crm.example.com/cb")};
    const Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                            writeDraft(QStringLiteral("warning.json"), app.toCreateJson())});
    QCOMPARE(run.exitCode, code(ExitCode::Success)); // warnings do not make a draft invalid
    QVERIFY(run.out.startsWith(QLatin1String("Valid")));
    QVERIFY2(run.err.startsWith(QLatin1String("redirect_uris[0]: warning: ")), qPrintable(run.err));
}

void TestCliOAuthApp::whatThePortalTakesIsNoError()
{
    // A Claude connector's redirect, a duplicate the portal merges, an origin with a path and an older
    // draft's is_public false: the portal takes them all, so they are warnings and the draft is valid.
    QJsonObject body = validApp().toCreateJson();
    body.insert(QStringLiteral("redirect_uris"),
                QJsonArray{QStringLiteral("https://crm.example.com/oauth"),
                           QStringLiteral("claude://claude.ai/api/mcp/auth_callback"),
                           QStringLiteral("https://crm.example.com/oauth")});
    body.insert(QStringLiteral("allowed_origins"), QJsonArray{QStringLiteral("https://crm.example.com/app")});
    body.insert(QStringLiteral("is_public"), false);
    const Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                            writeDraft(QStringLiteral("lenient.json"), body)});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.startsWith(QLatin1String("Valid")));
    const QStringList errLines = lines(run.err);
    QCOMPARE(errLines.size(), 3);
    QVERIFY2(errLines.at(0).startsWith(QLatin1String("is_public: warning: ")), qPrintable(run.err));
    QVERIFY2(errLines.at(1).startsWith(QLatin1String("redirect_uris[2]: warning: ")) &&
                 errLines.at(1).contains(QLatin1String("keeps it once")),
             qPrintable(run.err));
    QVERIFY2(errLines.at(2).startsWith(QLatin1String("allowed_origins[0]: warning: ")) &&
                 errLines.at(2).contains(QLatin1String("https://crm.example.com.")),
             qPrintable(run.err));
}

void TestCliOAuthApp::validateJsonReport()
{
    OAuthApp app = validApp();
    app.allowedOrigins = {QStringLiteral("https://crm.example.com?app=1")};
    app.redirectUris.append(QStringLiteral("http://crm.example.com/cb"));
    const Run run =
        runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                writeDraft(QStringLiteral("report.json"), app.toCreateJson()), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("valid")).toBool(true), false);
    const QJsonArray errors = report.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0)[QLatin1String("field")].toString(), QStringLiteral("allowed_origins"));
    QCOMPARE(errors.at(0)[QLatin1String("index")].toInt(), 0);
    QVERIFY(errors.at(0)[QLatin1String("message")].toString().contains(
        QLatin1String("https://crm.example.com.")));
    const QJsonArray warnings = report.value(QLatin1String("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0)[QLatin1String("field")].toString(), QStringLiteral("redirect_uris"));
    QCOMPARE(warnings.at(0)[QLatin1String("index")].toInt(), 1);
}

void TestCliOAuthApp::unreadableDraftExitsTwo()
{
    Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                      m_dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("missing.json")));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                  write(QStringLiteral("broken.json"), "{\"name\": ")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("not valid JSON")));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                  write(QStringLiteral("array.json"), "[1]")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("JSON object")));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate"),
                  write(QStringLiteral("twice.json"), R"({"name": "CRM sync", "name": "Other"})")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("name")));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("validate")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("FILE.json")));
}

void TestCliOAuthApp::iconPrintsTheDataUri()
{
    const QByteArray bytes = png(32, 32);
    Run run = runCli(
        {QStringLiteral("oauth-app"), QStringLiteral("icon"), write(QStringLiteral("icon32.png"), bytes)});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QCOMPARE(run.out.trimmed(), AppIcon::fromBytes(bytes).dataUri());
    QVERIFY(run.out.startsWith(QLatin1String("data:image/png;base64,")));

    // The format comes from the bytes, not from the name.
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"/>";
    run =
        runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"), write(QStringLiteral("logo.png"), svg)});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.startsWith(QLatin1String("data:image/svg+xml;base64,")));
    QCOMPARE(AppIcon::fromDataUri(run.out.trimmed()).bytes(), svg);

    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"), QStringLiteral("-")}, bytes);
    QCOMPARE(run.exitCode, code(ExitCode::Success));
}

void TestCliOAuthApp::iconOfAnotherSizeNeedsScale()
{
    const QString path = write(QStringLiteral("icon64x48.png"), png(64, 48));
    Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"), path});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("64×48")) && run.err.contains(QLatin1String("--scale")),
             qPrintable(run.err));

    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"), path, QStringLiteral("--scale")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const AppIcon icon = AppIcon::fromDataUri(run.out.trimmed());
    QVERIFY2(icon.isValid(), qPrintable(icon.error()));
    QCOMPARE(icon.format(), AppIcon::Format::Png);
    QCOMPARE(icon.size(), QSize(32, 32));
}

void TestCliOAuthApp::iconOfAnyFileSizeIsScaled()
{
    // Far over the portal's 256000 bytes, but only the icon made of it must fit.
    QImage noise(600, 400, QImage::Format_RGB32);
    quint32 state = 7;
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x) {
            state = state * 1664525u + 1013904223u;
            noise.setPixel(x, y, state | 0xff000000u);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    noise.save(&buffer, "PNG");
    QVERIFY(bytes.size() > AppIcon::maxBytes);
    const QString path = write(QStringLiteral("photo.png"), bytes);
    Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"), path});
    QCOMPARE(run.exitCode, code(ExitCode::Usage)); // asked to scale, as for any other size
    QVERIFY2(run.err.contains(QStringLiteral("600×400")) && run.err.contains(QLatin1String("--scale")),
             qPrintable(run.err));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"), path, QStringLiteral("--scale")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const AppIcon icon = AppIcon::fromDataUri(run.out.trimmed());
    QVERIFY2(icon.isValid(), qPrintable(icon.error()));
    QCOMPARE(icon.size(), QSize(32, 32));

    // 32×32 with a quarter megabyte too many: stored again as PNG, no --scale needed.
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"),
                  write(QStringLiteral("padded.png"), png(32, 32) + QByteArray(300000, '\0'))});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(AppIcon::fromDataUri(run.out.trimmed()).bytes().size() < 4096);
}

void TestCliOAuthApp::iconRefusals()
{
    Run run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"),
                      write(QStringLiteral("script.svg"),
                            "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY2(run.err.startsWith(QLatin1String("portalkeys-cli: ")) &&
                 run.err.contains(QLatin1String("script")),
             qPrintable(run.err));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"),
                  write(QStringLiteral("anim.gif"), "GIF89a....")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("GIF")));
    // SVG is sent as it is, so it must fit the portal's 256000 bytes itself.
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"),
                  write(QStringLiteral("big.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><!--" +
                                                       QByteArray(300000, 'x') + "--></svg>"),
                  QStringLiteral("--scale")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY2(run.err.contains(QLatin1String("256000")), qPrintable(run.err));
    run = runCli({QStringLiteral("oauth-app"), QStringLiteral("icon"),
                  write(QStringLiteral("broken.png"), png(64, 48).left(33) + QByteArray(100, 'z')),
                  QStringLiteral("--scale")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
}

void TestCliOAuthApp::pkceWithTheRfcVerifier()
{
    // RFC 7636 Appendix B.
    Run run =
        runCli({QStringLiteral("pkce"), QStringLiteral("--verifier-env"), QStringLiteral("PKCE_VERIFIER")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QCOMPARE(run.out.trimmed(), rfcChallenge);

    run = runCli({QStringLiteral("pkce"), QStringLiteral("--verifier-file"),
                  write(QStringLiteral("verifier.txt"), rfcVerifier + '\n'), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("code_challenge")).toString(), rfcChallenge);
    QCOMPARE(report.value(QLatin1String("code_challenge_method")).toString(), QStringLiteral("S256"));
    QVERIFY(!run.out.contains(QString::fromLatin1(rfcVerifier))); // a given verifier is not repeated

    run =
        runCli({QStringLiteral("pkce"), QStringLiteral("--verifier-file"), QStringLiteral("-")}, rfcVerifier);
    QCOMPARE(run.out.trimmed(), rfcChallenge);

    run =
        runCli({QStringLiteral("pkce"), QStringLiteral("--verifier-env"), QStringLiteral("SHORT_VERIFIER")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("RFC 7636")));
    QVERIFY(!run.err.contains(QLatin1String("too-short")));
}

void TestCliOAuthApp::pkceFreshPair()
{
    Run run = runCli({QStringLiteral("pkce"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const QJsonObject pair = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QByteArray verifier = pair.value(QLatin1String("code_verifier")).toString().toLatin1();
    QCOMPARE(verifier.size(), 43);
    QCOMPARE(pair.value(QLatin1String("code_challenge")).toString().toLatin1(),
             PortalKeys::OAuth::Pkce::challengeFor(verifier));

    run = runCli({QStringLiteral("pkce")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const QStringList outLines = lines(run.out);
    QCOMPARE(outLines.size(), 3);
    QVERIFY(outLines.at(0).startsWith(QLatin1String("code_verifier: ")));
    QVERIFY(outLines.at(1).startsWith(QLatin1String("code_challenge: ")));
    QCOMPARE(outLines.at(2), QStringLiteral("code_challenge_method: S256"));
    QVERIFY(!outLines.at(0).endsWith(QString::fromLatin1(verifier))); // fresh every time
}

void TestCliOAuthApp::pkceVerifierIsNeverAPlainArgument()
{
    Run run = runCli({QStringLiteral("pkce"), QString::fromLatin1(rfcVerifier)});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("--verifier-env")));
    QVERIFY(!run.err.contains(QString::fromLatin1(rfcVerifier)));
    QVERIFY(run.out.isEmpty());
    run = runCli({QStringLiteral("pkce"), QStringLiteral("--verifier"), QString::fromLatin1(rfcVerifier)});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    run = runCli({QStringLiteral("pkce"), QStringLiteral("--verifier-env"), QStringLiteral("PKCE_VERIFIER"),
                  QStringLiteral("--verifier-file"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QLatin1String("not both")));
}

QTEST_GUILESS_MAIN(TestCliOAuthApp)
#include "tst_clioauthapp.moc"
