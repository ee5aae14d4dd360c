// Key checks before saving: each format rule with good and bad values, the generic rules (spaces, line
// breaks, lengths), all-or-nothing filling, the external database's mysql/sqlite fields, errors versus
// warnings, and that no message ever quotes a secret.
#include "catalog/KeyValidator.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/ServiceValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace PortalKeys::Catalog;
using Severity = Issue::Severity;
using Values = QMap<QString, QString>;

Q_DECLARE_METATYPE(PortalKeys::Catalog::Product)

namespace {

const ServiceDefinition &service(Product product, const char *name)
{
    const ServiceDefinition *found = ServiceCatalog::builtIn().find(product, QLatin1String(name));
    Q_ASSERT(found);
    return *found;
}

const KeyDefinition &keyOf(Product product, const char *serviceName, const char *keyName)
{
    const KeyDefinition *found = service(product, serviceName).key(QLatin1String(keyName));
    Q_ASSERT(found);
    return *found;
}

QString codes(const QList<Issue> &issues)
{
    QStringList result;
    for (const Issue &issue : issues)
        result << Issue::severityName(issue.severity) + QLatin1Char(':') + issue.code;
    return result.join(QLatin1Char(' '));
}

QString messages(const QList<Issue> &issues)
{
    QStringList result;
    for (const Issue &issue : issues)
        result << issue.message;
    return result.join(QLatin1Char('\n'));
}

// PEM text of a freshly generated key, written in the given way.
enum class PemStyle { Pkcs8, Traditional, Encrypted };

QString pemOf(EVP_PKEY *key, PemStyle style)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    char password[] = "correct horse";
    switch (style) {
    case PemStyle::Pkcs8:
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
        break;
    case PemStyle::Traditional:
        PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
        break;
    case PemStyle::Encrypted:
        PEM_write_bio_PKCS8PrivateKey(bio.get(), key, EVP_aes_256_cbc(), nullptr, 0, nullptr, password);
        break;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromLatin1(data, size);
}

QString p256Pem(PemStyle style = PemStyle::Pkcs8)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    return pemOf(key.get(), style);
}

QString rsaPem()
{
    static const QString pem = [] {
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_RSA_gen(2048), EVP_PKEY_free);
        return pemOf(key.get(), PemStyle::Pkcs8);
    }();
    return pem;
}

QJsonObject serviceAccount()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("service_account")},
        {QStringLiteral("project_id"), QStringLiteral("portalkeys-demo-project")},
        {QStringLiteral("private_key_id"), QStringLiteral("0123456789abcdef0123456789abcdef01234567")},
        {QStringLiteral("private_key"), rsaPem()},
        {QStringLiteral("client_email"),
         QStringLiteral("backup@portalkeys-demo-project.iam.gserviceaccount.com")},
        {QStringLiteral("client_id"), QStringLiteral("109876543210987654321")},
        {QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth")},
        {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")},
    };
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

const QString twilioSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString guid = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

Values mysqlValues()
{
    return {{QStringLiteral("databaseType"), QStringLiteral("mysql")},
            {QStringLiteral("dbHost"), QStringLiteral("db.example.com")},
            {QStringLiteral("dbPort"), QStringLiteral("3306")},
            {QStringLiteral("dbName"), QStringLiteral("portal_data")},
            {QStringLiteral("dbUser"), QStringLiteral("portal")},
            {QStringLiteral("dbPassword"), QStringLiteral("s3cr3t-Passw0rd")}};
}

} // namespace

class TestKeyValidator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(ServiceCatalog::builtIn().isValid(),
                 qPrintable(ServiceCatalog::builtIn().errors().join(QLatin1Char('\n'))));
    }

    // ----------------------------------------------------------------------------------------------------
    // One key at a time. `expected` lists "severity:code" of every issue, in order; empty means clean.
    void formatRules_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("serviceName");
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("messageMentions");

        const auto row = [](const char *tag, Product product, const char *serviceName, const char *keyName,
                            const QString &value, const char *expected, const char *mentions = "") {
            QTest::newRow(tag) << product << QString::fromLatin1(serviceName) << QString::fromLatin1(keyName)
                               << value << QString::fromLatin1(expected) << QString::fromUtf8(mentions);
        };
        const Product D = Product::DocSpace;
        const Product W = Product::Workspace;

        row("twilio sid good", D, "twilio", "twilioAccountSid", twilioSid, "");
        row("twilio sid upper hex", D, "twilio", "twilioAccountSid",
            QStringLiteral("AC0123456789ABCDEF0123456789ABCDEF"), "");
        row("twilio sid short", D, "twilio", "twilioAccountSid", twilioSid.chopped(1), "error:format",
            "34 characters");
        row("twilio sid not hex", D, "twilio", "twilioAccountSid",
            QStringLiteral("AC0123456789abcdef0123456789abcdeg"), "error:format", "hexadecimal");
        row("twilio api key sid", W, "twilio", "twilioAccountSid",
            QStringLiteral("SK0123456789abcdef0123456789abcdef"), "error:format", "API key SID");

        row("guid good", D, "microsoft", "microsoftClientId", guid, "");
        row("guid upper", W, "docusign", "docuSignClientId", guid.toUpper(), "");
        row("guid in braces", D, "skydrive", "skydriveappkey", QLatin1Char('{') + guid + QLatin1Char('}'),
            "error:format", "remove the braces");
        row("guid without dashes", D, "microsoft", "microsoftClientId",
            QString(guid).remove(QLatin1Char('-')), "error:format", "five groups");
        row("guid is a secret", D, "microsoft", "microsoftClientId",
            QStringLiteral("Abc8Q~xYz.1234567890abcdefghijKLMNOP"), "error:format");

        row("aws long-term", D, "s3", "acesskey", QStringLiteral("AKIAIOSFODNN7EXAMPLE"), "");
        row("aws temporary", D, "s3", "acesskey", QStringLiteral("ASIAIOSFODNN7EXAMPLE"),
            "info:aws-temporary-key", "temporary");
        row("s3-compatible", W, "s3", "acesskey", QStringLiteral("minioadmin_backup01"),
            "info:aws-not-iam-key", "S3-compatible");
        row("aws too short", D, "s3", "acesskey", QStringLiteral("AKIA12345678901"), "error:format",
            "16 to 128");
        row("aws with slash", D, "s3", "acesskey", QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            "error:format", "not the secret access key");

        row("apple team id", D, "appleid", "appleIdTeamId", QStringLiteral("A1B2C3D4E5"), "");
        row("apple key id short", W, "appleid", "appleIdKeyId", QStringLiteral("A1B2C3D4E"), "error:format",
            "exactly 10 characters");
        row("apple key id lower", D, "appleid", "appleIdKeyId", QStringLiteral("a1b2c3d4e5"), "error:format",
            "capital letters");

        row("telegram token", D, "telegram", "telegramBotToken",
            QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw-_"), "");
        row("telegram no colon", W, "telegram", "telegramBotToken",
            QStringLiteral("123456789AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"), "error:format", "BotFather");
        row("telegram no digits", D, "telegram", "telegramBotToken",
            QStringLiteral("mybot:AAHdqTcvCH1vGWJxfSeofSAs0K5"), "error:format");

        row("google client id", D, "google", "googleClientId",
            QStringLiteral("123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com"), "");
        row("google client id odd", W, "google", "googleClientId",
            QStringLiteral("123456789012-abcdefghijkl"), "warning:google-client-id",
            ".apps.googleusercontent.com");

        row("docusign sandbox", W, "docusign", "docuSignHost", QStringLiteral("account-d.docusign.com"), "");
        row("docusign production", W, "docusign", "docuSignHost", QStringLiteral("account.docusign.com"), "");
        row("docusign with scheme", W, "docusign", "docuSignHost",
            QStringLiteral("https://account-d.docusign.com/"), "error:docusign-host",
            "enter account-d.docusign.com, without https://");
        row("docusign with path", W, "docusign", "docuSignHost",
            QStringLiteral("account.docusign.com/oauth/auth"), "error:docusign-host",
            "enter account.docusign.com");
        row("docusign other host", W, "docusign", "docuSignHost", QStringLiteral("demo.docusign.net"),
            "warning:docusign-host", "account-d.docusign.com");
        row("docusign not a host", W, "docusign", "docuSignHost", QStringLiteral("account_d docusign"),
            "error:docusign-host");

        row("nextcloud https", D, "nextcloud", "nextcloudBaseUrl",
            QStringLiteral("https://cloud.example.com"), "");
        row("nextcloud sub path", D, "nextcloud", "nextcloudBaseUrl",
            QStringLiteral("https://example.com/nextcloud/"), "");
        row("nextcloud http", D, "nextcloud", "nextcloudBaseUrl", QStringLiteral("http://cloud.lan:8080"),
            "warning:url-not-https", "https://");
        row("nextcloud bare host", D, "nextcloud", "nextcloudBaseUrl", QStringLiteral("cloud.example.com"),
            "error:format", "https://cloud.example.com");
        row("nextcloud ftp", D, "nextcloud", "nextcloudBaseUrl", QStringLiteral("ftp://cloud.example.com"),
            "error:format");

        row("port", D, "externaldb", "dbPort", QStringLiteral("3306"), "");
        row("port zero", D, "externaldb", "dbPort", QStringLiteral("0"), "error:format", "1 to 65535");
        row("port too big", D, "externaldb", "dbPort", QStringLiteral("65536"), "error:format");
        row("port letters", D, "externaldb", "dbPort", QStringLiteral("33o6"), "error:format");
        row("port sign", D, "externaldb", "dbPort", QStringLiteral("+3306"), "error:format");
        row("database type", D, "externaldb", "databaseType", QStringLiteral("sqlite"), "");
        row("database type unknown", D, "externaldb", "databaseType", QStringLiteral("postgres"),
            "error:not-an-option", "mysql, sqlite");
        // The SQLite file is named inside the portal's own storage folder; a path out of it is refused.
        row("sqlite file name", D, "externaldb", "sqliteFilePath", QStringLiteral("forms.db"), "");
        row("sqlite name without extension", D, "externaldb", "sqliteFilePath", QStringLiteral("forms"), "");
        row("sqlite name with two dots", D, "externaldb", "sqliteFilePath", QStringLiteral("forms..2024.db"),
            "");
        row("sqlite name with spaces", D, "externaldb", "sqliteFilePath", QStringLiteral("form results.db"),
            "");
        row("sqlite absolute path", D, "externaldb", "sqliteFilePath",
            QStringLiteral("/var/lib/portal/data.db"), "error:sqlite-outside-folder", "storage folder");
        row("sqlite parent folder", D, "externaldb", "sqliteFilePath", QStringLiteral("../other/data.db"),
            "error:sqlite-outside-folder", "such as forms.db");
        row("sqlite parent hidden inside", D, "externaldb", "sqliteFilePath",
            QStringLiteral("forms/../../data.db"), "error:sqlite-outside-folder");
        row("sqlite windows parent", D, "externaldb", "sqliteFilePath", QStringLiteral("..\\data.db"),
            "error:sqlite-outside-folder");
        row("sqlite windows absolute", D, "externaldb", "sqliteFilePath",
            QStringLiteral("\\\\server\\share\\data.db"), "error:sqlite-outside-folder");
        row("sqlite drive letter", D, "externaldb", "sqliteFilePath", QStringLiteral("C:\\data\\forms.db"),
            "error:sqlite-outside-folder");
        row("sqlite drive relative", D, "externaldb", "sqliteFilePath", QStringLiteral("D:forms.db"),
            "error:sqlite-outside-folder");
        row("sqlite only dots", D, "externaldb", "sqliteFilePath", QStringLiteral(".."),
            "error:sqlite-outside-folder");
        row("sqlite sub folder", D, "externaldb", "sqliteFilePath", QStringLiteral("forms/data.db"),
            "error:sqlite-subfolder", "without / or \\");
        row("sqlite backslash", D, "externaldb", "sqliteFilePath", QStringLiteral("forms\\data.db"),
            "error:sqlite-subfolder");
        row("sqlite the folder itself", D, "externaldb", "sqliteFilePath", QStringLiteral("."),
            "error:sqlite-not-a-file", "not a file");
        row("ssl on", D, "externaldb", "dbSsl", QStringLiteral("true"), "");
        row("ssl yes", D, "externaldb", "dbSsl", QStringLiteral("yes"), "error:not-a-toggle",
            "true or false");

        row("smsc password", W, "smsc", "smscpsw", QStringLiteral("ordinary password"), "");
        row("smsc md5 lower", W, "smsc", "smscpsw", QStringLiteral("5f4dcc3b5aa765d61d8327deb882cf99"), "");
        row("smsc md5 upper", W, "smsc", "smscpsw", QStringLiteral("5F4DCC3B5AA765D61D8327DEB882CF99"),
            "warning:smsc-md5-case", "lower case");

        // Generic rules
        row("leading space", D, "box", "boxClientId", QStringLiteral(" abc123"), "error:surrounding-space",
            "remove the spaces");
        row("trailing newline", W, "box", "boxClientSecret", QStringLiteral("abc123\n"),
            "error:surrounding-space", "remove the spaces");
        row("inner line break", D, "box", "boxClientId", QStringLiteral("abc\n123"), "error:line-break",
            "single line");
        row("only spaces", D, "box", "boxClientId", QStringLiteral("   "), "error:blank");
        row("space and format", D, "twilio", "twilioAccountSid", twilioSid + QLatin1Char(' '),
            "error:surrounding-space");
        row("docspace page limit", D, "box", "boxClientId", QString(256, QLatin1Char('a')),
            "warning:too-long-for-page", "255");
        row("docspace at the limit", D, "box", "boxClientId", QString(255, QLatin1Char('a')), "");
        row("workspace no page limit", W, "box", "boxClientId", QString(256, QLatin1Char('a')), "");
        row("server limit", W, "box", "boxClientId", QString(4001, QLatin1Char('a')), "error:too-long",
            "4000");
        row("empty passes", D, "twilio", "twilioAccountSid", QString(), "");
    }
    void formatRules()
    {
        QFETCH(Product, product);
        QFETCH(QString, serviceName);
        QFETCH(QString, keyName);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(QString, messageMentions);
        const KeyDefinition &key = keyOf(product, qPrintable(serviceName), qPrintable(keyName));
        const QList<Issue> issues = KeyValidator::validate(key, value, product);
        QCOMPARE(codes(issues), expected);
        QVERIFY2(messages(issues).contains(messageMentions), qPrintable(messages(issues)));
        for (const Issue &issue : issues) {
            QCOMPARE(issue.key, keyName);
            // One sentence that names the field.
            QVERIFY2(issue.message.contains(key.label), qPrintable(issue.message));
            QVERIFY(issue.message.endsWith(QLatin1Char('.')));
            QVERIFY(!issue.message.contains(QLatin1Char('\n')));
            QCOMPARE(issue.blocksSaving(), issue.severity == Severity::Error);
        }
    }

    // ----------------------------------------------------------------------------------------------------
    void applePrivateKey_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("messageMentions");
        const QString good = p256Pem();
        QVERIFY(good.size() <= KeyValidator::FormMaxLength);
        QTest::newRow("p8 file") << good << ""
                                 << "";
        QTest::newRow("p8 file, CRLF and indentation")
            << QStringLiteral("  ") + QString(good).replace(QLatin1Char('\n'), QStringLiteral("\r\n")) << ""
            << "";
        QTest::newRow("line breaks lost")
            << QString(good).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "warning:pem-line-breaks"
            << "line breaks";
        QTest::newRow("rsa key") << rsaPem() << "warning:pem-key-type"
                                 << "P-256";
        QTest::newRow("sec1 block") << p256Pem(PemStyle::Traditional) << "error:format"
                                    << "EC PRIVATE KEY";
        QTest::newRow("encrypted") << p256Pem(PemStyle::Encrypted) << "error:format"
                                   << "password";
        QTest::newRow("end line cut") << good.left(good.indexOf(QLatin1String("-----END"))) << "error:format"
                                      << "-----END PRIVATE KEY-----";
        QString damaged = good;
        damaged[40] = QLatin1Char('*');
        QTest::newRow("damaged") << damaged << "error:format"
                                 << "readable";
        QString shortened = good;
        shortened.remove(40, 12);
        QTest::newRow("part lost") << shortened << "error:format"
                                   << "readable";
        QTest::newRow("only the base64") << good.section(QLatin1Char('\n'), 1, 3) << "error:format"
                                         << "-----BEGIN PRIVATE KEY-----";
        QTest::newRow("a certificate")
            << QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
            << "error:format"
            << "CERTIFICATE";
    }
    void applePrivateKey()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(QString, messageMentions);
        for (const Product product : allProducts()) {
            const KeyDefinition &key = keyOf(product, "appleid", "appleIdPrivateKey");
            QList<Issue> issues = KeyValidator::validate(key, value, product);
            // An RSA or encrypted key is longer than DocSpace's page takes; that warning is tested elsewhere.
            // Apple's own P-256 .p8 file fits.
            issues.removeIf([&](const Issue &issue) {
                return issue.code == QLatin1String("too-long-for-page") &&
                       value.size() > KeyValidator::FormMaxLength;
            });
            QCOMPARE(codes(issues), expected);
            QVERIFY2(messages(issues).contains(messageMentions), qPrintable(messages(issues)));
            // Not a line of the key may show up in a message.
            for (const QString &line : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.trimmed().startsWith(QLatin1String("-----")) && line.trimmed().size() > 8)
                    QVERIFY(!messages(issues).contains(line.trimmed()));
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------
    void serviceAccountJson_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("messageMentions");
        QTest::newRow("key file") << json(serviceAccount()) << ""
                                  << "";
        QTest::newRow("compact key file")
            << QString::fromUtf8(QJsonDocument(serviceAccount()).toJson(QJsonDocument::Compact)) << ""
            << "";
        QJsonObject noEmail = serviceAccount();
        noEmail.remove(QStringLiteral("client_email"));
        noEmail.remove(QStringLiteral("token_uri"));
        QTest::newRow("members missing") << json(noEmail) << "error:format"
                                         << "client_email, token_uri";
        QJsonObject user = serviceAccount();
        user.insert(QStringLiteral("type"), QStringLiteral("authorized_user"));
        QTest::newRow("user credentials") << json(user) << "error:format"
                                          << "user's credentials";
        QJsonObject other = serviceAccount();
        other.insert(QStringLiteral("type"), QStringLiteral("external_account"));
        QTest::newRow("other type") << json(other) << "error:format"
                                    << "service_account";
        QJsonObject badKey = serviceAccount();
        badKey.insert(QStringLiteral("private_key"),
                      QString(rsaPem().left(200) + QStringLiteral("\n-----END PRIVATE KEY-----\n")));
        QTest::newRow("private key damaged") << json(badKey) << "error:format"
                                             << "private_key";
        QTest::newRow("cut off") << json(serviceAccount()).left(300) << "error:format"
                                 << "complete JSON";
        QTest::newRow("an array") << QStringLiteral("[1, 2]") << "error:format"
                                  << "complete JSON";
    }
    void serviceAccountJson()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(QString, messageMentions);
        for (const Product product : allProducts()) {
            const KeyDefinition &key = keyOf(product, "googlecloud", "json");
            const QList<Issue> issues = KeyValidator::validate(key, value, product);
            QCOMPARE(codes(issues), expected);
            QVERIFY2(messages(issues).contains(messageMentions), qPrintable(messages(issues)));
            // The file is a secret as a whole: nothing from it, not even the project, appears in a message.
            QVERIFY(!messages(issues).contains(QLatin1String("portalkeys-demo-project")));
            QVERIFY(!messages(issues).contains(QLatin1String("0123456789abcdef0123")));
        }
    }

    void jsonHasNoPageLimit()
    {
        // The portal's page lets "json" be as long as it needs; only the server's limit applies.
        const QString file = json(serviceAccount());
        QVERIFY(file.size() > KeyValidator::FormMaxLength);
        QVERIFY(
            KeyValidator::validate(keyOf(Product::DocSpace, "googlecloud", "json"), file, Product::DocSpace)
                .isEmpty());
        QString huge = file;
        huge.insert(1, QStringLiteral("\"padding\": \"%1\",").arg(QString(4000, QLatin1Char('x'))));
        QCOMPARE(codes(KeyValidator::validate(keyOf(Product::DocSpace, "googlecloud", "json"), huge,
                                              Product::DocSpace)),
                 QStringLiteral("error:too-long"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Every secret of the catalog, fed every kind of bad value: no message may quote it.
    void secretsAreNeverQuoted_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("serviceName");
        QTest::addColumn<QString>("keyName");
        for (const Product product : allProducts()) {
            for (const ServiceDefinition &candidate : ServiceCatalog::builtIn().services(product)) {
                QList<KeyDefinition> keys = candidate.keys;
                for (const KeyGeneration &generation : candidate.olderKeySets)
                    keys += generation.keys;
                for (const KeyDefinition &key : keys) {
                    if (key.masked)
                        QTest::addRow("%s/%s/%s", qPrintable(productName(product)),
                                      qPrintable(candidate.name), qPrintable(key.name))
                            << product << candidate.name << key.name;
                }
            }
        }
    }
    void secretsAreNeverQuoted()
    {
        QFETCH(Product, product);
        QFETCH(QString, serviceName);
        QFETCH(QString, keyName);
        const ServiceDefinition &owner = service(product, qPrintable(serviceName));
        const KeyDefinition *key = owner.key(keyName);
        for (const KeyGeneration &generation : owner.olderKeySets) {
            for (const KeyDefinition &older : generation.keys) {
                if (!key && older.name == keyName)
                    key = &older;
            }
        }
        QVERIFY(key);
        const QString secret = QStringLiteral("Sup3rS3cr3t-Value_9f8e7d");
        const QStringList badValues = {
            QLatin1Char(' ') + secret,
            secret + QStringLiteral("\n"),
            secret + QStringLiteral("\nsecond line"),
            secret.repeated(200),
            QStringLiteral("-----BEGIN PRIVATE KEY-----\n") + secret +
                QStringLiteral("\n-----END PRIVATE KEY-----"),
            QStringLiteral("{\"type\": \"service_account\", \"private_key\": \"") + secret +
                QStringLiteral("\"}"),
            QStringLiteral("https://user:") + secret + QStringLiteral("@host.example.com/"),
            QStringLiteral("{") + secret + QStringLiteral("}"),
        };
        int issuesSeen = 0;
        for (const QString &value : badValues) {
            const QList<Issue> issues = KeyValidator::validate(*key, value, product);
            issuesSeen += int(issues.size());
            for (const Issue &issue : issues)
                QVERIFY2(!issue.message.contains(secret), qPrintable(issue.message));
            // The same through the service-level check, with every other key filled.
            Values values;
            for (const KeyDefinition &other : owner.keysFor({})) {
                if (other.name != keyName)
                    values.insert(other.name,
                                  other.options.value(0, QStringLiteral("filled-value-%1").arg(other.name)));
            }
            if (owner.key(keyName)) {
                values.insert(keyName, value);
                const ServiceValidator::Result result = ServiceValidator::validate(owner, values);
                for (const Issue &issue : result.issues)
                    QVERIFY2(!issue.message.contains(secret), qPrintable(issue.message));
            }
        }
        QVERIFY(issuesSeen > 0);
    }

    // ----------------------------------------------------------------------------------------------------
    void allOrNothing()
    {
        const ServiceDefinition &box = service(Product::DocSpace, "box");

        const ServiceValidator::Result cleared = ServiceValidator::validate(box, {});
        QVERIFY(cleared.disables);
        QVERIFY(cleared.issues.isEmpty());
        QVERIFY(cleared.canSave(false));

        const ServiceValidator::Result explicitEmpty =
            ServiceValidator::validate(box, {{QStringLiteral("boxClientId"), QString()},
                                             {QStringLiteral("boxClientSecret"), QString()}});
        QVERIFY(explicitEmpty.disables);

        const ServiceValidator::Result half = ServiceValidator::validate(
            box, {{QStringLiteral("boxClientId"), QStringLiteral("k2xqjv0m3o1e8g4bvzq9")}});
        QVERIFY(!half.disables);
        QCOMPARE(codes(half.issues), QStringLiteral("error:missing"));
        QCOMPARE(half.issues.first().key, QStringLiteral("boxClientSecret"));
        QVERIFY(half.issues.first().message.contains(QLatin1String("Box Key")));
        QVERIFY(half.issues.first().message.contains(QLatin1String("switch Box off")));
        QVERIFY(!half.canSave(true));

        const ServiceValidator::Result full = ServiceValidator::validate(
            box, {{QStringLiteral("boxClientId"), QStringLiteral("k2xqjv0m3o1e8g4bvzq9")},
                  {QStringLiteral("boxClientSecret"), QStringLiteral("Zl3cF0a9xQ1mW7tYb2nK5pR8sD4vH6jE")}});
        QVERIFY(!full.disables);
        QVERIFY2(full.issues.isEmpty(), qPrintable(messages(full.issues)));
        QVERIFY(full.canSave(false));

        // A blank-only value is not "empty": the portal would store the spaces.
        const ServiceValidator::Result blank =
            ServiceValidator::validate(box, {{QStringLiteral("boxClientId"), QStringLiteral(" ")},
                                             {QStringLiteral("boxClientSecret"), QString()}});
        QVERIFY(!blank.disables);
        QVERIFY(blank.hasErrors());
    }

    void twilioService()
    {
        const ServiceDefinition &twilio = service(Product::DocSpace, "twilio");
        Values values{{QStringLiteral("twilioAccountSid"), twilioSid},
                      {QStringLiteral("twilioAuthToken"), QStringLiteral("0123456789abcdef0123456789abcdef")},
                      {QStringLiteral("twiliosender"), QStringLiteral("+15551234567")}};
        QVERIFY(ServiceValidator::validate(twilio, values).issues.isEmpty());
        values.insert(QStringLiteral("twilioAccountSid"), QStringLiteral("AC123"));
        const ServiceValidator::Result bad = ServiceValidator::validate(twilio, values);
        QCOMPARE(codes(bad.issues), QStringLiteral("error:format"));
        QCOMPARE(bad.issuesFor(QStringLiteral("twilioAccountSid")).size(), 1);
        QVERIFY(bad.issuesFor(QStringLiteral("twilioAuthToken")).isEmpty());
    }

    void externalDatabaseDependsOnTheType()
    {
        const ServiceDefinition &db = service(Product::DocSpace, "externaldb");

        // mysql: the mysql fields are needed, dbSsl may stay off, sqliteFilePath stays empty.
        ServiceValidator::Result result = ServiceValidator::validate(db, mysqlValues());
        QVERIFY2(result.issues.isEmpty(), qPrintable(messages(result.issues)));
        Values withSsl = mysqlValues();
        withSsl.insert(QStringLiteral("dbSsl"), QStringLiteral("true"));
        QVERIFY(ServiceValidator::validate(db, withSsl).issues.isEmpty());

        Values noPassword = mysqlValues();
        noPassword.remove(QStringLiteral("dbPassword"));
        result = ServiceValidator::validate(db, noPassword);
        QCOMPARE(codes(result.issues), QStringLiteral("error:missing"));
        QCOMPARE(result.issues.first().key, QStringLiteral("dbPassword"));

        Values badPort = mysqlValues();
        badPort.insert(QStringLiteral("dbPort"), QStringLiteral("70000"));
        QCOMPARE(codes(ServiceValidator::validate(db, badPort).issues), QStringLiteral("error:format"));

        // A stray sqlite path with mysql chosen is ignored, and says so without blocking.
        Values stray = mysqlValues();
        stray.insert(QStringLiteral("sqliteFilePath"), QStringLiteral("/var/lib/portal/data.db"));
        result = ServiceValidator::validate(db, stray);
        QCOMPARE(codes(result.issues), QStringLiteral("info:not-used"));
        QVERIFY(result.canSave(false));

        // sqlite: only the file name is needed, and a path that leaves the portal's folder blocks saving.
        const Values sqlite{{QStringLiteral("databaseType"), QStringLiteral("sqlite")},
                            {QStringLiteral("sqliteFilePath"), QStringLiteral("forms.db")}};
        result = ServiceValidator::validate(db, sqlite);
        QVERIFY2(result.issues.isEmpty(), qPrintable(messages(result.issues)));
        QVERIFY(result.canSave(false));
        for (const char *path : {"/var/lib/portal/data.db", "../data.db", "sub\\data.db"}) {
            Values outside = sqlite;
            outside.insert(QStringLiteral("sqliteFilePath"), QLatin1String(path));
            result = ServiceValidator::validate(db, outside);
            QVERIFY2(result.hasErrors(), path);
            QVERIFY(!result.canSave(true));
            QCOMPARE(result.issues.first().key, QStringLiteral("sqliteFilePath"));
            QVERIFY2(result.issues.first().message.contains(QLatin1String("SQLite file path")),
                     qPrintable(result.issues.first().message));
        }
        const Values sqliteNoPath{{QStringLiteral("databaseType"), QStringLiteral("sqlite")}};
        result = ServiceValidator::validate(db, sqliteNoPath);
        QCOMPARE(codes(result.issues), QStringLiteral("error:missing"));
        QCOMPARE(result.issues.first().key, QStringLiteral("sqliteFilePath"));

        // No type chosen: the form's default (mysql) decides which fields apply, and the type is asked for.
        Values noType = mysqlValues();
        noType.remove(QStringLiteral("databaseType"));
        result = ServiceValidator::validate(db, noType);
        QCOMPARE(codes(result.issues), QStringLiteral("error:missing"));
        QCOMPARE(result.issues.first().key, QStringLiteral("databaseType"));

        // A switch left off and nothing else: the service is switched off.
        result = ServiceValidator::validate(db, {{QStringLiteral("dbSsl"), QStringLiteral("false")}});
        QVERIFY(result.disables);
        QVERIFY(result.issues.isEmpty());

        QVERIFY(ServiceValidator::applies(*db.key(QStringLiteral("dbHost")), db.keys, mysqlValues()));
        QVERIFY(
            !ServiceValidator::applies(*db.key(QStringLiteral("sqliteFilePath")), db.keys, mysqlValues()));
        QVERIFY(ServiceValidator::applies(*db.key(QStringLiteral("dbHost")), db.keys, {}));
    }

    void warningsCanBeOverriddenErrorsCannot()
    {
        const ServiceDefinition &google = service(Product::Workspace, "google");
        const ServiceValidator::Result warned = ServiceValidator::validate(
            google, {{QStringLiteral("googleClientId"), QStringLiteral("1234-abcdef")},
                     {QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-abcdefghijklmnop")}});
        QVERIFY(!warned.hasErrors());
        QVERIFY(warned.hasWarnings());
        QVERIFY(!warned.canSave(false));
        QVERIFY(warned.canSave(true));

        const ServiceValidator::Result failed = ServiceValidator::validate(
            google, {{QStringLiteral("googleClientId"), QStringLiteral("1234-abcdef ")},
                     {QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-abcdefghijklmnop")}});
        QVERIFY(failed.hasErrors());
        QVERIFY(!failed.canSave(true));

        // Information (a temporary AWS key) neither blocks nor needs accepting.
        const ServiceDefinition &s3 = service(Product::DocSpace, "s3");
        const ServiceValidator::Result info = ServiceValidator::validate(
            s3, {{QStringLiteral("acesskey"), QStringLiteral("ASIAIOSFODNN7EXAMPLE")},
                 {QStringLiteral("secretaccesskey"),
                  QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")}});
        QCOMPARE(codes(info.issues), QStringLiteral("info:aws-temporary-key"));
        QVERIFY(info.canSave(false));
    }

    void sameValueTwiceIsAWarning()
    {
        const ServiceDefinition &facebook = service(Product::DocSpace, "facebook");
        const QString value = QStringLiteral("1234567890123456");
        const ServiceValidator::Result result =
            ServiceValidator::validate(facebook, {{QStringLiteral("facebookClientId"), value},
                                                  {QStringLiteral("facebookClientSecret"), value}});
        QCOMPARE(codes(result.issues), QStringLiteral("warning:same-value"));
        QVERIFY(result.issues.first().message.contains(QLatin1String("Facebook ID")));
        QVERIFY(!result.issues.first().message.contains(value));
    }

    void unknownKeysAreRefused()
    {
        const ServiceDefinition &box = service(Product::DocSpace, "box");
        const ServiceValidator::Result result =
            ServiceValidator::validate(box, {{QStringLiteral("boxAppKey"), QStringLiteral("x")}});
        QCOMPARE(codes(result.issues), QStringLiteral("error:unknown-key"));
        QVERIFY(result.issues.first().message.contains(QLatin1String("boxAppKey")));
    }

    void olderKeySetsAreValidatedToo()
    {
        const ServiceDefinition &bitly = service(Product::Workspace, "bitly");
        const QList<KeyDefinition> older = bitly.keysFor(QVersionNumber(11, 0));
        const Values oldValues{
            {QStringLiteral("bitlyClientId"), QStringLiteral("o_2abcdefghi")},
            {QStringLiteral("bitlyClientSecret"), QStringLiteral("R_0123456789abcdef0123456789abcdef")}};
        QVERIFY(ServiceValidator::validate(bitly, older, oldValues).issues.isEmpty());
        // The current set does not know the old keys, and the old set does not know the token.
        QCOMPARE(codes(ServiceValidator::validate(bitly, oldValues).issues),
                 QStringLiteral("error:unknown-key error:unknown-key"));
        const ServiceValidator::Result half = ServiceValidator::validate(
            bitly, older, {{QStringLiteral("bitlyClientId"), QStringLiteral("o_2abcdefghi")}});
        QCOMPARE(codes(half.issues), QStringLiteral("error:missing"));
        // Named by the label those versions showed.
        QVERIFY(half.issues.first().message.contains(QLatin1String("\"apiKey\"")));
    }
};

QTEST_GUILESS_MAIN(TestKeyValidator)
#include "tst_keyvalidator.moc"
