#pragma once

#include "portals/PortalState.h"

#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QBoxLayout;
class QLabel;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

class BusyBar;
class ConnectionResultView;
class PortalList;
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

    // Records and shows what a connection test found, as if it had just run.
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
    // Changes the list under its lock as it is in the file now; false (with a notice) when it could not.
    bool updateProfiles(const Portal::ProfileStore::Change &change);
    // Shows the list as the model has it now (changed here, on the command line or in another window).
    void showProfiles();
    void refreshList();
    void updateActions();
    void showCurrentState();
    const Portal::PortalProfile *profile(const QString &id) const;

    QObject *beginOperation(const QString &text, bool cancellable = true);
    bool isCurrent(const QObject *operation) const;
    void endOperation();

    void runTest(const QString &id);
    void startBrowserSignIn(const QString &id);
    void askForPasswordSignIn(const QString &id);
    void runPasswordSignIn(const QString &id, const QString &email, const QByteArray &password);
    void removeProfile(const QString &id);
    // Ends the running step with `error` as the portal's state; a certificate problem offers to trust it and
    // then runs `retry`.
    void finishWithError(const QString &id, const Portal::PortalError &error, std::function<void()> retry);
    void offerCertificate(const QString &id, const Portal::CertificateInfo &certificate,
                          std::function<void()> retry);
    void showNotice(const QString &text);

    SecretStore *m_secrets;
    Portal::PortalListModel *m_portals;
    QHash<QString, PortalState> m_states;
    UrlOpener m_openUrl;

    QPointer<QObject> m_operation; // owns what the running step created; deleting it drops late answers
    std::function<void()> m_cancelStep;

    QWidget *m_toolbar = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_cancelAction = nullptr;
    VerdictBanner *m_notice = nullptr;
    QWidget *m_emptyState = nullptr;
    PortalList *m_list = nullptr;
    BusyBar *m_busy = nullptr;
    ConnectionResultView *m_result = nullptr;
    QBoxLayout *m_layout = nullptr;
};

} // namespace PortalKeys::Ui
