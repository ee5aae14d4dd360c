#include "portals/PortalSteps.h"

#include "portals/PasswordSignIn.h"
#include "widgets/PageControls.h"
#include "widgets/PortalOperation.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "portal/PortalClient.h"
#include "portal/PortalSession.h"
#include "secrets/SecretStore.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace PortalKeys::Ui {

using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

PortalSteps::PortalSteps(SecretStore *secrets, BusyBar *bar, QWidget *dialogParent, ProfileLookup lookup,
                         QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
    , m_lookup(std::move(lookup))
    , m_operation(new PortalOperation(bar, this))
{
    connect(m_operation, &PortalOperation::busyChanged, this, &PortalSteps::busyChanged);
    connect(m_operation, &PortalOperation::cancelled, this, &PortalSteps::cancelled);
}

PortalSteps::~PortalSteps()
{
    abort();
}

bool PortalSteps::isBusy() const
{
    return m_operation->isBusy();
}

void PortalSteps::cancel()
{
    m_operation->cancel();
}

void PortalSteps::abort()
{
    m_operation->abort();
}

QObject *PortalSteps::begin(const QString &text, bool cancellable)
{
    QObject *token = m_operation->begin(text, cancellable);
    emit started();
    return token;
}

void PortalSteps::fail(QObject *token, const QString &id, const PortalError &error, Retry retry)
{
    if (!m_operation->isCurrent(token))
        return;
    m_operation->end();
    if (error.kind() == PortalError::Kind::Cancelled)
        emit cancelled();
    else
        emit failed(id, error, std::move(retry));
}

void PortalSteps::test(const PortalProfile &portal)
{
    const QString id = portal.id;
    // Again with the portal as it is then, e.g. trusting a certificate it refused.
    const Retry retry = [this, id] {
        if (const PortalProfile *current = m_lookup(id))
            test(*current);
    };
    QObject *token = begin(tr("Testing the connection to %1…").arg(portal.name));
    auto *session = new Portal::PortalSession(portal, m_secrets, token);
    session->open([this, token, id, retry](const PortalError &error, Portal::PortalClient *client) {
        if (error.isError())
            return fail(token, id, error, retry);
        if (!m_operation->isCurrent(token))
            return;
        auto *connectionTest = new Portal::ConnectionTest(client, token);
        m_operation->setCancelHook([connectionTest] { connectionTest->cancel(); });
        connectionTest->start(
            [this, token, id, retry](const PortalError &testError, const Portal::ConnectionReport &report) {
                if (testError.isError())
                    return fail(token, id, testError, retry);
                if (!m_operation->isCurrent(token))
                    return;
                m_operation->end();
                emit tested(id, report);
            });
    });
}

void PortalSteps::browserSignIn(const PortalProfile &portal)
{
    QObject *token = begin(tr("Preparing the sign-in to %1…").arg(portal.name));
    auto *session = new Portal::PortalSession(portal, m_secrets, token);
    m_secrets->read(
        portal.secretKey(SecretSlot::ClientSecret), token,
        [this, token, portal, session](const SecretError &readError, const QByteArray &clientSecret) {
            // No stored secret is normal: a public client signs in with PKCE alone.
            if (readError.isError() && readError.kind() != SecretError::Kind::NotFound)
                return fail(token, portal.id, PortalError::keychain(readError.message()), {});
            if (m_operation->isCurrent(token))
                startFlow(token, portal, session->client(), clientSecret);
        });
}

void PortalSteps::startFlow(QObject *token, const PortalProfile &portal, Portal::PortalClient *client,
                            const QByteArray &clientSecret)
{
    OAuth::AuthorizationCodeFlow::Settings settings;
    settings.serverRoot = portal.oauthServer.isEmpty() ? portal.baseUrl : portal.oauthServer;
    settings.clientId = portal.clientId;
    settings.clientSecret = clientSecret;
    settings.scopes = portal.scopes;
    auto *flow = new OAuth::AuthorizationCodeFlow(client, settings, token);
    m_operation->setCancelHook([flow] { flow->cancel(); });
    connect(flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, token,
            [this, token, portal](const QUrl &url) {
                if (!m_operation->isCurrent(token))
                    return;
                m_operation->setText(
                    tr("Waiting for the browser… Sign in to %1 there and allow access.").arg(portal.name));
                if (!m_openUrl || !m_openUrl(url))
                    emit browserNotOpened(url);
            });
    connect(flow, &OAuth::AuthorizationCodeFlow::exchangingCode, token, [this, token] {
        if (m_operation->isCurrent(token))
            m_operation->setText(tr("Finishing the sign-in…"));
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::succeeded, token,
            [this, token, portal](const OAuth::OAuthTokens &tokens, const OAuth::OAuthServer &) {
                if (!m_operation->isCurrent(token))
                    return;
                m_operation->holdToEnd(tr("Saving the tokens in the keychain…"));
                QList<QPair<SecretSlot, QByteArray>> values{{SecretSlot::AccessToken, tokens.accessToken}};
                if (!tokens.refreshToken.isEmpty())
                    values.append({SecretSlot::RefreshToken, tokens.refreshToken});
                storeTokens(token, portal, values);
            });
    connect(flow, &OAuth::AuthorizationCodeFlow::failed, token,
            [this, token, portal](const PortalError &error) {
                fail(token, portal.id, error, [this, id = portal.id] {
                    if (const PortalProfile *current = m_lookup(id))
                        browserSignIn(*current);
                });
            });
    flow->start();
}

void PortalSteps::storeTokens(QObject *token, const PortalProfile &portal,
                              const QList<QPair<SecretSlot, QByteArray>> &values)
{
    const QString id = portal.id;
    Portal::PortalSession::storeSecrets(m_secrets, portal, values, token,
                                        [this, token, id](const PortalError &error) {
                                            if (error.isError())
                                                return fail(token, id, error, {});
                                            if (!m_operation->isCurrent(token))
                                                return;
                                            m_operation->end();
                                            emit signedIn(id);
                                        });
}

void PortalSteps::passwordSignIn(const PortalProfile &portal, const QString &email,
                                 const QByteArray &password)
{
    const QString id = portal.id;
    QObject *token = begin(tr("Signing in to %1…").arg(portal.name));
    auto *client = new Portal::PortalClient(Portal::PortalSession::clientSettings(portal), token);
    auto *signIn = new PasswordSignIn(client, email, password, portal.name, m_dialogParent, token);
    m_operation->setCancelHook([signIn] { signIn->cancel(); });
    connect(signIn, &PasswordSignIn::waitingForCode, token,
            [this] { m_operation->setText(tr("Waiting for the two-factor code…")); });
    connect(signIn, &PasswordSignIn::checkingCode, token,
            [this] { m_operation->setText(tr("Checking the code…")); });
    connect(signIn, &PasswordSignIn::succeeded, token,
            [this, token, id, email](const QByteArray &loginToken) {
                if (!m_operation->isCurrent(token))
                    return;
                m_operation->holdToEnd(tr("Saving the token in the keychain…"));
                const PortalProfile *signedIn = m_lookup(id);
                if (signedIn && signedIn->user != email) {
                    emit emailChanged(id, email);
                    signedIn = m_lookup(id); // the list was read again: the old entry is gone
                }
                if (!signedIn)
                    return m_operation->end();
                storeTokens(token, *signedIn, {{SecretSlot::LoginToken, loginToken}});
            });
    connect(signIn, &PasswordSignIn::failed, token,
            [this, token, portal, email, password](const PortalError &error) {
                fail(token, portal.id, error, [this, portal, email, password] {
                    if (const PortalProfile *current = m_lookup(portal.id))
                        passwordSignIn(*current, email, password);
                });
            });
    signIn->start();
}

void PortalSteps::askToRemove(const PortalProfile &portal)
{
    // Removing deletes secrets that may exist nowhere else: Enter must not do it (confirm's default is
    // Cancel).
    PageControls::confirm(
        m_dialogParent, QStringLiteral("removeConfirmation"), tr("Remove portal"),
        tr("Remove the portal “%1”?").arg(portal.name),
        tr("PortalKeys forgets this portal and deletes its secrets from the keychain. Nothing changes on the "
           "portal itself: an API key or OAuth app stays valid there until you revoke it."),
        tr("Remove"),
        [this, id = portal.id] {
            const PortalProfile *current = m_lookup(id);
            if (current && !isBusy())
                removeSecrets(*current);
        },
        QStringLiteral("confirmRemove"));
}

void PortalSteps::removeSecrets(const PortalProfile &portal)
{
    // Not cancellable: a half-emptied keychain entry is worse than a short wait.
    QObject *token = begin(tr("Removing %1 and its secrets…").arg(portal.name), false);
    Portal::PortalSession::removeSecrets(m_secrets, portal, token,
                                         [this, token, portal](const PortalError &error) {
                                             if (!m_operation->isCurrent(token))
                                                 return;
                                             m_operation->end();
                                             emit secretsRemoved(portal, error);
                                         });
}

} // namespace PortalKeys::Ui
