// Start-up and idle memory of the portalkeys GUI against a bare Qt 6 main window (bench/bare_window.cpp),
// measured in the same run on the same X server:
//  - start to mapped window: from starting the process to the X server's MapNotify of its first top-level
//    window (watched on the root window with xcb, so no polling adds to the figure);
//  - peak memory when idle: VmHWM of the process two seconds after its window was mapped.
// Each program runs `runs` times, alternating; the medians and their ratios are printed. Run it under Xvfb:
//   xvfb-run -a -s "-screen 0 1280x900x24" build/default/bench/bench_gui_start
// Prints the figures; exits 0 whatever they are (1 only when it cannot measure at all).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <xcb/xcb.h>

#include <algorithm>

namespace {

const int runs = 7;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Sample {
    double startMs = -1;
    double peakMiB = -1;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// kB value of a /proc/PID/status line such as "VmHWM:   45123 kB".
double statusMiB(qint64 pid, const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Waits for the MapNotify of a top-level, non-override-redirect window; false after `timeoutMs`.
bool waitForMap(xcb_connection_t *connection, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        xcb_generic_event_t *event = xcb_poll_for_event(connection);
        if (!event) {
            QThread::usleep(200);
            continue;
        }
        const bool mapped = (event->response_type & ~0x80) == XCB_MAP_NOTIFY &&
                            !reinterpret_cast<xcb_map_notify_event_t *>(event)->override_redirect;
        free(event);
        if (mapped)
            return true;
    }
    return false;
}

Sample measure(const QString &program, const QString &home)
{
    int screenNumber = 0;
    xcb_connection_t *connection = xcb_connect(nullptr, &screenNumber);
    Sample sample;
    if (xcb_connection_has_error(connection)) {
        xcb_disconnect(connection);
        return sample;
    }
    xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A fresh user: no settings, no portals.
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    const bool started = process.waitForStarted(10000);
    if (!started)
        out() << "Could not start " << program << ": " << process.errorString() << "\n";
    if (started && waitForMap(connection, 30000)) {
        sample.startMs = double(timer.nsecsElapsed()) / 1e6;
        QThread::msleep(2000);
        sample.peakMiB = statusMiB(process.processId(), "VmHWM");
    }
    process.kill();
    process.waitForFinished(5000);
    xcb_disconnect(connection);
    return sample;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        out() << "No X display: run it under xvfb-run (see the comment at the top of bench_gui_start.cpp).\n";
        return 1;
    }
    // Held for the whole run: an X server resets when its last client leaves (Xvfb does so by default), and a
    // program started during that reset cannot connect.
    xcb_connection_t *keepServer = xcb_connect(nullptr, nullptr);
    const QString portalkeys = QStringLiteral(PORTALKEYS_GUI_PATH);
    const QString bare = QStringLiteral(BARE_WINDOW_PATH);
    QList<double> appStart, appMemory, bareStart, bareMemory;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir appHome, bareHome;
        const Sample bareSample = measure(bare, bareHome.path());
        const Sample appSample = measure(portalkeys, appHome.path());
        if (bareSample.startMs < 0 || appSample.startMs < 0) {
            out() << "A window did not appear within 30 s; is the X server running?\n";
            xcb_disconnect(keepServer);
            return 1;
        }
        bareStart << bareSample.startMs;
        bareMemory << bareSample.peakMiB;
        appStart << appSample.startMs;
        appMemory << appSample.peakMiB;
    }
    out() << QStringLiteral(
                 "start to mapped window: portalkeys %1 ms, bare Qt window %2 ms, ratio %3 (goal <= 1.3)\n")
                 .arg(median(appStart), 0, 'f', 0)
                 .arg(median(bareStart), 0, 'f', 0)
                 .arg(median(appStart) / median(bareStart), 0, 'f', 2);
    out() << QStringLiteral(
                 "peak memory when idle: portalkeys %1 MiB, bare Qt window %2 MiB, ratio %3 (goal <= 1.3)\n")
                 .arg(median(appMemory), 0, 'f', 1)
                 .arg(median(bareMemory), 0, 'f', 1)
                 .arg(median(appMemory) / median(bareMemory), 0, 'f', 2);
    out() << QStringLiteral("(medians of %1 runs each, alternating)\n").arg(runs);
    xcb_disconnect(keepServer);
    return 0;
}
