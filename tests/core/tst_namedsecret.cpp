#include "secrets/NamedSecret.h"

#include <QTest>

using namespace PortalKeys;

class TestNamedSecret : public QObject {
    Q_OBJECT

private slots:
    void acceptsOrdinaryNames_data();
    void acceptsOrdinaryNames();
    void refusesBadNames_data();
    void refusesBadNames();
};

void TestNamedSecret::acceptsOrdinaryNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("word") << QStringLiteral("docserver");
    QTest::newRow("spaces inside") << QStringLiteral("Document Server prod");
    QTest::newRow("unicode") << QStringLiteral("сервер-документов");
    QTest::newRow("longest") << QString(NamedSecret::maxNameLength, QLatin1Char('a'));
}

void TestNamedSecret::acceptsOrdinaryNames()
{
    QFETCH(QString, name);
    QVERIFY2(NamedSecret::nameProblem(name).isEmpty(), qPrintable(NamedSecret::nameProblem(name)));
    QCOMPARE(NamedSecret::keychainKey(name), QStringLiteral("named-secret/") + name);
}

void TestNamedSecret::refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("leading space") << QStringLiteral(" prod") << QStringLiteral("space");
    QTest::newRow("too long") << QString(NamedSecret::maxNameLength + 1, QLatin1Char('a'))
                              << QStringLiteral("longer");
    QTest::newRow("control") << QStringLiteral("a\nb") << QStringLiteral("control");
}

void TestNamedSecret::refusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QVERIFY2(NamedSecret::nameProblem(name).contains(problem), qPrintable(NamedSecret::nameProblem(name)));
}

QTEST_GUILESS_MAIN(TestNamedSecret)
#include "tst_namedsecret.moc"
