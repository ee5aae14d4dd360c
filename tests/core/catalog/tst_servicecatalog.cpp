// The built-in service catalog: it loads, it is complete for both product generations (every key of every
// consumer, as the portals name and label them), its instructions are usable, redirect URIs follow the rules,
// and a broken catalog file is refused with errors that say where the problem is.
#include "catalog/ServiceCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace PortalKeys::Catalog;

namespace {

// The expected catalog, transcribed from the consumer tables (DocSpace 3.7 GET order; Workspace 12.6 page
// order). Keys are "name|label", with a trailing * for keys that are secrets. Labels are the portal's own:
// the `Consumers<key>` resource of its Resource.resx (DocSpace-server v3.7.2, CommunityServer v12.6.0),
// looked up ignoring case, else the bare key name.
struct Expected {
    const char *name;
    const char *title;
    int order;
    const char *kinds;
    bool paid;
    QList<const char *> keys;

    QStringList keyList() const
    {
        QStringList result;
        for (const char *key : keys)
            result << QString::fromUtf8(key);
        return result;
    }
};

QList<Expected> expectedDocSpace()
{
    return {
        {"dropbox",
         "DropBox",
         2,
         "storage",
         false,
         {"dropboxClientId|dropboxClientId", "dropboxClientSecret|dropboxClientSecret*"}},
        {"box", "Box", 3, "storage", false, {"boxClientId|Box ID", "boxClientSecret|Box Key*"}},
        {"skydrive",
         "OneDrive",
         4,
         "storage",
         false,
         {"skydriveappkey|Application ID", "skydriveappsecret|Client secret*"}},
        {"microsoft",
         "Microsoft",
         4,
         "login",
         false,
         {"microsoftClientId|Application Client ID", "microsoftClientSecret|Client Secret*"}},
        {"google",
         "Google",
         5,
         "login,storage",
         false,
         {"googleClientId|Google ID", "googleClientSecret|Google Key*"}},
        {"facebook",
         "Facebook",
         6,
         "login",
         false,
         {"facebookClientId|Facebook ID", "facebookClientSecret|Facebook Key*"}},
        {"twitter", "X", 6, "login", false, {"twitterKey|API Key", "twitterSecret|API Key Secret*"}},
        {"linkedin",
         "LinkedIn",
         8,
         "login",
         false,
         {"linkedInKey|Linkedin ID", "linkedInSecret|Linkedin Key*"}},
        {"twilio",
         "Twilio",
         9,
         "sms",
         false,
         {"twilioAccountSid|Account Sid", "twilioAuthToken|Auth Token*",
          "twiliosender|Phone number from Twilio (required for SMS authorization)"}},
        {"firebase",
         "Firebase",
         12,
         "notifications",
         false,
         {"firebase_apiKey|Web API key", "firebase_projectId|Project ID",
          "firebase_messagingSenderId|Sender ID", "firebase_authorization|Server key*"}},
        {"appleID",
         "Apple ID",
         13,
         "login",
         false,
         {"appleIdClientId|Application Client ID", "appleIdClientIdMobile|appleIdClientIdMobile",
          "appleIdTeamId|10-character developer account Team ID",
          "appleIdKeyId|A 10-character key identifier generated for the Sign in with Apple private key",
          "appleIdPrivateKey|Private key downloaded from Apple Developer*"}},
        {"s3",
         "Amazon AWS S3",
         20,
         "backup-storage",
         true,
         {"acesskey|S3 accesskey", "secretaccesskey|S3 secret access key*"}},
        {"googlecloud", "Google Cloud Storage", 21, "backup-storage", true, {"json|json*"}},
        {"rackspace",
         "Rackspace Cloud Storage",
         22,
         "backup-storage",
         true,
         {"username|Rackspace username", "apiKey|Rackspace apiKey*"}},
        {"zoom",
         "Zoom",
         24,
         "login",
         false,
         {"zoomClientId|Zoom client id", "zoomClientSecret|Zoom client secret*"}},
        {"telegram",
         "Telegram",
         25,
         "notifications",
         false,
         {"telegramBotToken|Bot token*", "telegramBotName|Bot username"}},
        {"weixin",
         "WeChat",
         26,
         "login",
         false,
         {"weixinClientId|Client ID", "weixinClientSecret|Client Secret*"}},
        {"externaldb",
         "Database connection",
         27,
         "other",
         false,
         {"databaseType|Database type", "dbHost|Host", "dbPort|Port", "dbName|Database name", "dbUser|User",
          "dbPassword|Password*", "dbSsl|Use SSL", "sqliteFilePath|SQLite file path"}},
        {"nextcloud",
         "Nextcloud",
         28,
         "login",
         false,
         {"nextcloudBaseUrl|Enter the URL address of the Nextcloud instance.", "nextcloudClientId|Client ID",
          "nextcloudClientSecret|Client Secret*"}},
    };
}

// Workspace masks exactly the keys starred in its table; "json" is treated as a secret too because the
// service-account file holds a private key.
QList<Expected> expectedWorkspace()
{
    return {
        {"DocuSign",
         "DocuSign",
         1,
         "other",
         false,
         {"docuSignClientId|DocuSign Key", "docuSignClientSecret|DocuSign Secret*",
          "docuSignHost|DocuSign authentication endpoint"}},
        {"DropBox",
         "DropBox",
         2,
         "storage",
         false,
         {"dropboxClientId|dropboxClientId", "dropboxClientSecret|dropboxClientSecret*"}},
        {"Box", "Box", 3, "storage", false, {"boxClientId|Box ID", "boxClientSecret|Box Key*"}},
        {"SkyDrive",
         "OneDrive",
         4,
         "storage",
         false,
         {"skydriveappkey|Application ID", "skydriveappsecret|Client secret*"}},
        {"Google",
         "Google",
         5,
         "login,storage",
         false,
         {"googleClientId|Google ID", "googleClientSecret|Google Key*"}},
        {"Facebook",
         "Facebook",
         6,
         "login",
         false,
         {"facebookClientId|Facebook ID", "facebookClientSecret|Facebook Key*"}},
        {"Twitter", "Twitter", 7, "login", false, {"twitterKey|Twitter ID", "twitterSecret|Twitter Key*"}},
        {"LinkedIn",
         "LinkedIn",
         8,
         "login",
         false,
         {"linkedInKey|Linkedin ID", "linkedInSecret|Linkedin Key*"}},
        {"Twilio",
         "Twilio",
         9,
         "sms",
         false,
         {"twilioAccountSid|Account Sid", "twilioAuthToken|Auth Token*",
          "twiliosender|Phone number from Twilio (required for SMS authorization)"}},
        {"Clickatell", "Clickatell", 10, "sms", false, {"clickatellapiKey|apiKey*"}},
        {"Smsc",
         "SMS Center",
         11,
         "sms",
         false,
         {"smsclogin|Login", "smscpsw|Password or password MD5 hash in lowercase*", "smscsender|Sender ID"}},
        {"Firebase",
         "Firebase",
         12,
         "notifications",
         false,
         {"firebase_apiKey|Web API key", "firebase_projectId|Project ID",
          "firebase_messagingSenderId|Sender ID", "firebase_authorization|Server key*"}},
        {"Bitly", "Bitly", 13, "other", false, {"bitlyToken|Access Token*"}},
        {"S3",
         "Amazon AWS S3",
         20,
         "backup-storage",
         false,
         {"acesskey|S3 accesskey", "secretaccesskey|S3 secret access key*"}},
        {"GoogleCloud", "Google Cloud Storage", 21, "backup-storage", false, {"json|json*"}},
        {"Rackspace",
         "Rackspace Cloud Storage",
         22,
         "backup-storage",
         false,
         {"username|Rackspace username", "apiKey|Rackspace apiKey*"}},
        {"Selectel",
         "Selectel Cloud Storage",
         23,
         "backup-storage",
         false,
         {"authUser|Selectel authUser", "authPwd|Selectel authPwd*"}},
        {"Mailru", "Mail.ru", 25, "login", false, {"mailRuClientId|ID", "mailRuClientSecret|Secret key*"}},
        {"Yandex", "Yandex", 26, "login", false, {"yandexClientId|ID", "yandexClientSecret|Password*"}},
        {"Vk", "VK", 27, "login", false, {"vkClientId|Application ID", "vkClientSecret|Secure key*"}},
        {"Telegram",
         "Telegram",
         28,
         "notifications",
         false,
         {"telegramBotToken|Bot token*", "telegramBotName|Bot username"}},
        {"AppleID",
         "Apple ID",
         29,
         "login",
         false,
         {"appleIdClientId|Application Client ID", "appleIdTeamId|10-character developer account Team ID",
          "appleIdKeyId|A 10-character key identifier generated for the Sign in with Apple private key",
          "appleIdPrivateKey|Private key downloaded from Apple Developer*"}},
        {"Microsoft",
         "Microsoft",
         30,
         "login",
         false,
         {"microsoftClientId|Application Client ID", "microsoftClientSecret|Client Secret*"}},
    };
}

QList<Expected> expected(Product product)
{
    return product == Product::DocSpace ? expectedDocSpace() : expectedWorkspace();
}

QStringList describeKeys(const QList<KeyDefinition> &keys)
{
    QStringList result;
    for (const KeyDefinition &key : keys)
        result << key.name + QLatin1Char('|') + key.label + (key.masked ? QStringLiteral("*") : QString());
    return result;
}

QString kindsText(const QList<ServiceKind> &kinds)
{
    QStringList names;
    for (const ServiceKind kind : kinds)
        names << serviceKindName(kind);
    return names.join(QLatin1Char(','));
}

const ServiceCatalog &catalog()
{
    return ServiceCatalog::builtIn();
}

QString sourceCatalogPath()
{
    return QStringLiteral(PORTALKEYS_TESTS_SUPPORT_DIR "/../../resources/catalog/services.json");
}

// A minimal valid catalog, to break in one place at a time.
QJsonObject goodService(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), QStringLiteral("Box")},
        {QStringLiteral("order"), 3},
        {QStringLiteral("kinds"), QJsonArray{QStringLiteral("storage")}},
        {QStringLiteral("purpose"), QStringLiteral("Files.")},
        {QStringLiteral("helpUrl"), QStringLiteral("https://app.box.com/developers/console")},
        {QStringLiteral("redirectUri"), QStringLiteral("https://service.onlyoffice.com/oauth2.aspx")},
        {QStringLiteral("instructions"),
         QJsonArray{
             QStringLiteral("Register {redirectUri} at Box and copy the ID into \u201cBox ID\u201d.")}},
        {QStringLiteral("keys"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("boxClientId")},
                                {QStringLiteral("label"), QStringLiteral("Box ID")}}}},
    };
}

QJsonObject withKey(QJsonObject service, const QJsonObject &key)
{
    service.insert(QStringLiteral("keys"), QJsonArray{key});
    return service;
}

QJsonObject catalogJson(const QJsonArray &docspaceServices)
{
    const auto product = [](const char *name, const char *version, const QJsonArray &services) {
        return QJsonObject{{QStringLiteral("product"), QLatin1String(name)},
                           {QStringLiteral("title"), QLatin1String(name)},
                           {QStringLiteral("version"), QLatin1String(version)},
                           {QStringLiteral("services"), services}};
    };
    return QJsonObject{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("products"),
         QJsonArray{product("docspace", "3.7", docspaceServices),
                    product("workspace", "12.6", QJsonArray{goodService(QStringLiteral("Box"))})}},
    };
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestServiceCatalog : public QObject {
    Q_OBJECT

private slots:
    void builtInCatalogLoads()
    {
        QVERIFY2(catalog().isValid(), qPrintable(catalog().errors().join(QLatin1Char('\n'))));
        QCOMPARE(catalog().productVersion(Product::DocSpace), QVersionNumber(3, 7));
        QCOMPARE(catalog().productVersion(Product::Workspace), QVersionNumber(12, 6));
        QVERIFY(!catalog().productTitle(Product::DocSpace).isEmpty());
        QVERIFY(!catalog().productTitle(Product::Workspace).isEmpty());
    }

    void embeddedCatalogIsTheSourceFile()
    {
        QFile embedded(ServiceCatalog::builtInPath());
        QFile source(sourceCatalogPath());
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        QCOMPARE(embedded.readAll(), source.readAll());
        const ServiceCatalog fromDisk = ServiceCatalog::fromFile(sourceCatalogPath());
        QVERIFY2(fromDisk.isValid(), qPrintable(fromDisk.errors().join(QLatin1Char('\n'))));
        QCOMPARE(fromDisk.services(Product::Workspace).size(), 23);
    }

    void productNames()
    {
        QCOMPARE(productName(Product::DocSpace), QStringLiteral("docspace"));
        QCOMPARE(productName(Product::Workspace), QStringLiteral("workspace"));
        QCOMPARE(productFromName(QStringLiteral("DocSpace")), Product::DocSpace);
        QCOMPARE(productFromName(QStringLiteral("workspace")), Product::Workspace);
        QVERIFY(!productFromName(QStringLiteral("community")).has_value());
    }

    void servicesInPortalOrder_data()
    {
        QTest::addColumn<Product>("product");
        QTest::newRow("docspace") << Product::DocSpace;
        QTest::newRow("workspace") << Product::Workspace;
    }
    void servicesInPortalOrder()
    {
        QFETCH(Product, product);
        const QList<ServiceDefinition> services = catalog().services(product);
        const QList<Expected> wanted = expected(product);
        QCOMPARE(services.size(), product == Product::DocSpace ? 19 : 23);
        QCOMPARE(services.size(), wanted.size());
        for (qsizetype i = 0; i < services.size(); ++i) {
            QCOMPARE(services.at(i).name, QLatin1String(wanted.at(i).name));
            QCOMPARE(services.at(i).order, wanted.at(i).order);
            QCOMPARE(services.at(i).product, product);
        }
    }

    void everyServiceMatchesTheConsumerTable_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<bool>("paid");
        QTest::addColumn<QStringList>("keys");
        for (const Product product : allProducts()) {
            for (const Expected &row : expected(product)) {
                QTest::addRow("%s/%s", qPrintable(productName(product)), row.name)
                    << product << QString::fromLatin1(row.name) << QString::fromUtf8(row.title)
                    << QString::fromLatin1(row.kinds) << row.paid << row.keyList();
            }
        }
    }
    void everyServiceMatchesTheConsumerTable()
    {
        QFETCH(Product, product);
        QFETCH(QString, name);
        QFETCH(QString, title);
        QFETCH(QString, kinds);
        QFETCH(bool, paid);
        QFETCH(QStringList, keys);
        const ServiceDefinition *service = catalog().find(product, name);
        QVERIFY(service);
        QCOMPARE(service->name, name);
        QCOMPARE(service->title, title);
        QCOMPARE(kindsText(service->kinds), kinds);
        QCOMPARE(service->paid, paid);
        QCOMPARE(describeKeys(service->keys), keys);
        for (const KeyDefinition &key : service->keys) {
            // Secrets, PEM and JSON are the multi-line ones; everything else is typed on one line.
            if (key.multiLine)
                QVERIFY(key.masked);
        }
    }

    void multiLineKeys()
    {
        for (const Product product : allProducts()) {
            for (const ServiceDefinition &service : catalog().services(product)) {
                for (const KeyDefinition &key : service.keys) {
                    const bool shouldBe =
                        key.name == QLatin1String("json") || key.name == QLatin1String("appleIdPrivateKey");
                    QVERIFY2(key.multiLine == shouldBe,
                             qPrintable(service.name + QLatin1Char('/') + key.name));
                }
            }
        }
    }

    void formatRulesAreAttached()
    {
        const auto formatOf = [](Product product, const char *service, const char *key) {
            const ServiceDefinition *found = catalog().find(product, QLatin1String(service));
            return found && found->key(QLatin1String(key)) ? found->key(QLatin1String(key))->format
                                                           : KeyDefinition::Format::None;
        };
        using F = KeyDefinition::Format;
        for (const Product product : allProducts()) {
            QCOMPARE(formatOf(product, "twilio", "twilioAccountSid"), F::TwilioAccountSid);
            QCOMPARE(formatOf(product, "microsoft", "microsoftClientId"), F::Guid);
            QCOMPARE(formatOf(product, "skydrive", "skydriveappkey"), F::Guid);
            QCOMPARE(formatOf(product, "s3", "acesskey"), F::AwsAccessKeyId);
            QCOMPARE(formatOf(product, "appleid", "appleIdTeamId"), F::AppleId10);
            QCOMPARE(formatOf(product, "appleid", "appleIdKeyId"), F::AppleId10);
            QCOMPARE(formatOf(product, "appleid", "appleIdPrivateKey"), F::PemPrivateKey);
            QCOMPARE(formatOf(product, "googlecloud", "json"), F::GoogleServiceAccountJson);
            QCOMPARE(formatOf(product, "telegram", "telegramBotToken"), F::TelegramBotToken);
            QCOMPARE(formatOf(product, "google", "googleClientId"), F::GoogleClientId);
        }
        QCOMPARE(formatOf(Product::Workspace, "docusign", "docuSignClientId"), F::Guid);
        QCOMPARE(formatOf(Product::Workspace, "docusign", "docuSignHost"), F::DocuSignHost);
        QCOMPARE(formatOf(Product::DocSpace, "nextcloud", "nextcloudBaseUrl"), F::HttpsUrl);
        QCOMPARE(formatOf(Product::DocSpace, "externaldb", "dbPort"), F::TcpPort);
    }

    void externalDatabaseFields()
    {
        const ServiceDefinition *db = catalog().find(Product::DocSpace, QStringLiteral("externaldb"));
        QVERIFY(db);
        const KeyDefinition *type = db->key(QStringLiteral("databaseType"));
        QVERIFY(type);
        QCOMPARE(type->type, KeyDefinition::Type::Select);
        QCOMPARE(type->options, (QStringList{QStringLiteral("mysql"), QStringLiteral("sqlite")}));
        QVERIFY(!type->isConditional());
        QCOMPARE(db->key(QStringLiteral("dbPort"))->type, KeyDefinition::Type::Number);
        QCOMPARE(db->key(QStringLiteral("dbPort"))->defaultValue, QStringLiteral("3306"));
        QCOMPARE(db->key(QStringLiteral("dbPassword"))->type, KeyDefinition::Type::Password);
        QCOMPARE(db->key(QStringLiteral("dbSsl"))->type, KeyDefinition::Type::Toggle);
        for (const char *mysqlKey : {"dbHost", "dbPort", "dbName", "dbUser", "dbPassword", "dbSsl"}) {
            const KeyDefinition *key = db->key(QLatin1String(mysqlKey));
            QVERIFY(key);
            QCOMPARE(key->dependsOn, QStringLiteral("databaseType"));
            QCOMPARE(key->dependsOnValue, QStringLiteral("mysql"));
        }
        QCOMPARE(db->key(QStringLiteral("sqliteFilePath"))->dependsOnValue, QStringLiteral("sqlite"));
        // Nothing else in the catalog uses the portal's non-text field types.
        for (const Product product : allProducts()) {
            for (const ServiceDefinition &service : catalog().services(product)) {
                if (service.name == QLatin1String("externaldb"))
                    continue;
                for (const KeyDefinition &key : service.keys)
                    QCOMPARE(key.type, KeyDefinition::Type::Text);
            }
        }
    }

    void findIsCaseInsensitiveAndKnowsApplesServerKey()
    {
        const ServiceDefinition *apple = catalog().find(Product::DocSpace, QStringLiteral("appleid"));
        QVERIFY(apple);
        QCOMPARE(apple->name, QStringLiteral("appleID"));
        QCOMPARE(apple->requestName(), QStringLiteral("appleid"));
        QCOMPARE(catalog().find(Product::DocSpace, QStringLiteral("appleID")), apple);
        QCOMPARE(catalog().find(Product::DocSpace, QStringLiteral("APPLEID")), apple);
        QCOMPARE(catalog().find(Product::Workspace, QStringLiteral("appleid"))->name,
                 QStringLiteral("AppleID"));
        QCOMPARE(catalog().find(Product::Workspace, QStringLiteral("skydrive"))->name,
                 QStringLiteral("SkyDrive"));
        QCOMPARE(catalog().find(Product::DocSpace, QStringLiteral(" Google "))->name,
                 QStringLiteral("google"));
        QCOMPARE(catalog().find(Product::DocSpace, QStringLiteral("box"))->requestName(),
                 QStringLiteral("box"));
        QVERIFY(!catalog().find(Product::DocSpace, QStringLiteral("docusign")));
        QVERIFY(!catalog().find(Product::Workspace, QStringLiteral("externaldb")));
        QVERIFY(!catalog().find(Product::DocSpace, QString()));
    }

    void docSpaceVersions()
    {
        const QMap<QString, QVersionNumber> since = {
            {QStringLiteral("telegram"), QVersionNumber(3, 5)},
            {QStringLiteral("weixin"), QVersionNumber(3, 5)},
            {QStringLiteral("externaldb"), QVersionNumber(3, 7)},
            {QStringLiteral("nextcloud"), QVersionNumber(3, 7)},
        };
        int inDocSpace26 = 0;
        int inDocSpace35 = 0;
        for (const ServiceDefinition &service : catalog().services(Product::DocSpace)) {
            QCOMPARE(service.since, since.value(service.name));
            inDocSpace26 += service.availableIn(QVersionNumber(2, 6)) ? 1 : 0;
            inDocSpace35 += service.availableIn(QVersionNumber(3, 5)) ? 1 : 0;
            QVERIFY(service.availableIn(QVersionNumber()));
            QCOMPARE(service.availabilityText().isEmpty(), service.since.isNull());
        }
        QCOMPARE(inDocSpace26, 15);
        QCOMPARE(inDocSpace35, 17);
        QCOMPARE(catalog().find(Product::DocSpace, QStringLiteral("telegram"))->availabilityText(),
                 QStringLiteral("DocSpace 3.5 and later"));
    }

    void olderWorkspaceKeySets()
    {
        const ServiceDefinition *bitly = catalog().find(Product::Workspace, QStringLiteral("bitly"));
        QVERIFY(bitly);
        QCOMPARE(describeKeys(bitly->keysFor(QVersionNumber(11, 5))),
                 (QStringList{QStringLiteral("bitlyClientId|login"),
                              QStringLiteral("bitlyClientSecret|apiKey*")}));
        QCOMPARE(describeKeys(bitly->keysFor(QVersionNumber(12, 0))),
                 QStringList{QStringLiteral("bitlyToken|Access Token*")});
        QCOMPARE(describeKeys(bitly->keysFor(QVersionNumber())),
                 QStringList{QStringLiteral("bitlyToken|Access Token*")});
        QCOMPARE(bitly->currentKeysSince(), QVersionNumber(12, 0));
        QVERIFY(bitly->olderKeySetFor(QVersionNumber(11, 0)));
        QVERIFY(!bitly->olderKeySetFor(QVersionNumber(12, 6)));

        const ServiceDefinition *twitter = catalog().find(Product::Workspace, QStringLiteral("twitter"));
        QVERIFY(twitter);
        const QStringList before126 = describeKeys(twitter->keysFor(QVersionNumber(12, 5, 1)));
        QCOMPARE(before126.size(), 4);
        QVERIFY(before126.contains(QStringLiteral("twitterKey|Twitter ID")));
        QVERIFY(before126.contains(QStringLiteral("twitterAccessToken_Default|Access Token*")));
        QVERIFY(before126.contains(QStringLiteral("twitterAccessTokenSecret_Default|Access Token Secret*")));
        QCOMPARE(twitter->keysFor(QVersionNumber(12, 6)).size(), 2);
        QCOMPARE(twitter->currentKeysSince(), QVersionNumber(12, 6));

        // Facebook's app token went with Community Server 9.6; 9.5 labelled the fields by their role.
        const ServiceDefinition *facebook = catalog().find(Product::Workspace, QStringLiteral("facebook"));
        QVERIFY(facebook);
        QCOMPARE(facebook->olderKeySets.size(), 1);
        QCOMPARE(facebook->olderKeySets.first().until, QVersionNumber(9, 6));
        QCOMPARE(describeKeys(facebook->keysFor(QVersionNumber(9, 5, 4))),
                 (QStringList{QStringLiteral("facebookClientId|App ID"),
                              QStringLiteral("facebookClientSecret|App Secret*"),
                              QStringLiteral("facebookAccessToken_Default|facebookAccessToken_Default*")}));
        QCOMPARE(facebook->keysFor(QVersionNumber(9, 6)).size(), 2);
        QCOMPARE(facebook->keysFor(QVersionNumber()).size(), 2);

        for (const Product product : allProducts()) {
            for (const ServiceDefinition &service : catalog().services(product)) {
                for (const KeyGeneration &generation : service.olderKeySets) {
                    QVERIFY(!generation.title.isEmpty());
                    QVERIFY(!generation.versions.isEmpty());
                    QVERIFY(generation.note.size() > 40);
                }
                // DocSpace's only older set is the title "Twitter" (before 3.6) with the same keys.
                if (product == Product::DocSpace && service.name != QLatin1String("twitter"))
                    QVERIFY(service.olderKeySets.isEmpty());
            }
        }
    }

    void instructionsAreUsable_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("name");
        for (const Product product : allProducts()) {
            for (const ServiceDefinition &service : catalog().services(product))
                QTest::addRow("%s/%s", qPrintable(productName(product)), qPrintable(service.name))
                    << product << service.name;
        }
    }
    void instructionsAreUsable()
    {
        QFETCH(Product, product);
        QFETCH(QString, name);
        const ServiceDefinition *service = catalog().find(product, name);
        QVERIFY(service);
        QVERIFY2(service->instructions.size() >= 3 && service->instructions.size() <= 7,
                 qPrintable(QString::number(service->instructions.size())));
        int length = 0;
        for (const QString &step : service->instructions) {
            QVERIFY2(step.size() >= 25, qPrintable(step));
            QVERIFY2(step.endsWith(QLatin1Char('.')), qPrintable(step));
            QVERIFY2(step.at(0).isUpper() || step.at(0).isDigit() || step.startsWith(QLatin1String("sqlite")),
                     qPrintable(step));
            length += int(step.size());
        }
        QVERIFY(length >= 150);
        // The steps say which value goes into which field, by the label the admin sees: every label is named
        // in quotes, and every quoted name is one of the service's labels (checkFieldNames in the loader;
        // repeated here so that the built-in catalog's own texts are covered by name).
        const QStringList named =
            ServiceDefinition::quotedFieldNames(service->instructions.join(QLatin1Char(' ')));
        QStringList labels;
        for (const KeyDefinition &key : service->keys)
            labels << key.label;
        for (const QString &label : std::as_const(labels))
            QVERIFY2(named.contains(label), qPrintable(label));
        QStringList prose = service->instructions;
        prose << service->note;
        for (const KeyDefinition &key : service->keys)
            prose << key.note;
        for (const QString &text : std::as_const(prose)) {
            for (const QString &field : ServiceDefinition::quotedFieldNames(text))
                QVERIFY2(labels.contains(field), qPrintable(field));
            // Stray straight quotes or half a pair would hide a field name from this check.
            QCOMPARE(text.count(QChar(0x201c)), text.count(QChar(0x201d)));
            QVERIFY2(!text.contains(QLatin1Char('"')), qPrintable(text));
        }

        QVERIFY(!service->purpose.isEmpty());
        QVERIFY(!service->purpose.contains(QLatin1Char('\n')));
        QVERIFY(service->purpose.endsWith(QLatin1Char('.')));
        QVERIFY(service->helpUrl.isValid());
        QCOMPARE(service->helpUrl.scheme(), QStringLiteral("https"));
        QVERIFY(!service->helpUrl.host().isEmpty());

        // Filled-in steps hold the URI, and an override (a Docker installation's) replaces it everywhere.
        const QStringList steps = service->steps();
        const QString docker = QStringLiteral("https://portal.example.com/oauth2.aspx");
        const QStringList dockerSteps = service->steps(docker);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QVERIFY(!steps.at(i).contains(ServiceDefinition::redirectPlaceholder()));
            QCOMPARE(steps.at(i) != service->instructions.at(i),
                     service->instructions.at(i).contains(ServiceDefinition::redirectPlaceholder()));
        }
        if (service->usesOAuth()) {
            QVERIFY(steps.join(QLatin1Char(' ')).contains(service->redirectUri));
            QVERIFY(dockerSteps.join(QLatin1Char(' ')).contains(docker));
            QVERIFY(!dockerSteps.join(QLatin1Char(' ')).contains(service->redirectUri));
        }
    }

    void helpLinksPointAtTheProvidersConsoles()
    {
        const QList<std::pair<const char *, const char *>> links = {
            {"google", "https://console.cloud.google.com/apis/credentials"},
            {"box", "https://app.box.com/developers/console"},
            {"dropbox", "https://www.dropbox.com/developers/apps"},
            {"skydrive", "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps"},
            {"microsoft", "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps"},
            {"twilio", "https://console.twilio.com"},
            {"telegram", "https://t.me/BotFather"},
            {"s3", "https://console.aws.amazon.com/iam/"},
            {"appleid", "https://developer.apple.com/account/resources/"},
            {"firebase", "https://console.firebase.google.com"},
            {"facebook", "https://developers.facebook.com/apps"},
            {"twitter", "https://developer.x.com/en/portal/dashboard"},
            {"linkedin", "https://www.linkedin.com/developers/apps"},
            {"zoom", "https://marketplace.zoom.us/develop/create"},
            {"weixin", "https://open.weixin.qq.com"},
        };
        for (const auto &[service, url] : links)
            QCOMPARE(catalog().find(Product::DocSpace, QLatin1String(service))->helpUrl.toString(),
                     QLatin1String(url));
        QCOMPARE(catalog().find(Product::Workspace, QStringLiteral("docusign"))->helpUrl.toString(),
                 QStringLiteral("https://developers.docusign.com"));
    }

    void redirectUris_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QStringList>("withoutOAuth");
        QTest::newRow("docspace") << Product::DocSpace
                                  << QStringList{QStringLiteral("twilio"),    QStringLiteral("firebase"),
                                                 QStringLiteral("s3"),        QStringLiteral("googlecloud"),
                                                 QStringLiteral("rackspace"), QStringLiteral("telegram"),
                                                 QStringLiteral("externaldb")};
        QTest::newRow("workspace") << Product::Workspace
                                   << QStringList{QStringLiteral("Twilio"),      QStringLiteral("Clickatell"),
                                                  QStringLiteral("Smsc"),        QStringLiteral("Firebase"),
                                                  QStringLiteral("Bitly"),       QStringLiteral("S3"),
                                                  QStringLiteral("GoogleCloud"), QStringLiteral("Rackspace"),
                                                  QStringLiteral("Selectel"),    QStringLiteral("Telegram")};
    }
    void redirectUris()
    {
        QFETCH(Product, product);
        QFETCH(QStringList, withoutOAuth);
        for (const ServiceDefinition &service : catalog().services(product)) {
            if (withoutOAuth.contains(service.name)) {
                QVERIFY2(service.redirectUri.isEmpty(), qPrintable(service.name));
                QVERIFY(service.redirectNote.isEmpty());
                QVERIFY(!service.usesOAuth());
                continue;
            }
            if (service.name == QLatin1String("weixin")) {
                // Packages and the enterprise Docker image keep teamlab.info; the community Docker image
                // rewrites it to OAUTH_REDIRECT_URL like every other service's. The note must say both.
                QCOMPARE(service.redirectUri, QStringLiteral("https://service.teamlab.info/oauth2.aspx"));
                for (const char *fact :
                     {"packages", "enterprise Docker image", "service.teamlab.info", "community Docker image",
                      "OAUTH_REDIRECT_URL", "every other service"})
                    QVERIFY2(service.redirectNote.contains(QLatin1String(fact)), fact);
                QVERIFY(!service.redirectNote.contains(QLatin1String("exactly this one")));
                continue;
            }
            QCOMPARE(service.redirectUri, QStringLiteral("https://service.onlyoffice.com/oauth2.aspx"));
            // Docker installations register their own OAUTH_REDIRECT_URL; the note must say so.
            QVERIFY2(service.redirectNote.contains(QLatin1String("OAUTH_REDIRECT_URL")),
                     qPrintable(service.name));
        }
        QVERIFY(catalog().redirectNote(product).contains(QLatin1String("OAUTH_REDIRECT_URL")));
    }

    void maskedKeyNames()
    {
        const ServiceDefinition *apple = catalog().find(Product::DocSpace, QStringLiteral("appleid"));
        QCOMPARE(apple->maskedKeyNames(), QStringList{QStringLiteral("appleIdPrivateKey")});
        const ServiceDefinition *twilio = catalog().find(Product::Workspace, QStringLiteral("twilio"));
        QCOMPARE(twilio->maskedKeyNames(), QStringList{QStringLiteral("twilioAuthToken")});
    }

    // The catalog's prose is PortalKeys' own: no run of eight words may come from the reference documents.
    void textIsNotCopiedFromTheReferenceDocuments()
    {
        const QString shared = QStringLiteral(PORTALKEYS_SHARED_TESTDATA "/..");
        if (!QDir(shared + QStringLiteral("/seeds")).exists())
            QSKIP("the reference documents are not next to this checkout");
        const auto normalize = [](QString text) {
            text = text.toLower();
            text.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
            return text.simplified();
        };
        QString reference;
        for (const QString &folder : {QStringLiteral("/seeds"), QStringLiteral("/docs")}) {
            QDirIterator files(shared + folder, QDir::Files);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    reference += QLatin1Char(' ') + normalize(QString::fromUtf8(file.readAll()));
            }
        }
        reference += QLatin1Char(' ');
        for (const Product product : allProducts()) {
            for (const ServiceDefinition &service : catalog().services(product)) {
                QStringList prose = service.instructions;
                prose << service.purpose << service.note << service.redirectNote;
                for (const KeyDefinition &key : service.keys)
                    prose << key.note;
                for (const KeyGeneration &generation : service.olderKeySets)
                    prose << generation.note;
                // Labels and key names are the portals' own words and are meant to be repeated.
                QStringList fieldNames;
                for (const KeyDefinition &key : service.keys)
                    fieldNames << key.label << key.name;
                for (const KeyGeneration &generation : service.olderKeySets) {
                    for (const KeyDefinition &key : generation.keys)
                        fieldNames << key.label << key.name;
                }
                std::sort(fieldNames.begin(), fieldNames.end(),
                          [](const QString &a, const QString &b) { return a.size() > b.size(); });
                for (QString text : std::as_const(prose)) {
                    for (const QString &field : std::as_const(fieldNames))
                        text.replace(field, QStringLiteral(" zzfieldzz "));
                    const QStringList words = normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    for (qsizetype i = 0; i + 8 <= words.size(); ++i) {
                        const QString run =
                            QLatin1Char(' ') + words.mid(i, 8).join(QLatin1Char(' ')) + QLatin1Char(' ');
                        QVERIFY2(!reference.contains(run),
                                 qPrintable(service.name + QStringLiteral(": ") + run));
                    }
                }
            }
        }
    }

    void brokenCatalogsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorMentions");
        const QJsonObject good = goodService(QStringLiteral("box"));
        const auto with = [&good](const char *member, const QJsonValue &value) {
            QJsonObject changed = good;
            changed.insert(QLatin1String(member), value);
            return bytes(catalogJson(QJsonArray{changed}));
        };
        const auto key = [](std::initializer_list<std::pair<const char *, QJsonValue>> members) {
            QJsonObject object{{QStringLiteral("name"), QStringLiteral("boxClientId")}};
            for (const auto &[name, value] : members)
                object.insert(QLatin1String(name), value);
            return object;
        };

        QTest::newRow("not JSON") << QByteArray("{\"formatVersion\": 1,") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("JSON object");
        QJsonObject newer = catalogJson(QJsonArray{good});
        newer.insert(QStringLiteral("formatVersion"), 2);
        QTest::newRow("newer format") << bytes(newer) << QStringLiteral("version 1");
        QJsonObject noProducts = catalogJson(QJsonArray{good});
        noProducts.insert(QStringLiteral("products"), QJsonArray());
        QTest::newRow("product missing") << bytes(noProducts) << QStringLiteral("\"docspace\" is missing");
        QTest::newRow("unknown member")
            << with("purpse", QStringLiteral("Files.")) << QStringLiteral("unknown member \"purpse\"");
        QTest::newRow("unknown kind")
            << with("kinds", QJsonArray{QStringLiteral("cloud")}) << QStringLiteral("unknown kind \"cloud\"");
        QTest::newRow("plain http help link")
            << with("helpUrl", QStringLiteral("http://app.box.com/developers/console"))
            << QStringLiteral("helpUrl");
        QTest::newRow("redirect never mentioned")
            << with("instructions", QJsonArray{QStringLiteral("Register the app at Box.")})
            << QStringLiteral("never say where to enter {redirectUri}");
        QTest::newRow("redirect without OAuth") << bytes(catalogJson(QJsonArray{[&good] {
            QJsonObject changed = good;
            changed.remove(QStringLiteral("redirectUri"));
            return changed;
        }()})) << QStringLiteral("has no redirectUri");
        QTest::newRow("no instructions")
            << with("instructions", QJsonArray()) << QStringLiteral("must not be empty");
        QTest::newRow("no keys") << with("keys", QJsonArray()) << QStringLiteral("non-empty list");
        QTest::newRow("key name twice")
            << with("keys", QJsonArray{key({}), key({{"name", QStringLiteral("BoxClientID")}})})
            << QStringLiteral("used twice");
        QTest::newRow("select without options")
            << bytes(catalogJson(QJsonArray{withKey(good, key({{"type", QStringLiteral("select")}}))}))
            << QStringLiteral("\"options\" is missing");
        QTest::newRow("default not an option")
            << bytes(
                   catalogJson(QJsonArray{withKey(good, key({{"type", QStringLiteral("select")},
                                                             {"options", QJsonArray{QStringLiteral("mysql")}},
                                                             {"default", QStringLiteral("sqlite")}}))}))
            << QStringLiteral("not one of the options");
        QTest::newRow("depends on nothing")
            << bytes(
                   catalogJson(QJsonArray{withKey(good, key({{"dependsOn", QStringLiteral("databaseType")},
                                                             {"dependsOnValue", QStringLiteral("mysql")}}))}))
            << QStringLiteral("not another key");
        QTest::newRow("unknown format")
            << bytes(catalogJson(QJsonArray{withKey(good, key({{"format", QStringLiteral("uuid")}}))}))
            << QStringLiteral("unknown format \"uuid\"");
        QTest::newRow("key name with a space")
            << bytes(catalogJson(QJsonArray{withKey(good, key({{"name", QStringLiteral("box id")}}))}))
            << QStringLiteral("only letters, digits and _");
        QJsonObject shouting = good;
        shouting.insert(QStringLiteral("name"), QStringLiteral("BOX"));
        QTest::newRow("same service twice, other case") << bytes(catalogJson(QJsonArray{good, shouting}))
                                                        << QStringLiteral("clashes with the service \"box\"");
        QJsonObject early = good;
        early.insert(QStringLiteral("order"), 1);
        QTest::newRow("out of order")
            << bytes(catalogJson(QJsonArray{good,
                                            [&early] {
                                                QJsonObject other = early;
                                                other.insert(QStringLiteral("name"),
                                                             QStringLiteral("dropbox"));
                                                return other;
                                            }()}))
            << QStringLiteral("portal's order");
        QTest::newRow("bad version") << with("since", QStringLiteral("3.7-beta"))
                                     << QStringLiteral("version such as");

        // Field names in the prose must be the labels the admin sees.
        QTest::newRow("instruction names a field the form lacks")
            << with("instructions",
                    QJsonArray{QStringLiteral("Register {redirectUri} at Box and copy the ID into "
                                              "\u201cBox ID\u201d and \u201cClient ID\u201d.")})
            << QStringLiteral("names the field \"Client ID\", which is not a label");
        QTest::newRow("label spelt differently")
            << with("instructions",
                    QJsonArray{QStringLiteral("Register {redirectUri} at Box and copy the ID into "
                                              "\u201cBox Id\u201d.")})
            << QStringLiteral("never name the field \"Box ID\"");
        QTest::newRow("field named without quotes")
            << with("instructions",
                    QJsonArray{QStringLiteral("Register {redirectUri}; copy the ID into Box ID.")})
            << QStringLiteral("never name the field \"Box ID\"");
        QTest::newRow("note names a field the form lacks")
            << with("note", QStringLiteral("Leave \u201cBox Secret\u201d empty."))
            << QStringLiteral("\"Box Secret\"");
        QTest::newRow("older set's note names a field it lacks")
            << with("olderKeySets",
                    QJsonArray{QJsonObject{
                        {QStringLiteral("generation"), QStringLiteral("Box v1")},
                        {QStringLiteral("versions"), QStringLiteral("before 2.0")},
                        {QStringLiteral("until"), QStringLiteral("2.0")},
                        {QStringLiteral("note"), QStringLiteral("Enter the key in \u201cBox Login\u201d.")},
                        {QStringLiteral("keys"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("boxLogin")},
                                                {QStringLiteral("label"), QStringLiteral("Login")}}}}}})
            << QStringLiteral("Box v1: the note names the field \"Box Login\"");
        QJsonObject backwards = catalogJson(QJsonArray{good});
        QJsonArray products = backwards.value(QStringLiteral("products")).toArray();
        QJsonObject docspace = products.at(0).toObject();
        docspace.insert(QStringLiteral("oldestVersion"), QStringLiteral("3.8"));
        products.replace(0, docspace);
        backwards.insert(QStringLiteral("products"), products);
        QTest::newRow("oldest version after the version")
            << bytes(backwards) << QStringLiteral("oldestVersion is newer than version");
    }
    void brokenCatalogsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorMentions);
        const ServiceCatalog broken = ServiceCatalog::fromJson(json, QStringLiteral("test.json"));
        QVERIFY(!broken.isValid());
        const QString errors = broken.errors().join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(errorMentions), qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("test.json")), qPrintable(errors));
        // All or nothing: a broken catalog offers no services at all.
        QVERIFY(broken.services(Product::DocSpace).isEmpty());
        QVERIFY(broken.services(Product::Workspace).isEmpty());
        QVERIFY(!broken.find(Product::Workspace, QStringLiteral("Box")));
    }

    void minimalCatalogIsValid()
    {
        const ServiceCatalog minimal =
            ServiceCatalog::fromJson(bytes(catalogJson(QJsonArray{goodService(QStringLiteral("box"))})));
        QVERIFY2(minimal.isValid(), qPrintable(minimal.errors().join(QLatin1Char('\n'))));
        QCOMPARE(minimal.services(Product::DocSpace).size(), 1);
        QCOMPARE(minimal.services(Product::DocSpace).first().keys.first().label, QStringLiteral("Box ID"));
    }

    void missingFileIsReported()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("portalkeys-no-such-catalog.json"));
        const ServiceCatalog missing = ServiceCatalog::fromFile(path);
        QVERIFY(!missing.isValid());
        QVERIFY(missing.errors().first().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestServiceCatalog)
#include "tst_servicecatalog.moc"
