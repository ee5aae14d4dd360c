// Drives the real portalkeys-cli binary, as a user or a script would. Runs inside the private test
// keyring (tests/support/with-test-keyring.sh), so `secret` subcommands use a real Secret Service.
#include "ExitCode.h"
#include "support/CliRunner.h"

#include <QProcess>
#include <QTest>

using PortalKeys::ExitCode;

namespace {

using Run = PortalKeys::Testing::CliRun;

Run runCli(const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return PortalKeys::Testing::runCli(arguments, environment);
}

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpListsCommandsAndExitCodes();
    void versionPrintsTheVersion();
    void unknownCommandIsUsageErrorWithSuggestion();
    void noArgumentsPrintsHelpToStderr();
    void subcommandHelp();
    void secretRefusesPlainArgumentValues();
    void secretRoundTripThroughTheKeychain();
    void missingKeychainExitsWithFive();
};

void TestCli::helpListsCommandsAndExitCodes()
{
    const Run run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: portalkeys-cli COMMAND")));
    QVERIFY(run.out.contains(QStringLiteral("\n  secret ")));
    QVERIFY(run.out.contains(QStringLiteral("5  the OS keychain is not available")));
    QVERIFY(run.out.endsWith(QLatin1Char('\n')));
    QVERIFY(run.err.isEmpty());
}

void TestCli::versionPrintsTheVersion()
{
    const Run run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QCOMPARE(run.out, QStringLiteral("portalkeys-cli " PORTALKEYS_VERSION "\n"));
}

void TestCli::unknownCommandIsUsageErrorWithSuggestion()
{
    Run run = runCli({QStringLiteral("secrte"), QStringLiteral("status")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.startsWith(QStringLiteral("portalkeys-cli: unknown command “secrte”.")));
    QVERIFY(run.err.contains(QStringLiteral("Did you mean “secret”?")));
    QVERIFY(run.err.contains(QStringLiteral("portalkeys-cli --help")));

    run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(!run.err.contains(QStringLiteral("Did you mean")));

    run = runCli({QStringLiteral("--frobnicate")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QStringLiteral("unknown option “--frobnicate”")));
}

void TestCli::noArgumentsPrintsHelpToStderr()
{
    const Run run = runCli({});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith(QStringLiteral("Usage: ")));
}

void TestCli::subcommandHelp()
{
    const Run viaOption = runCli({QStringLiteral("secret"), QStringLiteral("--help")});
    QCOMPARE(viaOption.exitCode, code(ExitCode::Success));
    QVERIFY(viaOption.out.contains(QStringLiteral("portalkeys-cli secret store NAME")));
    QVERIFY(viaOption.out.contains(QStringLiteral("--secret-env NAME")));
    const Run viaHelp = runCli({QStringLiteral("help"), QStringLiteral("secret")});
    QCOMPARE(viaHelp.exitCode, code(ExitCode::Success));
    QCOMPARE(viaHelp.out, viaOption.out);
}

void TestCli::secretRefusesPlainArgumentValues()
{
    Run run = runCli(
        {QStringLiteral("secret"), QStringLiteral("store"), QStringLiteral("ds"), QStringLiteral("hunter2")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    run = runCli({QStringLiteral("secret"), QStringLiteral("store"), QStringLiteral("ds")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QStringLiteral("--secret-env NAME or --secret-file PATH")));
    run = runCli({QStringLiteral("secret"), QStringLiteral("store"), QStringLiteral("ds"),
                  QStringLiteral("--secret")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QStringLiteral("--secret")));
}

void TestCli::secretRoundTripThroughTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    const QString secretValue = QStringLiteral("ds-secret-Zq8vX1");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DS_SECRET"), secretValue);

    Run run = runCli({QStringLiteral("secret"), QStringLiteral("status")});
    QVERIFY2(run.exitCode == code(ExitCode::Success), qPrintable(run.err));

    run = runCli({QStringLiteral("secret"), QStringLiteral("store"), QStringLiteral("Document Server"),
                  QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")},
                 environment);
    QVERIFY2(run.exitCode == code(ExitCode::Success), qPrintable(run.err));
    QVERIFY(!run.out.contains(secretValue) && !run.err.contains(secretValue));

    run = runCli({QStringLiteral("secret"), QStringLiteral("exists"), QStringLiteral("Document Server")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(!run.out.contains(secretValue));

    run = runCli({QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("Document Server")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    run = runCli({QStringLiteral("secret"), QStringLiteral("exists"), QStringLiteral("Document Server")});
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    QVERIFY(run.out.contains(QStringLiteral("No secret is stored under “Document Server”")));
}

void TestCli::missingKeychainExitsWithFive()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("DS_SECRET"), QStringLiteral("never-stored-value"));
    const Run run = runCli({QStringLiteral("secret"), QStringLiteral("store"), QStringLiteral("ds"),
                            QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")},
                           environment);
    QCOMPARE(run.exitCode, code(ExitCode::Keychain));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.startsWith(QStringLiteral("portalkeys-cli: No keychain is available.")));
    QVERIFY(!run.err.contains(QStringLiteral("never-stored-value")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
