#include "support/screenshots/Shots.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QScreen>
#include <QWidget>

namespace PortalKeys::Screenshots {

using Portal::CredentialKind;
using Portal::PortalProfile;

namespace {

bool smallScreen = false;

// What a window manager on a small screen does: the main window as small as the 800×560, any window
// no larger than the screen (a minimum size larger than that stays, and shows in the picture).
void fitSmallScreen(QWidget &window)
{
    const QSize available = window.screen()->availableSize();
    if (qobject_cast<QMainWindow *>(&window)) {
        window.resize(QSize(800, 560).boundedTo(available));
        return;
    }
    if (!window.testAttribute(Qt::WA_Resized))
        window.adjustSize();
    window.resize(window.size().boundedTo(available));
}

} // namespace

void setSmallScreen(bool small)
{
    smallScreen = small;
}

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget &widget, const QString &path)
{
    if (smallScreen && widget.isWindow())
        fitSmallScreen(widget);
    widget.show();
    // A changed text re-lays out one nesting level per pass of the event loop.
    settle(50);
    widget.grab().save(path);
}

void waitFor(const std::function<bool()> &done, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    settle(100);
}

QString seedPortals(const Portal::ProfileStore &store, const QList<PortalProfile> &profiles)
{
    return store
        .update([&profiles](QList<PortalProfile> &list) {
            list = profiles;
            return QString();
        })
        .error;
}

PortalProfile profile(const QString &name, const QString &url, CredentialKind kind)
{
    return PortalProfile::create(name, QUrl(url), kind);
}

void storeSecret(SecretStore &store, const QString &key, const QByteArray &value)
{
    bool written = false;
    store.write(key, value, qApp, [&written](const SecretError &) { written = true; });
    while (!written)
        QApplication::processEvents();
}

std::unique_ptr<MemorySecretStore> simulatorAdmin(Testing::PortalSimulator &simulator, const char *pictures)
{
    if (const QString problem = simulator.start(); !problem.isEmpty()) {
        qWarning("%s screenshots skipped: the portal simulator cannot run: %s", pictures,
                 qPrintable(problem));
        return nullptr;
    }
    PortalProfile portal =
        profile(QStringLiteral("production"), simulator.httpUrl().toString(), CredentialKind::Basic);
    portal.user = QStringLiteral("admin@example.com");
    seedPortals(Portal::ProfileStore(), {portal});
    auto secrets = std::make_unique<MemorySecretStore>();
    storeSecret(*secrets, portal.secretKey(Portal::SecretSlot::Password), "admin-password");
    return secrets;
}

} // namespace PortalKeys::Screenshots
