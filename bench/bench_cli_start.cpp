// Start-up of portalkeys-cli as a whole process, against Debian's Go jwt CLI (package jwt) measured in the
// same run: the median wall time of N runs each of
//   portalkeys-cli --version,
//   portalkeys-cli jwt verify - --secret-env BENCH_SECRET   (one HS256 token on standard input),
//   jwt -key FILE -alg HS256 -verify -                       (the same token and secret),
// taken in turns so that a busy moment hurts all three alike, and the ratio of the two verifications (goal:
// at most 2). An empty program (/bin/true) shows what starting any process costs here. On Linux it also
// counts the shared libraries portalkeys-cli loads (ldd). Prints the figures; exits 0 whatever they are.
//
//   bench_cli_start [RUNS]   (default 31)
#include "jwt/Key.h"
#include "jwt/Signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace PortalKeys::Jwt;

namespace {

const QByteArray secret = "bench-secret-of-thirty-two-bytes!";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One program to time: its command line, its standard input, and the wall times of its runs.
struct Subject {
    QString label;
    QString program;
    QStringList arguments;
    QByteArray input;
    QByteArray expectedOutput; // a run whose standard output lacks it does not count
    std::vector<double> milliseconds;
    QString failure;

    bool available() const { return !program.isEmpty() && failure.isEmpty(); }
};

QProcessEnvironment benchEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BENCH_SECRET"), QString::fromLatin1(secret));
    return environment;
}

// Start to exit, standard output kept to check it.
void runOnce(Subject &subject)
{
    QProcess process;
    process.setProcessEnvironment(benchEnvironment());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(subject.program, subject.arguments);
    if (!subject.input.isEmpty())
        process.write(subject.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        subject.failure = QStringLiteral("did not finish");
        return;
    }
    const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !output.contains(subject.expectedOutput)) {
        subject.failure =
            QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(output.left(200)));
        return;
    }
    subject.milliseconds.push_back(milliseconds);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QByteArray makeToken()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("admin@portal.example")},
                              {QStringLiteral("name"), QStringLiteral("Portal admin")},
                              {QStringLiteral("iat"), now},
                              {QStringLiteral("exp"), now + 3600}};
    return Signer::sign(payload, Algorithm::HS256, *Key::fromSecret(secret).key).token.toLatin1();
}

// How many shared libraries the dynamic loader maps for `program`: what ldd shows (Linux only).
int sharedLibraryCount(const QString &program)
{
#ifdef Q_OS_LINUX
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(program, {});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    return int(process.readAllStandardOutput().trimmed().count('\n') + 1);
#else
    Q_UNUSED(program)
    return -1;
#endif
}

QString figure(const Subject &subject)
{
    if (subject.program.isEmpty())
        return QStringLiteral("skipped (install Debian's package jwt)");
    if (!subject.failure.isEmpty())
        return QStringLiteral("FAILED (") + subject.failure + QLatin1Char(')');
    return QString::number(median(subject.milliseconds), 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("31")).toInt());
    QTemporaryDir directory;
    const QString keyPath = directory.filePath(QStringLiteral("hmac.key"));
    QFile keyFile(keyPath); // the Go CLI reads an HMAC key from a file, its bytes as they are
    if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(secret) != secret.size()) {
        out() << "cannot write " << keyPath << Qt::endl;
        return 1;
    }
    keyFile.close();
    const QByteArray token = makeToken();
    const QString cli = QStringLiteral(PORTALKEYS_CLI_PATH);

    std::vector<Subject> subjects{
        {QStringLiteral("process start floor (/bin/true)"),
         QStandardPaths::findExecutable(QStringLiteral("true")),
         {},
         {},
         {},
         {},
         {}},
        {QStringLiteral("portalkeys-cli --version"),
         cli,
         {QStringLiteral("--version")},
         {},
         "portalkeys-cli",
         {},
         {}},
        {QStringLiteral("portalkeys-cli jwt verify (HS256, env)"),
         cli,
         {QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("-"),
          QStringLiteral("--secret-env"), QStringLiteral("BENCH_SECRET")},
         token,
         "Valid",
         {},
         {}},
        {QStringLiteral("Go jwt -verify (Debian's jwt)"),
         QStandardPaths::findExecutable(QStringLiteral("jwt")),
         {QStringLiteral("-key"), keyPath, QStringLiteral("-alg"), QStringLiteral("HS256"),
          QStringLiteral("-verify"), QStringLiteral("-")},
         token,
         "admin@portal.example",
         {},
         {}},
    };
    // One run each first, not counted: the files are in the page cache for all of them alike.
    for (int round = -1; round < runs; ++round) {
        for (Subject &subject : subjects) {
            if (subject.available())
                runOnce(subject);
            if (round < 0)
                subject.milliseconds.clear();
        }
    }

    out() << "Start-up, median of " << runs << " runs each, taken in turns" << Qt::endl;
    for (const Subject &subject : subjects)
        out() << "   " << QString(subject.label + QLatin1Char(':')).leftJustified(42) << figure(subject)
              << Qt::endl;
    const Subject &verify = subjects.at(2);
    const Subject &go = subjects.at(3);
    if (verify.available() && go.available())
        out() << "   " << QStringLiteral("ratio portalkeys-cli jwt verify / Go jwt:").leftJustified(42)
              << QString::number(median(verify.milliseconds) / median(go.milliseconds), 'f', 2)
              << "  (goal <= 2)" << Qt::endl;
    if (const int libraries = sharedLibraryCount(cli); libraries >= 0)
        out() << "   " << QStringLiteral("shared libraries portalkeys-cli loads:").leftJustified(42)
              << libraries << " (ldd)" << Qt::endl;
    return 0;
}
