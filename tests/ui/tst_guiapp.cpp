// Drives the real portalkeys binary's command line (offscreen).
#include "ExitCode.h"

#include <QProcess>
#include <QTest>

class TestGuiApp : public QObject {
    Q_OBJECT

private slots:
    void unknownPageIsAUsageError();
    void versionAndHelp();
};

namespace {

QProcess *startGui(QObject *parent, const QStringList &arguments)
{
    auto *process = new QProcess(parent);
    process->start(QStringLiteral(PORTALKEYS_GUI_PATH), arguments);
    return process;
}

} // namespace

void TestGuiApp::unknownPageIsAUsageError()
{
    QProcess *process = startGui(this, {QStringLiteral("--page"), QStringLiteral("settings")});
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 2); // a usage mistake, as portalkeys-cli says it
    const QString err = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral(
                 "unknown page “settings”; choose one of portals, third-party, oauth-apps, jwt")),
             qPrintable(err));
}

void TestGuiApp::versionAndHelp()
{
    QProcess *version = startGui(this, {QStringLiteral("--version")});
    QVERIFY(version->waitForFinished(60000));
    QCOMPARE(version->exitCode(), 0);
    QVERIFY(QString::fromUtf8(version->readAllStandardOutput()).contains(QStringLiteral(PORTALKEYS_VERSION)));

    QProcess *help = startGui(this, {QStringLiteral("--help")});
    QVERIFY(help->waitForFinished(60000));
    QCOMPARE(help->exitCode(), 0);
    QVERIFY(QString::fromUtf8(help->readAllStandardOutput()).contains(QStringLiteral("--page <PAGE>")));
}

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
