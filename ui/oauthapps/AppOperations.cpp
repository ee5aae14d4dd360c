#include "oauthapps/AppOperations.h"

#include "oauthapps/AppSecretNames.h"
#include "oauthapps/TryItDialog.h"
#include "widgets/PageControls.h"
#include "widgets/PortalOperation.h"

#include "oauth/AppRegistry.h"
#include "oauth/OAuthAppsApi.h"
#include "portal/PortalProfile.h"

#include <QJsonArray>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;
using OAuth::OAuthAppsApi;
using Portal::PortalError;
using Portal::PortalProfile;

AppOperations::AppOperations(PortalOperation *operation, OAuth::AppRegistry *registry, SecretStore *secrets,
                             SecureClipboard *clipboard, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_operation(operation)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_dialogParent(dialogParent)
{
    connect(m_registry, &OAuth::AppRegistry::progress, this,
            [this](int count) { m_operation->setText(tr("Loading all apps… %n so far", nullptr, count)); });
}

void AppOperations::withApi(const QString &text, bool cancellable, const PortalProfile &portal,
                            ApiReady ready)
{
    QObject *token = m_operation->begin(text, cancellable);
    m_operation->open(token, portal, m_secrets, [token, ready](Portal::PortalClient *client) {
        ready(token, new OAuthAppsApi(client, token));
    });
}

void AppOperations::load(const PortalProfile &portal, ScopesReady scopesReady, Done loaded)
{
    withApi(tr("Loading the OAuth apps of %1…").arg(portal.name), true, portal,
            [this, scopesReady, loaded](QObject *token, OAuthAppsApi *api) {
                api->scopes([this, token, api, scopesReady, loaded](const PortalError &error,
                                                                    const QJsonArray &scopes) {
                    if (!m_operation->isCurrent(token))
                        return;
                    // An answer that makes no sense leaves the built-in scopes; a refused login ends here.
                    const bool usable = error.kind() == PortalError::Kind::None ||
                                        error.kind() == PortalError::Kind::Malformed ||
                                        error.kind() == PortalError::Kind::NotFound;
                    if (!usable) {
                        m_registry->noteFailure();
                        return m_operation->fail(error, tr("The apps were not loaded."));
                    }
                    const OAuth::ScopeModel model =
                        error.isError() ? OAuth::ScopeModel() : OAuth::ScopeModel::fromServerJson(scopes);
                    if (!model.isEmpty())
                        scopesReady(model);
                    m_registry->reload(api, [this, token, loaded](const PortalError &pageError) {
                        pagesLoaded(token, pageError, loaded);
                    });
                });
            });
}

void AppOperations::loadMore(const PortalProfile &portal, bool all, Done loaded)
{
    withApi(all ? tr("Loading all apps…") : tr("Loading more apps…"), true, portal,
            [this, all, loaded](QObject *token, OAuthAppsApi *api) {
                const auto done = [this, token, loaded](const PortalError &error) {
                    pagesLoaded(token, error, loaded);
                };
                if (all)
                    m_registry->fetchAll(api, done);
                else
                    m_registry->fetchMore(api, done);
            });
}

void AppOperations::pagesLoaded(QObject *token, const PortalError &error, Done loaded)
{
    if (!m_operation->isCurrent(token))
        return;
    if (error.isError())
        return m_operation->fail(error, tr("The apps were not loaded."));
    m_operation->end();
    loaded();
}

void AppOperations::registerApp(const PortalProfile &portal, const OAuthApp &app, AppDone registered)
{
    const QString portalName = portal.name;
    // Not cancellable: the portal may register the app even when the answer is dropped, and then its secret
    // would be lost.
    withApi(tr("Registering “%1” on %2…").arg(app.name, portalName), false, portal,
            [this, app, portalName, registered](QObject *token, OAuthAppsApi *api) {
                api->create(app.toCreateJson(), [this, token, portalName,
                                                 registered](const PortalError &error,
                                                             const OAuth::RegisteredApp &created) {
                    if (!m_operation->isCurrent(token))
                        return;
                    if (error.isError()) {
                        if (!error.fieldErrors().isEmpty())
                            emit serverIssues(OAuth::OAuthAppIssue::fromServerErrors(error.fieldErrors()));
                        return m_operation->fail(error, tr("%1 did not register the app.").arg(portalName));
                    }
                    m_operation->end();
                    if (!created.app.isRegistered()) {
                        emit notice(
                            VerdictBanner::State::Invalid,
                            tr("%1 answered without a client ID; reload the list to see whether the app "
                               "was registered.")
                                .arg(portalName));
                        return;
                    }
                    m_registry->put(created);
                    registered(created);
                    emit notice(VerdictBanner::State::Valid,
                                tr("“%1” is registered on %2.").arg(created.app.name, portalName));
                    showSecret(ClientSecretDialog::Occasion::Registered, created.app, created.clientSecret);
                });
            });
}

void AppOperations::updateApp(const PortalProfile &portal, const OAuthApp &registered, const OAuthApp &edited,
                              Done readBack)
{
    const QString portalName = portal.name;
    const OAuthApp app = edited;
    withApi(tr("Updating “%1” on %2…").arg(registered.name, portalName), true, portal,
            [this, app, portalName, readBack](QObject *token, OAuthAppsApi *api) {
                api->update(app.clientId, app.toUpdateJson(),
                            [this, token, api, app, portalName, readBack](const PortalError &error) {
                                if (!m_operation->isCurrent(token))
                                    return;
                                if (error.isError()) {
                                    if (!error.fieldErrors().isEmpty())
                                        emit serverIssues(
                                            OAuth::OAuthAppIssue::fromServerErrors(error.fieldErrors()));
                                    return m_operation->fail(
                                        error, tr("%1 did not update the app.").arg(portalName));
                                }
                                m_operation->setText(tr("Reading the app back…"));
                                this->readBack(token, api, app.clientId, readBack);
                            });
            });
}

void AppOperations::setEnabled(const PortalProfile &portal, const OAuthApp &app, bool enable, Done readBack)
{
    const QString text = enable ? tr("Enabling “%1”…").arg(app.name) : tr("Disabling “%1”…").arg(app.name);
    withApi(text, true, portal, [this, app, enable, readBack](QObject *token, OAuthAppsApi *api) {
        api->setEnabled(app.clientId, enable, [this, token, api, app, readBack](const PortalError &error) {
            if (!m_operation->isCurrent(token))
                return;
            if (error.isError())
                return m_operation->fail(error);
            this->readBack(token, api, app.clientId, readBack);
        });
    });
}

void AppOperations::readBack(QObject *token, OAuthAppsApi *api, const QString &clientId, Done done)
{
    api->get(clientId, [this, token, done](const PortalError &error, const OAuth::RegisteredApp &registered) {
        if (!m_operation->isCurrent(token))
            return;
        if (error.isError())
            return m_operation->fail(error, tr("The change was made, but the app could not be read back."));
        m_registry->put(registered);
        m_operation->end();
        done();
    });
}

void AppOperations::regenerateSecret(const PortalProfile &portal, const OAuthApp &app)
{
    const auto regenerate = [this, portal, app] {
        if (m_operation->isBusy())
            return;
        // Not cancellable: the portal may make the new secret even when the answer is dropped.
        withApi(tr("Making a new client secret for “%1”…").arg(app.name), false, portal,
                [this, app](QObject *token, OAuthAppsApi *api) {
                    api->regenerateSecret(
                        app.clientId, [this, token, app](const PortalError &error, const QByteArray &secret) {
                            if (!m_operation->isCurrent(token))
                                return;
                            if (error.isError())
                                return m_operation->fail(error, tr("No new secret was made."));
                            m_operation->end();
                            showSecret(ClientSecretDialog::Occasion::Regenerated, app, secret);
                        });
                });
    };
    PageControls::confirm(
        m_dialogParent, QStringLiteral("regenerateConfirmation"), tr("Regenerate the client secret"),
        tr("Make a new client secret for “%1”?").arg(app.name),
        tr("The current secret stops working at once: every integration that uses it must get "
           "the new one. If the current secret is only misplaced, Show secret reads it again "
           "instead."),
        tr("Re&generate"), regenerate);
}

void AppOperations::revealSecret(const PortalProfile &portal, const OAuthApp &app)
{
    withApi(tr("Reading the client secret of “%1”…").arg(app.name), true, portal,
            [this, app](QObject *token, OAuthAppsApi *api) {
                // One app as GET /clients/{id} returns it, the only answer with the secret in clear; the
                // list's is encrypted and never used.
                api->get(app.clientId,
                         [this, token, app](const PortalError &error, const OAuth::RegisteredApp &answer) {
                             if (!m_operation->isCurrent(token))
                                 return;
                             if (error.kind() == PortalError::Kind::NotFound) {
                                 PortalError explained = error;
                                 explained.setMessage(
                                     tr("The portal gives the client secret only to its admins and the "
                                        "app's creator, and did not find “%1” for this account.")
                                         .arg(app.name));
                                 return m_operation->fail(explained);
                             }
                             if (error.isError())
                                 return m_operation->fail(error, tr("The client secret was not read."));
                             m_operation->end();
                             showSecret(ClientSecretDialog::Occasion::Shown, app, answer.clientSecret);
                         });
            });
}

void AppOperations::showSecret(ClientSecretDialog::Occasion occasion, const OAuthApp &app,
                               const QByteArray &secret)
{
    if (secret.isEmpty()) {
        emit notice(
            VerdictBanner::State::Warning,
            tr("The portal sent no client secret for “%1”; Show secret asks for it again.").arg(app.name));
        return;
    }
    auto *dialog = new ClientSecretDialog(occasion, app.name, app.clientId, secret, m_secrets, m_clipboard,
                                          m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AppOperations::deleteApp(const PortalProfile &portal, const OAuthApp &app, Done deleted)
{
    const auto remove = [this, portal, app, deleted] {
        if (m_operation->isBusy())
            return;
        withApi(tr("Deleting “%1”…").arg(app.name), false, portal,
                [this, app, deleted](QObject *token, OAuthAppsApi *api) {
                    api->remove(app.clientId, [this, token, app, deleted](const PortalError &error) {
                        if (!m_operation->isCurrent(token))
                            return;
                        if (error.isError())
                            return m_operation->fail(error, tr("The app was not deleted."));
                        m_registry->remove(app.clientId);
                        // The secret kept in the keychain stays (the user named it); which name it had is of
                        // no use any more.
                        AppSecretNames::forget(app.clientId);
                        m_operation->end();
                        deleted();
                        emit notice(VerdictBanner::State::Valid, tr("“%1” is deleted.").arg(app.name));
                    });
                });
    };
    PageControls::confirm(
        m_dialogParent, QStringLiteral("deleteConfirmation"), tr("Delete app"),
        tr("Delete the app “%1” on %2?").arg(app.name, portal.name),
        tr("Every integration that uses it stops working at once: its sign-ins and tokens are "
           "refused. This cannot be undone."),
        tr("&Delete"), remove);
}

void AppOperations::tryIt(const PortalProfile &portal, const OAuthApp &app,
                          std::function<bool(const QUrl &url)> openUrl)
{
    auto *dialog = new TryItDialog(portal, app, m_secrets, m_clipboard, std::move(openUrl), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TryItDialog::inspectRequested, this, &AppOperations::inspectTokenRequested);
    dialog->open();
}

} // namespace PortalKeys::Ui
