// Timing of applying a bundle to many portals at once (issue #15): the keys of a two-service bundle applied
// with KeyApplier, in this process, to N simulated portals (one tests/support/portal_simulator.py process
// serving N portals, each call answered after a latency) and to one of them; prints both times and their
// ratio (goal: N = 50 portals with 200 ms each in at most twice the time of one portal), and the most calls
// the simulator saw at once (RequestSlots bounds them). Prints the figures; exits 0 whatever they are.
//
//   bench_apply_portals [PORTALS [LATENCY_SECONDS [RUNS]]]      defaults: 50 0.2 3
#include "authservice/KeyApplier.h"
#include "drafts/Draft.h"
#include "portal/Credentials.h"
#include "portal/PortalClient.h"
#include "portal/RequestSlots.h"
#include "support/PortalSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace PortalKeys;
using AuthService::KeyApplier;
using Testing::PortalSimulator;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The keys of a bundle with two DocSpace drafts, as `bundle apply` prepares them; `run` makes the values new,
// so that every run saves (an unchanged service would cost one call instead of three).
QList<AuthService::PreparedKeys> bundleKeys(int run)
{
    using Drafts::Draft;
    const QByteArray suffix = QByteArray::number(run);
    const Draft google =
        Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                      {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
    const Draft dropbox =
        Draft::create(Catalog::Product::DocSpace, QStringLiteral("dropbox"),
                      {QStringLiteral("dropboxClientId"), QStringLiteral("dropboxClientSecret")});
    return {
        KeyApplier::prepare(google, {{QStringLiteral("googleClientId"),
                                      "1234-bench" + suffix + ".apps.googleusercontent.com"},
                                     {QStringLiteral("googleClientSecret"), "GOCSPX-bench-" + suffix}})
            .keys,
        KeyApplier::prepare(dropbox, {{QStringLiteral("dropboxClientId"), "bench-app-key-" + suffix},
                                      {QStringLiteral("dropboxClientSecret"), "bench-app-secret-" + suffix}})
            .keys};
}

struct Applied {
    double seconds = 0;
    int rows = 0;
    int applied = 0;
};

// One apply to the first `portals` portals of the simulator, timed from apply() to its report.
Applied applyOnce(PortalSimulator &simulator, int portals, int run)
{
    std::vector<std::unique_ptr<Portal::PortalClient>> clients;
    QList<KeyApplier::Target> targets;
    for (int index = 0; index < portals; ++index) {
        Portal::ClientSettings settings;
        settings.baseUrl = simulator.httpUrl(index);
        settings.portalName = QStringLiteral("portal%1").arg(index);
        clients.push_back(std::make_unique<Portal::PortalClient>(settings));
        clients.back()->setAuthorization(
            Portal::Credentials{Portal::CredentialKind::ApiKey, {}, PortalSimulator::fullApiKey()}
                .authorizationHeader());
        targets.append({settings.portalName, clients.back().get()});
    }
    KeyApplier applier;
    applier.setHistoryArea(History::HistoryEntry::Area::Bundle);
    Applied result;
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    applier.apply(targets, bundleKeys(run), false, [&](const QList<KeyApplier::Row> &rows) {
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        result.rows = int(rows.size());
        for (const KeyApplier::Row &row : rows)
            result.applied += row.outcome == KeyApplier::Outcome::Applied;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return result;
}

// Best of `runs`: the least disturbed run is closest to what the applier costs.
Applied best(PortalSimulator &simulator, int portals, int runs, int &run)
{
    Applied fastest;
    fastest.seconds = 1e30;
    for (int i = 0; i < runs; ++i) {
        const Applied applied = applyOnce(simulator, portals, ++run);
        if (applied.applied != applied.rows)
            out() << "  run " << run << ": only " << applied.applied << " of " << applied.rows
                  << " services applied" << Qt::endl;
        if (applied.seconds < fastest.seconds)
            fastest = applied;
        simulator.takeLog(); // its request log, read so that the pipe never fills
    }
    return fastest;
}

} // namespace

int main(int argc, char *argv[])
{
    // The history the applier writes goes to a scratch home, not the user's.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeysBench"));
    const QStringList arguments = app.arguments();
    const int portals = std::max(2, arguments.value(1, QStringLiteral("50")).toInt());
    const double latency = arguments.value(2, QStringLiteral("0.2")).toDouble();
    const int runs = std::max(1, arguments.value(3, QStringLiteral("3")).toInt());

    PortalSimulator simulator;
    const QString problem = simulator.start({{QStringLiteral("--portals"), QString::number(portals),
                                              QStringLiteral("--latency"), QString::number(latency)},
                                             false});
    if (!problem.isEmpty() || simulator.portalCount() != portals) {
        out() << "the portal simulator did not start: " << problem << Qt::endl;
        return 0;
    }
    out() << "Applying a bundle of 2 services (one read, then a save and a read-back per service) to "
             "simulated portals answering every call after "
          << int(latency * 1000) << " ms; in-process KeyApplier, best of " << runs << " runs." << Qt::endl;
    int run = 0;
    const Applied one = best(simulator, 1, runs, run);
    const Applied many = best(simulator, portals, runs, run);
    const int peak = simulator.stateAt(0).value(QLatin1String("max_concurrent_calls_all_portals")).toInt();
    out() << QStringLiteral("  1 portal:      %1 s").arg(one.seconds, 0, 'f', 3) << Qt::endl;
    out() << QStringLiteral("  %1 portals:    %2 s").arg(portals).arg(many.seconds, 0, 'f', 3) << Qt::endl;
    out() << QStringLiteral(
                 "  ratio:         %1 (goal: at most 2; the portals one after the other: about %2)")
                 .arg(many.seconds / one.seconds, 0, 'f', 2)
                 .arg(portals)
          << Qt::endl;
    out() << QStringLiteral(
                 "  calls at once: at most %1 seen by the simulator (bounds: %2 per host, %3 in all)")
                 .arg(peak)
                 .arg(Portal::RequestSlots::defaultPerHost)
                 .arg(Portal::RequestSlots::defaultTotal)
          << Qt::endl;
    return 0;
}
