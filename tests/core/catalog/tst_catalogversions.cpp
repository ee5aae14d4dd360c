// The catalog for one portal version: the version string the portal reports is read (garbage counts as
// unknown and never crashes), the services and labels of that version are picked (between known versions, the
// nearest older set), and a portal newer or older than the catalog knows gets a notice that says so.
#include "catalog/ServiceCatalog.h"

#include <QTest>

using namespace PortalKeys::Catalog;

Q_DECLARE_METATYPE(PortalKeys::Catalog::Product)
Q_DECLARE_METATYPE(PortalKeys::Catalog::ServiceCatalog::VersionFit)

namespace {

using Fit = ServiceCatalog::VersionFit;

const ServiceCatalog &catalog()
{
    return ServiceCatalog::builtIn();
}

QVersionNumber parse(const char *text)
{
    return ServiceCatalog::parsePortalVersion(QString::fromUtf8(text));
}

QStringList names(const QList<ServiceDefinition> &services)
{
    QStringList result;
    for (const ServiceDefinition &service : services)
        result << service.name;
    return result;
}

// "service/key|label" for every key of every service the version offers.
QStringList labels(const QList<ServiceDefinition> &services)
{
    QStringList result;
    for (const ServiceDefinition &service : services) {
        for (const KeyDefinition &key : service.keys)
            result << service.name + QLatin1Char('/') + key.name + QLatin1Char('|') + key.label;
    }
    return result;
}

} // namespace

class TestCatalogVersions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(catalog().isValid(), qPrintable(catalog().errors().join(QLatin1Char('\n'))));
        QCOMPARE(catalog().oldestVersion(Product::DocSpace), QVersionNumber(2, 6, 2));
        QCOMPARE(catalog().oldestVersion(Product::Workspace), QVersionNumber(12, 5));
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVersionNumber>("expected");
        const auto row = [](const char *text, const QVersionNumber &expected) {
            QTest::newRow(text) << QString::fromUtf8(text) << expected;
        };
        row("3.7.2.1234", QVersionNumber({3, 7, 2, 1234}));
        row("12.6.0.1886", QVersionNumber({12, 6, 0, 1886}));
        row("3.7", QVersionNumber(3, 7));
        row(" 3.5.0 ", QVersionNumber(3, 5, 0));
        row("v3.6.1", QVersionNumber(3, 6, 1));
        row("3.7.2-rc1", QVersionNumber(3, 7, 2));
        row("3.7.2+build.42", QVersionNumber(3, 7, 2));
        // Garbage: unknown, never a guess.
        for (const char *garbage :
             {"", "   ", "unknown", "3", "12", "3.", ".7", "3..7", "3.x", "x.3.7", "3.7 beta", "-3.7", "3,7",
              "3.7.2.1234.5.6.7", "99999999999.1", "3.7\n4.0", "３.７", "null", "{\"version\":\"3.7\"}"})
            row(garbage, QVersionNumber());
    }
    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(QVersionNumber, expected);
        QCOMPARE(ServiceCatalog::parsePortalVersion(text), expected);
    }

    void garbageCountsAsUnknown()
    {
        for (const char *garbage : {"", "n/a", "3.x", "99999999999.1"}) {
            const QVersionNumber version = parse(garbage);
            QVERIFY(version.isNull());
            for (const Product product : allProducts()) {
                QCOMPARE(catalog().versionFit(product, version), Fit::Unknown);
                QVERIFY(catalog().versionNotice(product, version).isEmpty());
                // Unknown: the catalog's own, newest services and labels.
                QCOMPARE(labels(catalog().services(product, version)), labels(catalog().services(product)));
            }
        }
    }

    void fit_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("version");
        QTest::addColumn<Fit>("expected");
        const auto row = [](Product product, const char *version, Fit expected) {
            QTest::addRow("%s %s", qPrintable(productName(product)), version)
                << product << QString::fromLatin1(version) << expected;
        };
        const Product D = Product::DocSpace;
        const Product W = Product::Workspace;
        row(D, "3.7", Fit::Described);
        row(D, "3.7.2.1234", Fit::Described);
        row(D, "3.7.99", Fit::Described);
        row(D, "3.6.1", Fit::Described);
        row(D, "3.0.4", Fit::Described);
        row(D, "2.6.2", Fit::Described);
        row(D, "2.6.0", Fit::Older);
        row(D, "1.0", Fit::Older);
        row(D, "3.8", Fit::Newer);
        row(D, "3.8.0.100", Fit::Newer);
        row(D, "4.0", Fit::Newer);
        row(D, "12.6.0.1886", Fit::Newer); // a Workspace version read as DocSpace is newer, not a crash
        row(W, "12.6.0.1886", Fit::Described);
        row(W, "12.5.2", Fit::Described);
        row(W, "12.1.0", Fit::Older);
        row(W, "9.5.4", Fit::Older);
        row(W, "12.7.1", Fit::Newer);
        row(W, "13.0", Fit::Newer);
        row(W, "garbage", Fit::Unknown);
    }
    void fit()
    {
        QFETCH(Product, product);
        QFETCH(QString, version);
        QFETCH(Fit, expected);
        const QVersionNumber parsed = ServiceCatalog::parsePortalVersion(version);
        QCOMPARE(catalog().versionFit(product, parsed), expected);
        const QString notice = catalog().versionNotice(product, parsed);
        switch (expected) {
        case Fit::Newer:
            QVERIFY2(notice.contains(parsed.toString()), qPrintable(notice));
            QVERIFY2(notice.contains(QLatin1String("newer than the ") +
                                     catalog().productVersion(product).toString() +
                                     QLatin1String(" that PortalKeys' catalog describes")),
                     qPrintable(notice));
            QVERIFY(notice.contains(QLatin1String("labels may differ")));
            break;
        case Fit::Older:
            QVERIFY2(notice.contains(QLatin1String("older than")), qPrintable(notice));
            QVERIFY(notice.contains(catalog().oldestVersion(product).toString()));
            QVERIFY(notice.contains(QLatin1String("labels may differ")));
            break;
        case Fit::Unknown:
        case Fit::Described:
            QVERIFY2(notice.isEmpty(), qPrintable(notice));
            break;
        }
    }

    // DocSpace's consumer history: 2.6.2–3.2 had 15, 3.5–3.6 had 17, 3.7 has 19.
    void docSpaceServicesByVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("absent");
        const QStringList newIn35 = {QStringLiteral("telegram"), QStringLiteral("weixin")};
        const QStringList newIn37 = {QStringLiteral("externaldb"), QStringLiteral("nextcloud")};
        QTest::newRow("3.0.4") << QStringLiteral("3.0.4") << 15 << newIn35 + newIn37;
        QTest::newRow("3.2.1") << QStringLiteral("3.2.1.100") << 15 << newIn35 + newIn37;
        QTest::newRow("between 3.2 and 3.5") << QStringLiteral("3.4") << 15 << newIn35 + newIn37;
        QTest::newRow("3.5.0") << QStringLiteral("3.5.0") << 17 << newIn37;
        QTest::newRow("3.6.1") << QStringLiteral("3.6.1.2") << 17 << newIn37;
        QTest::newRow("3.7.2") << QStringLiteral("3.7.2.1234") << 19 << QStringList();
        QTest::newRow("3.8 (newer)") << QStringLiteral("3.8.0") << 19 << QStringList();
    }
    void docSpaceServicesByVersion()
    {
        QFETCH(QString, version);
        QFETCH(int, count);
        QFETCH(QStringList, absent);
        const QVersionNumber parsed = ServiceCatalog::parsePortalVersion(version);
        const QList<ServiceDefinition> services = catalog().services(Product::DocSpace, parsed);
        QCOMPARE(services.size(), count);
        for (const QString &name : absent) {
            QVERIFY2(!names(services).contains(name), qPrintable(name));
            QVERIFY(!catalog().find(Product::DocSpace, parsed, name).has_value());
        }
        // Still in the portal's order.
        for (qsizetype i = 1; i < services.size(); ++i)
            QVERIFY(services.at(i - 1).order <= services.at(i).order);
    }

    // The labels a portal of each version shows (from the versions' Resource.resx), where they differ from
    // the newest; everything else keeps the labels the consumer table lists for 3.7 / 12.6.
    void labelsByVersion_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("keys");
        const auto row = [](const char *tag, Product product, const char *version, const char *service,
                            const char *title, const QStringList &keys) {
            QTest::newRow(tag) << product << QString::fromLatin1(version) << QString::fromLatin1(service)
                               << QString::fromUtf8(title) << keys;
        };
        const Product D = Product::DocSpace;
        const Product W = Product::Workspace;
        const QStringList xKeys = {QStringLiteral("twitterKey|API Key"),
                                   QStringLiteral("twitterSecret|API Key Secret")};
        row("DocSpace 3.7 X", D, "3.7.2.1234", "twitter", "X", xKeys);
        row("DocSpace 3.6 X", D, "3.6.0", "twitter", "X", xKeys);
        row("DocSpace 3.5 Twitter", D, "3.5.0", "twitter", "Twitter", xKeys);
        row("DocSpace 3.2 Twitter", D, "3.2.1", "twitter", "Twitter", xKeys);
        row("DocSpace 3.7 Apple", D, "3.7.2", "appleid", "Apple ID",
            {QStringLiteral("appleIdClientId|Application Client ID"),
             QStringLiteral("appleIdClientIdMobile|appleIdClientIdMobile"),
             QStringLiteral("appleIdTeamId|10-character developer account Team ID"),
             QStringLiteral("appleIdKeyId|A 10-character key identifier generated for the Sign in with Apple "
                            "private key"),
             QStringLiteral("appleIdPrivateKey|Private key downloaded from Apple Developer")});
        row("DocSpace 3.7 database", D, "3.7.1", "externaldb", "Database connection",
            {QStringLiteral("databaseType|Database type"), QStringLiteral("dbHost|Host"),
             QStringLiteral("dbPort|Port"), QStringLiteral("dbName|Database name"),
             QStringLiteral("dbUser|User"), QStringLiteral("dbPassword|Password"),
             QStringLiteral("dbSsl|Use SSL"), QStringLiteral("sqliteFilePath|SQLite file path")});
        row("DocSpace 3.7 Nextcloud", D, "3.7.2", "nextcloud", "Nextcloud",
            {QStringLiteral("nextcloudBaseUrl|Enter the URL address of the Nextcloud instance."),
             QStringLiteral("nextcloudClientId|Client ID"),
             QStringLiteral("nextcloudClientSecret|Client Secret")});
        row("DocSpace 3.7 Dropbox", D, "3.7.2", "dropbox", "DropBox",
            {QStringLiteral("dropboxClientId|dropboxClientId"),
             QStringLiteral("dropboxClientSecret|dropboxClientSecret")});
        row("DocSpace 3.7 Twilio", D, "3.7.2", "twilio", "Twilio",
            {QStringLiteral("twilioAccountSid|Account Sid"), QStringLiteral("twilioAuthToken|Auth Token"),
             QStringLiteral("twiliosender|Phone number from Twilio (required for SMS authorization)")});
        const QStringList twitterNow = {QStringLiteral("twitterKey|Twitter ID"),
                                        QStringLiteral("twitterSecret|Twitter Key")};
        row("Workspace 12.6 Twitter", W, "12.6.0.1886", "twitter", "Twitter", twitterNow);
        row("Workspace 12.5 Twitter", W, "12.5.2", "twitter", "Twitter",
            twitterNow + QStringList{QStringLiteral("twitterAccessToken_Default|Access Token"),
                                     QStringLiteral("twitterAccessTokenSecret_Default|Access Token Secret")});
        row("Workspace 12.6 Apple", W, "12.6.0", "appleid", "Apple ID",
            {QStringLiteral("appleIdClientId|Application Client ID"),
             QStringLiteral("appleIdTeamId|10-character developer account Team ID"),
             QStringLiteral("appleIdKeyId|A 10-character key identifier generated for the Sign in with Apple "
                            "private key"),
             QStringLiteral("appleIdPrivateKey|Private key downloaded from Apple Developer")});
        row("Workspace 12.6 Twilio", W, "12.6.0", "twilio", "Twilio",
            {QStringLiteral("twilioAccountSid|Account Sid"), QStringLiteral("twilioAuthToken|Auth Token"),
             QStringLiteral("twiliosender|Phone number from Twilio (required for SMS authorization)")});
        row("Workspace 12.6 Bitly", W, "12.6.0", "bitly", "Bitly",
            {QStringLiteral("bitlyToken|Access Token")});
        row("Workspace 11.6 Bitly", W, "11.6.0", "bitly", "Bitly",
            {QStringLiteral("bitlyClientId|login"), QStringLiteral("bitlyClientSecret|apiKey")});
        row("Workspace 9.5 Facebook", W, "9.5.4", "facebook", "Facebook",
            {QStringLiteral("facebookClientId|App ID"), QStringLiteral("facebookClientSecret|App Secret"),
             QStringLiteral("facebookAccessToken_Default|facebookAccessToken_Default")});
    }
    void labelsByVersion()
    {
        QFETCH(Product, product);
        QFETCH(QString, version);
        QFETCH(QString, service);
        QFETCH(QString, title);
        QFETCH(QStringList, keys);
        const std::optional<ServiceDefinition> found =
            catalog().find(product, ServiceCatalog::parsePortalVersion(version), service);
        QVERIFY(found.has_value());
        QCOMPARE(found->title, title);
        QStringList actual;
        for (const KeyDefinition &key : found->keys)
            actual << key.name + QLatin1Char('|') + key.label;
        QCOMPARE(actual, keys);
    }

    void workspaceServicesByVersion()
    {
        // Apple ID and Microsoft arrived in 12.0; before that, the page had neither.
        const QStringList at116 = names(catalog().services(Product::Workspace, parse("11.6.0")));
        QVERIFY(!at116.contains(QStringLiteral("AppleID")));
        QVERIFY(!at116.contains(QStringLiteral("Microsoft")));
        QCOMPARE(at116.size(), 21);
        QCOMPARE(catalog().services(Product::Workspace, parse("12.0.0")).size(), 23);
        QCOMPARE(catalog().services(Product::Workspace, parse("12.6.0.1886")).size(), 23);
        QCOMPARE(catalog().find(Product::Workspace, QStringLiteral("microsoft"))->availabilityText(),
                 QStringLiteral("Workspace / Community Server 12.0 and later"));
    }

    // The newest known version and every version after it get exactly the catalog's own services and labels.
    void newestAndNewerVersionsGetTheCatalogsOwnSet()
    {
        for (const Product product : allProducts()) {
            const QStringList own = labels(catalog().services(product));
            QStringList titles;
            for (const ServiceDefinition &service : catalog().services(product))
                titles << service.title;
            for (const char *version : {"3.7.2.1234", "12.6.0.1886", "99.0"}) {
                const QVersionNumber parsed = parse(version);
                if (catalog().versionFit(product, parsed) == Fit::Older)
                    continue;
                QCOMPARE(labels(catalog().services(product, parsed)), own);
                QStringList versionTitles;
                for (const ServiceDefinition &service : catalog().services(product, parsed))
                    versionTitles << service.title;
                QCOMPARE(versionTitles, titles);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogVersions)
#include "tst_catalogversions.moc"
