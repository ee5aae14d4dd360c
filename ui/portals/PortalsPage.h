#pragma once

#include "portals/PortalState.h"

#include "portal/PortalProfile.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QBoxLayout;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

class BusyBar;
class ConnectionResultView;
class PortalActionBar;
class PortalEdits;
class PortalEmptyState;
class PortalList;
class PortalSteps;
class VerdictBanner;

// The "Portals" page: the portal profiles with their state; add, edit and remove them; test a connection
// (who am I, am I a portal admin, how fast); sign in again with the browser (OAuth 2.0) or with e-mail and
// password (login tokens). Every long step runs asynchronously with a busy bar and Cancel.
class PortalsPage : public QWidget {
    Q_OBJECT

public:
    // Opens a URL in the system browser; false when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // `secrets` and `portals` (the app's portal list) must outlive the page.
    PortalsPage(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent = nullptr);
    // With a portal list of its own; `profilesPath` empty: the default one (ProfileStore).
    explicit PortalsPage(SecretStore *secrets, const QString &profilesPath = {}, QWidget *parent = nullptr);
    ~PortalsPage() override;

    // Replaces QDesktopServices::openUrl for the OAuth sign-in (tests fetch the URL themselves).
    void setUrlOpener(UrlOpener opener);

    const QList<Portal::PortalProfile> &profiles() const;
    QString currentProfileId() const;
    void selectProfile(const QString &profileId);
    bool isBusy() const;

    // Records and shows what a connection test found, as if it had just run; the portal list keeps it for
    // the next start.
    void showTestResult(const QString &profileId, const Portal::PortalError &error,
                        const Portal::ConnectionReport &report);

public slots:
    void addPortal();
    void editPortal();
    void removePortal();
    void testConnection();
    // OAuth 2.0: the browser sign-in; login token with an e-mail: a new password sign-in.
    void signIn();
    void cancelOperation();

signals:
    // A long step (test, sign-in, removal) ended, finished or cancelled.
    void operationFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void connectSteps();
    // Shows the list as the model has it now (changed here, on the command line or in another window).
    void showProfiles();
    void refreshList();
    void updateActions();
    void showCurrentState();
    // Looks in the keychain whether the selected portal's secret is there, without reading it into the page:
    // an untested portal whose secret is gone says so instead of "Not tested".
    void checkSecrets();
    void setState(const QString &profileId, const PortalState &state);
    // This session's state of the portal, else how its last test went (kept with the profile).
    PortalState stateOf(const QString &profileId) const;
    const Portal::PortalProfile *profile(const QString &id) const;

    void runTest(const QString &id);
    void startBrowserSignIn(const QString &id);
    void askForPasswordSignIn(const QString &id);
    void forgetProfile(const Portal::PortalProfile &removed, const Portal::PortalError &error);
    // Shows `error` as the portal's state; a certificate problem offers to trust it and then runs `retry`.
    void showFailure(const QString &id, const Portal::PortalError &error, std::function<void()> retry);
    void offerCertificate(const QString &id, const Portal::CertificateInfo &certificate,
                          std::function<void()> retry);
    void showNotice(const QString &text);

    SecretStore *m_secrets;
    Portal::PortalListModel *m_portals;
    QHash<QString, PortalState> m_states;

    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_cancelAction = nullptr;
    PortalActionBar *m_actions = nullptr;
    VerdictBanner *m_notice = nullptr;
    PortalEmptyState *m_emptyState = nullptr;
    PortalList *m_list = nullptr;
    BusyBar *m_busy = nullptr;
    ConnectionResultView *m_result = nullptr;
    PortalEdits *m_edits = nullptr;
    PortalSteps *m_steps = nullptr;
    QObject *m_secretCheck = nullptr; // owns the running keychain look-up; deleting it drops the answer
    QBoxLayout *m_layout = nullptr;
};

} // namespace PortalKeys::Ui
