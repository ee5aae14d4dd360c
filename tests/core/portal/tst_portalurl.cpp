#include "portal/PortalUrl.h"

#include <QTest>

using namespace PortalKeys::Portal;

class TestPortalUrl : public QObject {
    Q_OBJECT

private slots:
    void normalizesWhatPeoplePaste_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << "portal.example.com"
                                   << "https://portal.example.com";
        QTest::newRow("upper case, slash") << "HTTPS://Portal.Example.COM/"
                                           << "https://portal.example.com";
        QTest::newRow("default port dropped") << "https://portal.example.com:443"
                                              << "https://portal.example.com";
        QTest::newRow("other port kept") << "https://portal.example.com:8443/"
                                         << "https://portal.example.com:8443";
        QTest::newRow("spaces around") << "  https://portal.example.com  "
                                       << "https://portal.example.com";
        QTest::newRow("browser page cut") << "https://portal.example.com/rooms/shared/filter?folder=3"
                                          << "https://portal.example.com";
        QTest::newRow("query and fragment dropped") << "https://portal.example.com/?a=b#c"
                                                    << "https://portal.example.com";
        QTest::newRow("sub path kept") << "https://example.com/docspace/"
                                       << "https://example.com/docspace";
        QTest::newRow("loopback http") << "http://127.0.0.1:8092"
                                       << "http://127.0.0.1:8092";
        QTest::newRow("localhost http") << "http://localhost:8080/"
                                        << "http://localhost:8080";
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080"
                                       << "http://[::1]:8080";
    }
    void normalizesWhatPeoplePaste()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const PortalUrl::Result result = PortalUrl::normalize(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.url.toString(), expected);
    }

    void refusesWhatCannotBeUsed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("empty") << ""
                               << "Enter the portal's address";
        QTest::newRow("plain http") << "http://portal.example.com"
                                    << "https://portal.example.com";
        QTest::newRow("ftp") << "ftp://portal.example.com"
                             << "ftp";
        QTest::newRow("credentials in URL") << "https://admin:pw@portal.example.com"
                                            << "keychain";
        QTest::newRow("spaces inside") << "portal example com"
                                       << "spaces";
    }
    void refusesWhatCannotBeUsed()
    {
        QFETCH(QString, input);
        QFETCH(QString, errorMentions);
        const PortalUrl::Result result = PortalUrl::normalize(input);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1String("pw@")));
    }

    void originsCompareSchemeHostAndPort()
    {
        const QUrl portal(QStringLiteral("https://portal.example.com"));
        QVERIFY(
            PortalUrl::sameOrigin(portal, QUrl(QStringLiteral("https://PORTAL.example.com:443/api/2.0"))));
        QVERIFY(!PortalUrl::sameOrigin(portal, QUrl(QStringLiteral("http://portal.example.com"))));
        QVERIFY(!PortalUrl::sameOrigin(portal, QUrl(QStringLiteral("https://portal.example.com:8443"))));
        QVERIFY(!PortalUrl::sameOrigin(portal, QUrl(QStringLiteral("https://evil.example.com"))));
    }

    void credentialsOnlyOverHttpsOrToThisMachine()
    {
        QVERIFY(PortalUrl::mayCarryCredentials(QUrl(QStringLiteral("https://portal.example.com"))));
        QVERIFY(PortalUrl::mayCarryCredentials(QUrl(QStringLiteral("http://127.0.0.1:9000"))));
        QVERIFY(PortalUrl::mayCarryCredentials(QUrl(QStringLiteral("http://127.5.6.7"))));
        QVERIFY(!PortalUrl::mayCarryCredentials(QUrl(QStringLiteral("http://portal.example.com"))));
        QVERIFY(!PortalUrl::mayCarryCredentials(QUrl(QStringLiteral("http://10.0.0.1"))));
    }

    // Two portals on one host differ only by the port: the pickers name it whenever it is not the default.
    void hostAndPortShowsAPortThatIsNotTheDefault()
    {
        const auto shown = [](const char *url) {
            return PortalUrl::hostAndPort(QUrl(QString::fromLatin1(url)));
        };
        QCOMPARE(shown("https://portal.example.com"), QStringLiteral("portal.example.com"));
        QCOMPARE(shown("https://portal.example.com:443/docspace"), QStringLiteral("portal.example.com"));
        QCOMPARE(shown("https://docspace.lab.internal:8443"), QStringLiteral("docspace.lab.internal:8443"));
        QCOMPARE(shown("http://127.0.0.1"), QStringLiteral("127.0.0.1"));
        QCOMPARE(shown("http://127.0.0.1:8092"), QStringLiteral("127.0.0.1:8092"));
        QCOMPARE(shown("https://127.0.0.1:80"), QStringLiteral("127.0.0.1:80"));
        QCOMPARE(shown("http://[::1]:8092"), QStringLiteral("[::1]:8092"));
    }

    void resolvesPathsUnderTheBase()
    {
        const QUrl base(QStringLiteral("https://example.com/docspace"));
        QCOMPARE(PortalUrl::resolve(base, QStringLiteral("/api/2.0/people/@self")).toString(),
                 QStringLiteral("https://example.com/docspace/api/2.0/people/@self"));
        QCOMPARE(PortalUrl::resolve(base, QStringLiteral("/api/2.0/clients?limit=5")).toString(),
                 QStringLiteral("https://example.com/docspace/api/2.0/clients?limit=5"));
    }
};

QTEST_GUILESS_MAIN(TestPortalUrl)
#include "tst_portalurl.moc"
