// What portalkeys-cli loads to start (Linux): the offline commands (jwt, pkce) need neither Qt Gui nor Qt
// Network, QtKeychain or D-Bus, neither linked (ldd) nor loaded later (LD_DEBUG); the other commands come
// from libportalkeys-cli-full.so and oauth-app icon from libportalkeys-icon.so, found beside the program in
// the build tree and in lib/…/portalkeys/ when installed, and a missing one is named. Not timed:
// bench/bench_cli_start is.
#include "ExitCode.h"
#include "support/CliRunner.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using PortalKeys::ExitCode;
using Run = PortalKeys::Testing::CliRun;

namespace {

const QByteArray secret = "start-test-secret-of-32-bytes!!!";
const QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"/>");

// Libraries only the online commands and oauth-app icon may bring in.
const QStringList heavyLibraries{
    QStringLiteral("libQt6Gui"),   QStringLiteral("libQt6Network"), QStringLiteral("libqt6keychain"),
    QStringLiteral("libQt6DBus"),  QStringLiteral("libX11"),        QStringLiteral("libxcb"),
    QStringLiteral("libEGL"),      QStringLiteral("libGLX"),        QStringLiteral("libfontconfig"),
    QStringLiteral("libfreetype"), QStringLiteral("libgssapi"),     QStringLiteral("libdbus-1")};

QProcessEnvironment environment(bool traceLoading = false)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("START_SECRET"), QString::fromLatin1(secret));
    if (traceLoading)
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    return environment;
}

Run runProgram(const QString &program, const QStringList &arguments, bool traceLoading = false,
               const QByteArray &input = {})
{
    return PortalKeys::Testing::runProgram(program, arguments, environment(traceLoading), input);
}

QStringList heavyIn(const QString &text)
{
    QStringList found;
    for (const QString &library : heavyLibraries) {
        if (text.contains(library))
            found.append(library);
    }
    return found;
}

QByteArray token()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("admin")},
                              {QStringLiteral("exp"), now + 600}};
    using namespace PortalKeys::Jwt;
    return Signer::sign(payload, Algorithm::HS256, *Key::fromSecret(secret).key).token.toLatin1();
}

// A hard link when it can (same file system: the test's folder is in the build tree), else a copy.
bool place(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0 ||
           QFile::copy(from, to);
}

} // namespace

class TestCliStart : public QObject {
    Q_OBJECT

private:
    QString cliIn(const QString &directory, const QString &relativeDir, bool fullModule, bool iconModule);
    QString m_svg;
    QScopedPointer<QTemporaryDir> m_dir;

private slots:
    void initTestCase();
    void offlineProgramLinksNothingHeavy();
    void offlineCommandsLoadNothingHeavy();
    void otherCommandsLoadWhatTheyNeed();
    void installedLayoutFindsTheModules();
    void missingIconModuleIsNamed();
    void missingFullModuleIsNamed();
};

void TestCliStart::initTestCase()
{
    // Beside the build tree's programs, so that hard links work.
    m_dir.reset(
        new QTemporaryDir(QCoreApplication::applicationDirPath() + QStringLiteral("/clistart-XXXXXX")));
    QVERIFY(m_dir->isValid());
    m_svg = m_dir->filePath(QStringLiteral("logo.svg"));
    QFile file(m_svg);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(svg.toUtf8());
}

// portalkeys-cli (and optionally its modules) laid out under `directory`: the program in `relativeDir`, the
// modules where portalkeys-cli looks from there.
QString TestCliStart::cliIn(const QString &directory, const QString &relativeDir, bool fullModule,
                            bool iconModule)
{
    const QString program =
        QDir::cleanPath(directory + QLatin1Char('/') + relativeDir + QStringLiteral("/portalkeys-cli"));
    const QString modules = relativeDir.isEmpty()
                                ? directory
                                : directory + QLatin1Char('/') + QStringLiteral(PORTALKEYS_PRIVATE_DIR);
    bool placed = place(QStringLiteral(PORTALKEYS_CLI_PATH), program);
    if (fullModule)
        placed = placed && place(QStringLiteral(PORTALKEYS_CLI_FULL_MODULE_PATH),
                                 modules + QLatin1Char('/') +
                                     QFileInfo(QStringLiteral(PORTALKEYS_CLI_FULL_MODULE_PATH)).fileName());
    if (iconModule)
        placed = placed && place(QStringLiteral(PORTALKEYS_ICON_MODULE_PATH),
                                 modules + QLatin1Char('/') +
                                     QFileInfo(QStringLiteral(PORTALKEYS_ICON_MODULE_PATH)).fileName());
    return placed ? program : QString();
}

void TestCliStart::offlineProgramLinksNothingHeavy()
{
    const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
    if (ldd.isEmpty())
        QSKIP("ldd is not installed");
    const Run run = runProgram(ldd, {QStringLiteral(PORTALKEYS_CLI_PATH)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("libQt6Core")), qPrintable(run.out));
    QVERIFY2(heavyIn(run.out).isEmpty(), qPrintable(heavyIn(run.out).join(QLatin1Char(' '))));
}

void TestCliStart::offlineCommandsLoadNothingHeavy()
{
    const QString cli = QStringLiteral(PORTALKEYS_CLI_PATH);
    Run run = runProgram(cli,
                         {QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("-"),
                          QStringLiteral("--secret-env"), QStringLiteral("START_SECRET")},
                         true, token());
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(run.err.contains(QLatin1String("libQt6Core")), "LD_DEBUG=files said nothing"); // the check works
    QVERIFY2(heavyIn(run.err).isEmpty(), qPrintable(heavyIn(run.err).join(QLatin1Char(' '))));

    run = runProgram(cli, {QStringLiteral("pkce")}, true);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY2(heavyIn(run.err).isEmpty(), qPrintable(heavyIn(run.err).join(QLatin1Char(' '))));
}

void TestCliStart::otherCommandsLoadWhatTheyNeed()
{
    const QString cli = QStringLiteral(PORTALKEYS_CLI_PATH);
    Run run = runProgram(cli, {QStringLiteral("portal"), QStringLiteral("list")}, true);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.err.contains(QLatin1String("libQt6Network")));
    QVERIFY(!run.err.contains(QLatin1String("libQt6Gui")));

    run = runProgram(cli, {QStringLiteral("oauth-app"), QStringLiteral("icon"), m_svg}, true);
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.startsWith(QLatin1String("data:image/svg+xml;base64,")));
    QVERIFY(run.err.contains(QLatin1String("libQt6Gui")));

    // jwt with the keychain is the full module's too.
    run = runProgram(cli,
                     {QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("-"),
                      QStringLiteral("--secret-keychain"), QStringLiteral("no-such-secret-name")},
                     true, token());
    QVERIFY(run.err.contains(QLatin1String("libqt6keychain")));
}

void TestCliStart::installedLayoutFindsTheModules()
{
    const QString cli =
        cliIn(m_dir->filePath(QStringLiteral("installed")), QStringLiteral("bin"), true, true);
    QVERIFY(!cli.isEmpty());
    Run run = runProgram(cli, {QStringLiteral("oauth-app"), QStringLiteral("icon"), m_svg});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.startsWith(QLatin1String("data:image/svg+xml;base64,")));
    run = runProgram(cli, {QStringLiteral("--help")});
    CHECK_EXIT(run, ExitCode::Success);
    QVERIFY(run.out.contains(QLatin1String("portal")));
}

void TestCliStart::missingIconModuleIsNamed()
{
    const QString cli = cliIn(m_dir->filePath(QStringLiteral("noicon")), {}, true, false);
    QVERIFY(!cli.isEmpty());
    const Run run = runProgram(cli, {QStringLiteral("oauth-app"), QStringLiteral("icon"), m_svg});
    CHECK_EXIT(run, ExitCode::Usage);
    QVERIFY(run.out.isEmpty());
    const QString module = QFileInfo(QStringLiteral(PORTALKEYS_ICON_MODULE_PATH)).fileName();
    QVERIFY2(run.err.startsWith(QLatin1String("portalkeys-cli: ")) && run.err.contains(module) &&
                 run.err.contains(QLatin1String("Reinstall portalkeys-cli")),
             qPrintable(run.err));
}

void TestCliStart::missingFullModuleIsNamed()
{
    const QString cli = cliIn(m_dir->filePath(QStringLiteral("alone")), {}, false, false);
    QVERIFY(!cli.isEmpty());
    Run run = runProgram(cli, {QStringLiteral("portal"), QStringLiteral("list")});
    CHECK_EXIT(run, ExitCode::Usage);
    const QString module = QFileInfo(QStringLiteral(PORTALKEYS_CLI_FULL_MODULE_PATH)).fileName();
    QVERIFY2(run.err.contains(module) && run.err.contains(QLatin1String("Reinstall portalkeys-cli")),
             qPrintable(run.err));
    // What the program does itself still works.
    run = runProgram(cli, {QStringLiteral("jwt"), QStringLiteral("decode"), QString::fromLatin1(token())});
    CHECK_EXIT(run, ExitCode::Success);
    run = runProgram(cli, {QStringLiteral("--version")});
    CHECK_EXIT(run, ExitCode::Success);
}

QTEST_GUILESS_MAIN(TestCliStart)
#include "tst_clistart.moc"
