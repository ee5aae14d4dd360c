#pragma once

#include "oauthapps/ClientSecretDialog.h"
#include "widgets/VerdictBanner.h"

#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppIssue.h"
#include "oauth/RegisteredApp.h"
#include "oauth/ScopeModel.h"

#include <QObject>

#include <functional>

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::OAuth {
class AppRegistry;
class OAuthAppsApi;
} // namespace PortalKeys::OAuth
namespace PortalKeys::Portal {
struct PortalProfile;
}

namespace PortalKeys::Ui {

class PortalOperation;
class SecureClipboard;

// The OAuth apps page's calls to a portal's app registry: loading the apps, registering a draft, updating,
// enabling or disabling, reading or renewing the client secret, deleting. Each runs as one PortalOperation
// (busy bar, Cancel where stopping is safe, failures worded alike) and keeps the AppRegistry up to date; the
// callbacks run only when the call succeeded, after its operation ended. What must be asked before (deleting,
// a new secret) and shown after (the client secret) is done here too; what the form shows stays with the
// page.
class AppOperations : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void()>;
    using AppDone = std::function<void(const OAuth::RegisteredApp &app)>;
    using ScopesReady = std::function<void(const OAuth::ScopeModel &scopes)>;

    // All must outlive the operations; questions and the secret dialog open over `dialogParent`.
    AppOperations(PortalOperation *operation, OAuth::AppRegistry *registry, SecretStore *secrets,
                  SecureClipboard *clipboard, QWidget *dialogParent);

    // The portal's scopes (`scopesReady` when it has a usable list), then the first page of its apps.
    void load(const Portal::PortalProfile &portal, ScopesReady scopesReady, Done loaded);
    // The next page, or with `all` every page there is.
    void loadMore(const Portal::PortalProfile &portal, bool all, Done loaded);
    // Registers `app` and shows its client secret; `registered` with the new app.
    void registerApp(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app, AppDone registered);
    // Sends `edited`, the changed `registered` app, then reads it back into the registry.
    void updateApp(const Portal::PortalProfile &portal, const OAuth::OAuthApp &registered,
                   const OAuth::OAuthApp &edited, Done readBack);
    void setEnabled(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app, bool enable,
                    Done readBack);
    // Asks first, then has the portal make a new secret and shows it.
    void regenerateSecret(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app);
    // Shows the current secret, as GET /clients/{id} gives it to portal admins and the app's creator.
    void revealSecret(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app);
    // Asks first, then deletes the app on the portal.
    void deleteApp(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app, Done deleted);
    // Signs in as `app` in the browser (`openUrl`) and shows the tokens (TryItDialog).
    void tryIt(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app,
               std::function<bool(const QUrl &url)> openUrl);

signals:
    // The portal refused an app and named the fields (PortalError::fieldErrors).
    void serverIssues(const QList<OAuth::OAuthAppIssue> &issues);
    // What the page's notice should say after a call that succeeded.
    void notice(VerdictBanner::State state, const QString &text);
    // "Open in JWT inspector" from Try it.
    void inspectTokenRequested(const QString &token);

private:
    using ApiReady = std::function<void(QObject *token, OAuth::OAuthAppsApi *api)>;
    void withApi(const QString &text, bool cancellable, const Portal::PortalProfile &portal, ApiReady ready);
    void readBack(QObject *token, OAuth::OAuthAppsApi *api, const QString &clientId, Done done);
    void pagesLoaded(QObject *token, const Portal::PortalError &error, Done loaded);
    void showSecret(ClientSecretDialog::Occasion occasion, const OAuth::OAuthApp &app,
                    const QByteArray &secret);

    PortalOperation *m_operation;
    OAuth::AppRegistry *m_registry;
    SecretStore *m_secrets;
    SecureClipboard *m_clipboard;
    QWidget *m_dialogParent;
};

} // namespace PortalKeys::Ui
