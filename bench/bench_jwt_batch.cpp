// Timing of batch verification against its anchors, measured in the same run:
//  1. portalkeys-cli jwt verify --batch on 20,000, 200,000 and 1,000,000 HS256 tokens, as a process, against
//     one python3 process verifying the same tokens with PyJWT (Debian's python3-jwt); goal: at least 20
//     times its throughput (tokens per second of a whole process, start included: the larger the batch, the
//     less the start weighs);
//  2. the same verification inside one process (BatchVerifier::run) against PyJWT's decode loop alone;
//  3. a one-shot portalkeys-cli jwt verify process against Debian's Go jwt CLI (jwt -verify).
// A missing anchor is said and skipped. Prints the figures; exits 0 whatever they are.
#include "jwt/BatchVerifier.h"
#include "jwt/Key.h"
#include "jwt/Signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace PortalKeys::Jwt;

namespace {

const int tokenCounts[] = {20000, 200000, 1000000};
// Best of five: on a shared virtual machine a run now and then gets one core for a while.
const int runs = 5;
const QByteArray secret = "bench-secret-of-thirty-two-bytes!";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timed {
    double seconds = 1e30; // best of the runs: the least disturbed one
    QByteArray output;     // of the best run
    bool ok = false;
};

// A process's wall time from start to exit, best of `runs`.
// With `discardOutput`, standard output goes to /dev/null instead of through this process, which would
// otherwise spend one of the two cores reading a million verdict lines.
Timed timeProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                  int times = runs, bool discardOutput = false)
{
    Timed best;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BENCH_SECRET"), QString::fromLatin1(secret));
    for (int i = 0; i < times; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment);
        if (discardOutput)
            process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(300000))
            return best;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            out() << "   " << program << " failed: " << process.readAllStandardError().left(300) << Qt::endl;
            return best;
        }
        if (seconds < best.seconds)
            best = {seconds, process.readAllStandardOutput(), true};
    }
    return best;
}

QByteArray makeTokens(int tokenCount)
{
    const Key key = *Key::fromSecret(secret).key;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray lines;
    for (int i = 0; i < tokenCount; ++i) {
        const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("user-%1").arg(i)},
                                  {QStringLiteral("name"), QStringLiteral("User %1").arg(i)},
                                  {QStringLiteral("iat"), now},
                                  {QStringLiteral("exp"), now + 3600}};
        lines += Signer::sign(payload, Algorithm::HS256, key).token.toLatin1() + '\n';
    }
    return lines;
}

// Debian's python3, which has python3-jwt, before any other python3 on PATH.
QString debianPython()
{
    const QString system =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

const char pyjwtScript[] = R"(import os, sys, time
import jwt
key = os.environ["BENCH_SECRET"].encode()
tokens = [line.strip() for line in open(sys.argv[1]) if line.strip()]
start = time.perf_counter()
invalid = 0
for token in tokens:
    try:
        jwt.decode(token, key, algorithms=["HS256"])
    except Exception:
        invalid += 1
print(time.perf_counter() - start, invalid, jwt.__version__)
)";

QString ratio(double anchor, double ours)
{
    return QString::number(anchor / ours, 'f', 2);
}

void benchBatch(const QString &tokensFile, int tokenCount)
{
    out() << "1. " << tokenCount << " HS256 tokens, verified as a batch" << Qt::endl;
    const Timed cli =
        timeProcess(QStringLiteral(PORTALKEYS_CLI_PATH),
                    {QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--batch"), tokensFile,
                     QStringLiteral("--secret-env"), QStringLiteral("BENCH_SECRET")},
                    {}, runs, true);
    out() << "   portalkeys-cli jwt verify --batch: "
          << (cli.ok ? QString::number(cli.seconds, 'f', 3) + QStringLiteral(" s") : QStringLiteral("FAILED"))
          << Qt::endl;

    // The engine alone, without process start: the same blocks and threads as the CLI.
    BatchVerifier::Options options;
    options.verify.collectWarnings = false;
    const BatchVerifier verifier(*Key::fromSecret(secret).key, options);
    double engine = 1e30;
    qint64 valid = 0;
    for (int i = 0; i < runs; ++i) {
        QFile input(tokensFile); // read as the CLI reads it
        input.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        valid = verifier.run(input, [](const BatchVerdict &) {}).valid;
        engine = std::min(engine, double(timer.nsecsElapsed()) / 1e9);
    }
    out() << "   BatchVerifier::run in process:    " << QString::number(engine, 'f', 3) << " s"
          << (valid == tokenCount ? "" : "  (SOME FAILED!)") << Qt::endl;

    const QString python = debianPython();
    const Timed pyjwt =
        python.isEmpty()
            ? Timed()
            : timeProcess(python, {QStringLiteral("-c"), QString::fromLatin1(pyjwtScript), tokensFile}, {},
                          tokenCount > 100000 ? 1 : 3); // seconds each: once is precise enough
    const QList<QByteArray> fields = pyjwt.output.trimmed().split(' ');
    if (!pyjwt.ok || fields.size() != 3) {
        out() << "   PyJWT: skipped (install python3-jwt)" << Qt::endl;
        return;
    }
    const double pyjwtLoop = fields.at(0).toDouble();
    out() << "   PyJWT " << fields.at(2)
          << " in one python3 process: " << QString::number(pyjwt.seconds, 'f', 3)
          << " s, of which the decode loop " << QString::number(pyjwtLoop, 'f', 3) << " s"
          << (fields.at(1) == "0" ? "" : "  (SOME FAILED!)") << Qt::endl;
    out() << "   ratio PyJWT/portalkeys-cli, processes: "
          << (cli.ok ? ratio(pyjwt.seconds, cli.seconds) : QStringLiteral("-")) << "  (goal >= 20)"
          << Qt::endl;
    out() << "   ratio PyJWT loop/BatchVerifier::run:   " << ratio(pyjwtLoop, engine) << Qt::endl;
}

void benchOneShot(const QString &directory, const QByteArray &token)
{
    out() << "2. one token, one process each (start-up included)" << Qt::endl;
    const Timed cli = timeProcess(QStringLiteral(PORTALKEYS_CLI_PATH),
                                  {QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("-"),
                                   QStringLiteral("--secret-env"), QStringLiteral("BENCH_SECRET")},
                                  token);
    out() << "   portalkeys-cli jwt verify: "
          << (cli.ok ? QString::number(cli.seconds * 1000, 'f', 1) + QStringLiteral(" ms")
                     : QStringLiteral("FAILED"))
          << Qt::endl;
    const QString goJwt = QStandardPaths::findExecutable(QStringLiteral("jwt"));
    if (goJwt.isEmpty()) {
        out() << "   Go jwt CLI: skipped (install Debian's package jwt)" << Qt::endl;
        return;
    }
    // It reads an HMAC key from a file: the secret's bytes as they are.
    QFile keyFile(directory + QStringLiteral("/hmac.key"));
    if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(secret) != secret.size())
        return;
    keyFile.close();
    const Timed go = timeProcess(goJwt,
                                 {QStringLiteral("-key"), keyFile.fileName(), QStringLiteral("-alg"),
                                  QStringLiteral("HS256"), QStringLiteral("-verify"), QStringLiteral("-")},
                                 token);
    out() << "   Go jwt -verify:            "
          << (go.ok ? QString::number(go.seconds * 1000, 'f', 1) + QStringLiteral(" ms")
                    : QStringLiteral("FAILED"))
          << Qt::endl;
    if (cli.ok && go.ok)
        out() << "   ratio Go/portalkeys-cli:   " << ratio(go.seconds, cli.seconds) << "  (above 1: faster)"
              << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir directory;
    QByteArray firstToken;
    for (const int tokenCount : tokenCounts) {
        const QByteArray tokens = makeTokens(tokenCount);
        firstToken = tokens.left(tokens.indexOf('\n'));
        const QString tokensFile = directory.filePath(QStringLiteral("tokens.txt"));
        QFile file(tokensFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(tokens) != tokens.size()) {
            out() << "cannot write " << tokensFile << Qt::endl;
            return 1;
        }
        file.close();
        benchBatch(tokensFile, tokenCount);
    }
    benchOneShot(directory.path(), firstToken);
    return 0;
}
