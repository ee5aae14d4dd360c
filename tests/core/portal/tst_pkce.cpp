#include "oauth/Pkce.h"

#include <QSet>
#include <QTest>

using namespace PortalKeys::OAuth;

class TestPkce : public QObject {
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        QString error;
        const Pkce pair =
            Pkce::fromVerifier(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pair.challenge, QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedPairsAreFreshAndWellFormed()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 20; ++i) {
            const Pkce pair = Pkce::generate();
            QCOMPARE(pair.verifier.size(), 43);
            QCOMPARE(pair.challenge, Pkce::challengeFor(pair.verifier));
            QVERIFY(!seen.contains(pair.verifier));
            seen.insert(pair.verifier);
        }
        QVERIFY(Pkce::randomState() != Pkce::randomState());
    }

    void badVerifiersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::newRow("too short") << QByteArray(42, 'a');
        QTest::newRow("too long") << QByteArray(129, 'a');
        QTest::newRow("bad character") << QByteArray(43, 'a').replace(5, 1, "+");
    }
    void badVerifiersAreRefused()
    {
        QFETCH(QByteArray, verifier);
        QString error;
        const Pkce pair = Pkce::fromVerifier(verifier, &error);
        QVERIFY(pair.challenge.isEmpty());
        QVERIFY(error.contains(QLatin1String("RFC 7636")));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
