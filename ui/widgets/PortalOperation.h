#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalClient;
class PortalError;
struct PortalProfile;
} // namespace PortalKeys::Portal

namespace PortalKeys::Ui {

class BusyBar;
class VerdictBanner;

// One call to a portal at a time, for a page or a dialog: the busy bar with its text and Cancel, whether an
// answer still belongs to the call that is running, stopping that call safely, and the words for a failure
// (with the advice for a certificate problem). Every answer handler asks isCurrent(token) first and returns
// when it is false: the call was cancelled or another one started since.
//
// Written for the OAuth apps page, and used by the Third-party page too.
class PortalOperation : public QObject {
    Q_OBJECT

public:
    using ClientReady = std::function<void(Portal::PortalClient *client)>;

    explicit PortalOperation(BusyBar *bar, QObject *parent = nullptr);
    ~PortalOperation() override;

    // Starts a call and shows `text` in the busy bar. The returned token owns what the call creates (session,
    // API objects): parent them to it, and they go when the call ends. `cancellable` false for a call the
    // portal may carry out even when its answer is dropped (registering an app, a new secret): then neither
    // the bar's Cancel nor cancel() stops it, since what the portal made would be lost.
    QObject *begin(const QString &text, bool cancellable = true);
    bool isBusy() const { return m_token != nullptr; }
    bool isCancellable() const { return isBusy() && m_cancellable; }
    bool isCurrent(const QObject *token) const { return token && token == m_token; }
    void setText(const QString &text);
    // From here on the running call must run to its end (e.g. an encryption that cannot be interrupted): the
    // bar shows `text` without Cancel, and cancel() does nothing.
    void holdToEnd(const QString &text);
    // What stops the running step beyond its portal calls (a connection test, a browser or password sign-in):
    // run once when the call is cancelled or aborted; begin(), holdToEnd() and end() drop it.
    void setCancelHook(std::function<void()> hook) { m_cancelHook = std::move(hook); }

    // Opens `profile`'s portal with its keychain secrets for the call `token`, then calls `ready` with a
    // signed-in client. A failure ends the call through fail().
    void open(QObject *token, const Portal::PortalProfile &profile, SecretStore *secrets, ClientReady ready);

    // The call finished: the bar goes; its objects are deleted once control is back in the event loop (they
    // may still be on the stack).
    void end();
    // Ends the call as failed: emits failed() with `what` and the portal's reason, or cancelled() when the
    // call was cancelled.
    void fail(const Portal::PortalError &error, const QString &what = {});
    // Stops a cancellable call: forgets it first, so that whatever it reports while stopping is ignored.
    // Returns false, doing nothing, when no call or only one that must not be stopped is running.
    bool cancel();
    // Stops any call at once without a word (its owner is going away).
    void abort();

    // Says in `notice` how calls end that their caller does not report itself: the failure, or that the call
    // was cancelled.
    void reportIn(VerdictBanner *notice);

    // `what` and then the portal's reason; for a certificate problem, where to look at the certificate.
    static QString failureText(const Portal::PortalError &error, const QString &what);
    static QString certificateAdvice();

signals:
    // A call started, or ended in any way: what may be done changed.
    void busyChanged(bool busy);
    void failed(const QString &text);
    void cancelled();

private:
    void stop(bool notify);

    BusyBar *m_bar;
    QPointer<QObject> m_token;
    bool m_cancellable = false;
    std::function<void()> m_cancelHook;
};

} // namespace PortalKeys::Ui
