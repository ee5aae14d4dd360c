#pragma once

// Runs the real portalkeys-cli binary for tests, as a script would.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PortalKeys::Testing {

struct CliRun {
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                     const QByteArray &standardInput = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTALKEYS_CLI_PATH), arguments);
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

} // namespace PortalKeys::Testing
