#pragma once

// Runs the real portalkeys-cli binary for tests, as a script would.
#include "ExitCode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PortalKeys::Testing {

struct CliRun {
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

// `program`: a copy of portalkeys-cli somewhere else, or any other program.
inline CliRun runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &standardInput = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                     const QByteArray &standardInput = {})
{
    return runProgram(QStringLiteral(PORTALKEYS_CLI_PATH), arguments, environment, standardInput);
}

// A failed exit-code check shows everything the CLI said.
inline QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

// Files under the test's HOME and XDG folders that hold a secret, in clear text or base64.
struct DiskScan {
    int filesRead = 0;
    QString leak; // "a secret was written to …", or empty
};

inline DiskScan scanHomeForSecrets(const QList<QByteArray> &secrets)
{
    DiskScan scan;
    QStringList roots;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString root = qEnvironmentVariable(variable);
        if (!root.isEmpty() && !roots.contains(root))
            roots.append(root);
    }
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scan.filesRead;
            const QByteArray content = file.read(64 * 1024 * 1024);
            for (const QByteArray &secret : secrets) {
                if (content.contains(secret) || content.contains(secret.toBase64())) {
                    scan.leak = QStringLiteral("a secret was written to %1").arg(file.fileName());
                    return scan;
                }
            }
        }
    }
    return scan;
}

} // namespace PortalKeys::Testing

// Checks a CLI run's exit code and shows its output when it is not the expected one.
#define CHECK_EXIT(expression, expected)                                                                     \
    do {                                                                                                     \
        const PortalKeys::Testing::CliRun checked = (expression);                                            \
        QVERIFY2(checked.exitCode == PortalKeys::toInt(expected),                                            \
                 qPrintable(PortalKeys::Testing::describe(checked)));                                        \
    } while (false)
