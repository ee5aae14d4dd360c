#pragma once

#include "portal/ConnectionTest.h"
#include "portal/PortalError.h"
#include "portal/PortalProfile.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class BusyBar;
class PortalOperation;

// The long steps of the Portals page, one at a time in its busy bar: test a connection, sign in with the
// browser (OAuth 2.0) or with e-mail and password (login token), remove a portal's secrets. Each ends in one
// signal; a cancelled step ends in cancelled() alone. Saving tokens and removing secrets cannot be cancelled
// from here: a half-written keychain entry is worse than a short wait.
class PortalSteps : public QObject {
    Q_OBJECT

public:
    // Opens a URL in the system browser; false when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    using Retry = std::function<void()>;
    // Gives the portal as it is now (null when it was removed meanwhile).
    using ProfileLookup = std::function<const Portal::PortalProfile *(const QString &id)>;

    // `dialogParent` is the window the two-factor dialog belongs to.
    PortalSteps(SecretStore *secrets, BusyBar *bar, QWidget *dialogParent, ProfileLookup lookup,
                QObject *parent = nullptr);
    ~PortalSteps() override;

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    bool isBusy() const;

    void test(const Portal::PortalProfile &portal);
    void browserSignIn(const Portal::PortalProfile &portal);
    void passwordSignIn(const Portal::PortalProfile &portal, const QString &email,
                        const QByteArray &password);
    // Asks whether to remove `portal` (Cancel is the default), then removes its secrets.
    void askToRemove(const Portal::PortalProfile &portal);
    void removeSecrets(const Portal::PortalProfile &portal);
    // Stops a step that may be stopped; emits cancelled().
    void cancel();
    // Stops any step at once without a word (the page is going away).
    void abort();

signals:
    void started();
    // Any step ended: finished, failed or cancelled.
    void busyChanged(bool busy);
    void tested(const QString &id, const PortalKeys::Portal::ConnectionReport &report);
    // A step failed (not cancelled); `retry` runs it again, e.g. once a refused certificate is trusted.
    void failed(const QString &id, const PortalKeys::Portal::PortalError &error, Retry retry);
    void cancelled();
    // New tokens are in the keychain; the page tests them next.
    void signedIn(const QString &id);
    // The password sign-in used another e-mail than the profile's: the page saves it before the token.
    void emailChanged(const QString &id, const QString &email);
    void browserNotOpened(const QUrl &url);
    void secretsRemoved(const Portal::PortalProfile &portal, const PortalKeys::Portal::PortalError &error);

private:
    QObject *begin(const QString &text, bool cancellable = true);
    void fail(QObject *token, const QString &id, const Portal::PortalError &error, Retry retry);
    void startFlow(QObject *token, const Portal::PortalProfile &portal, Portal::PortalClient *client,
                   const QByteArray &clientSecret);
    void storeTokens(QObject *token, const Portal::PortalProfile &portal,
                     const QList<QPair<Portal::SecretSlot, QByteArray>> &values);

    SecretStore *m_secrets;
    QWidget *m_dialogParent;
    ProfileLookup m_lookup;
    PortalOperation *m_operation;
    UrlOpener m_openUrl;
};

} // namespace PortalKeys::Ui
