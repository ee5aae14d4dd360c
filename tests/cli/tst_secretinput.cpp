#include "SecretInput.h"

#include <QCommandLineParser>
#include <QTemporaryFile>
#include <QTest>

using PortalKeys::Cli::SecretInput;

class TestSecretInput : public QObject {
    Q_OBJECT

private:
    static SecretInput::Result parseAndRead(const QStringList &arguments);

private slots:
    void readsFromEnvironmentVariable();
    void refusesMissingOrEmptyVariable();
    void dropsOneTrailingLineBreakFromFiles_data();
    void dropsOneTrailingLineBreakFromFiles();
    void refusesMissingEmptyAndHugeFiles();
    void requiresExactlyOneSource();
};

SecretInput::Result TestSecretInput::parseAndRead(const QStringList &arguments)
{
    SecretInput input;
    QCommandLineParser parser;
    parser.addOptions(input.options());
    if (!parser.parse(QStringList{QStringLiteral("test")} + arguments))
        return {{}, parser.errorText()};
    return input.read(parser);
}

void TestSecretInput::readsFromEnvironmentVariable()
{
    qputenv("PORTALKEYS_TEST_SECRET", "s3cr3t value");
    const SecretInput::Result result =
        parseAndRead({QStringLiteral("--secret-env"), QStringLiteral("PORTALKEYS_TEST_SECRET")});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.secret, QByteArrayLiteral("s3cr3t value"));
}

void TestSecretInput::refusesMissingOrEmptyVariable()
{
    qunsetenv("PORTALKEYS_TEST_UNSET");
    SecretInput::Result result =
        parseAndRead({QStringLiteral("--secret-env"), QStringLiteral("PORTALKEYS_TEST_UNSET")});
    QVERIFY(result.error.contains(QStringLiteral("“PORTALKEYS_TEST_UNSET” is not set")));

    qputenv("PORTALKEYS_TEST_EMPTY", "");
    result = parseAndRead({QStringLiteral("--secret-env"), QStringLiteral("PORTALKEYS_TEST_EMPTY")});
    QVERIFY(result.error.contains(QStringLiteral("is empty")));
}

void TestSecretInput::dropsOneTrailingLineBreakFromFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("no line break") << QByteArrayLiteral("abc") << QByteArrayLiteral("abc");
    QTest::newRow("unix") << QByteArrayLiteral("abc\n") << QByteArrayLiteral("abc");
    QTest::newRow("windows") << QByteArrayLiteral("abc\r\n") << QByteArrayLiteral("abc");
    QTest::newRow("only one dropped") << QByteArrayLiteral("abc\n\n") << QByteArrayLiteral("abc\n");
    QTest::newRow("spaces kept") << QByteArrayLiteral(" abc ") << QByteArrayLiteral(" abc ");
    QTest::newRow("multi-line PEM kept") << QByteArrayLiteral("-----BEGIN-----\nxyz\n-----END-----\n")
                                         << QByteArrayLiteral("-----BEGIN-----\nxyz\n-----END-----");
}

void TestSecretInput::dropsOneTrailingLineBreakFromFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, secret);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(content);
    file.close();
    const SecretInput::Result result = parseAndRead({QStringLiteral("--secret-file"), file.fileName()});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.secret, secret);
}

void TestSecretInput::refusesMissingEmptyAndHugeFiles()
{
    SecretInput::Result result =
        parseAndRead({QStringLiteral("--secret-file"), QStringLiteral("/nonexistent/portalkeys/secret")});
    QVERIFY(result.error.startsWith(QStringLiteral("Cannot read “/nonexistent/portalkeys/secret”")));

    QTemporaryFile empty;
    QVERIFY(empty.open());
    empty.write("\n");
    empty.close();
    result = parseAndRead({QStringLiteral("--secret-file"), empty.fileName()});
    QVERIFY(result.error.contains(QStringLiteral("is empty")));

    QTemporaryFile huge;
    QVERIFY(huge.open());
    huge.write(QByteArray(1024 * 1024 + 1, 'x'));
    huge.close();
    result = parseAndRead({QStringLiteral("--secret-file"), huge.fileName()});
    QVERIFY2(result.error.contains(QStringLiteral("larger than 1 MiB")), qPrintable(result.error));
}

void TestSecretInput::requiresExactlyOneSource()
{
    SecretInput::Result result = parseAndRead({});
    QVERIFY(result.error.contains(QStringLiteral("never taken as a plain argument")));
    qputenv("PORTALKEYS_TEST_SECRET", "x");
    result = parseAndRead({QStringLiteral("--secret-env"), QStringLiteral("PORTALKEYS_TEST_SECRET"),
                           QStringLiteral("--secret-file"), QStringLiteral("/dev/null")});
    QVERIFY(result.error.contains(QStringLiteral("not both")));
}

QTEST_GUILESS_MAIN(TestSecretInput)
#include "tst_secretinput.moc"
