#include "portal/PortalSession.h"

#include "jwt/Token.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "portal/Credentials.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QJsonObject>

namespace PortalKeys::Portal {

namespace {

// Renew an access token that expires within this margin rather than have a call fail halfway.
constexpr qint64 refreshMarginSeconds = 60;

SecretSlot primarySlot(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::ApiKey:
        return SecretSlot::ApiKey;
    case CredentialKind::Basic:
        return SecretSlot::Password;
    case CredentialKind::Token:
        return SecretSlot::LoginToken;
    case CredentialKind::OAuth2:
        return SecretSlot::AccessToken;
    }
    return SecretSlot::ApiKey;
}

// DocSpace access tokens are JWTs; their "exp" says when to renew. Anything else is used until refused.
bool accessTokenExpires(const QByteArray &token)
{
    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(QString::fromLatin1(token));
    if (!parsed.ok())
        return false;
    const QJsonValue exp = parsed.token->payloadObject().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return false;
    return qint64(exp.toDouble()) - refreshMarginSeconds <= QDateTime::currentSecsSinceEpoch();
}

PortalError missingSecret(const PortalProfile &profile)
{
    switch (profile.kind) {
    case CredentialKind::ApiKey:
        return {PortalError::Kind::Unauthorized,
                PortalSession::tr("No API key is stored for the portal “%1”; enter it again (Edit in the "
                                  "app, or remove and add the portal on the command line).")
                    .arg(profile.name)};
    case CredentialKind::Basic:
        return {PortalError::Kind::Unauthorized,
                PortalSession::tr("No password is stored for the portal “%1”; enter it again (Edit in the "
                                  "app, or remove and add the portal on the command line).")
                    .arg(profile.name)};
    case CredentialKind::Token:
        return {PortalError::Kind::Unauthorized,
                PortalSession::tr("No token is stored for the portal “%1”; sign in again or paste a token.")
                    .arg(profile.name)};
    case CredentialKind::OAuth2:
        return {PortalError::Kind::Unauthorized,
                PortalSession::tr("Not signed in to the portal “%1” yet: sign in with the browser first.")
                    .arg(profile.name)};
    }
    return {};
}

// Looks for the first of `remainingSlots` that holds a value; the value itself is dropped at once.
void checkInTurn(SecretStore *secrets, const PortalProfile &profile, QList<SecretSlot> remainingSlots,
                 QObject *context, std::function<void(const PortalError &)> done)
{
    if (remainingSlots.isEmpty()) {
        done(missingSecret(profile));
        return;
    }
    const SecretSlot first = remainingSlots.takeFirst();
    secrets->read(profile.secretKey(first), context,
                  [secrets, profile, remainingSlots, context, done](const SecretError &error,
                                                                    const QByteArray &secret) {
                      if (error.isError() && error.kind() != SecretError::Kind::NotFound)
                          return done(PortalError::keychain(error.message()));
                      if (!error.isError() && !secret.isEmpty())
                          return done({});
                      checkInTurn(secrets, profile, remainingSlots, context, done);
                  });
}

// One keychain write after the other: the first failure stops the rest and is reported once.
void writeInTurn(SecretStore *secrets, const PortalProfile &profile,
                 QList<QPair<SecretSlot, QByteArray>> values, QObject *context,
                 std::function<void(const PortalError &)> done)
{
    if (values.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const QPair<SecretSlot, QByteArray> first = values.takeFirst();
    secrets->write(profile.secretKey(first.first), first.second, context,
                   [secrets, profile, values, context, done](const SecretError &error) {
                       if (error.isError())
                           done(PortalError::keychain(error.message()));
                       else
                           writeInTurn(secrets, profile, values, context, done);
                   });
}

void removeInTurn(SecretStore *secrets, const PortalProfile &profile, QList<SecretSlot> remainingSlots,
                  QObject *context, std::function<void(const PortalError &)> done)
{
    if (remainingSlots.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const SecretSlot first = remainingSlots.takeFirst();
    secrets->remove(profile.secretKey(first), context,
                    [secrets, profile, remainingSlots, context, done](const SecretError &error) {
                        if (error.isError())
                            done(PortalError::keychain(error.message()));
                        else
                            removeInTurn(secrets, profile, remainingSlots, context, done);
                    });
}

} // namespace

PortalSession::PortalSession(const PortalProfile &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_client(new PortalClient(clientSettings(profile), this))
{}

PortalSession::~PortalSession() = default;

ClientSettings PortalSession::clientSettings(const PortalProfile &profile)
{
    ClientSettings settings;
    settings.baseUrl = profile.baseUrl;
    settings.pinnedSha256 = profile.pinnedSha256;
    settings.timeoutMs = profile.timeoutSeconds * 1000;
    settings.portalName = profile.name;
    settings.portalUser = profile.user.isEmpty() ? credentialKindTitle(profile.kind) : profile.user;
    return settings;
}

void PortalSession::open(Ready ready, bool forceRefresh)
{
    if (m_profile.kind == CredentialKind::OAuth2) {
        openOAuth(std::move(ready), forceRefresh);
        return;
    }
    m_secrets->read(m_profile.secretKey(primarySlot(m_profile.kind)), this,
                    [this, ready](const SecretError &error, const QByteArray &secret) {
                        if (error.kind() == SecretError::Kind::NotFound ||
                            (!error.isError() && secret.isEmpty())) {
                            ready(missingSecret(m_profile), nullptr);
                            return;
                        }
                        if (error.isError()) {
                            ready(PortalError::keychain(error.message()), nullptr);
                            return;
                        }
                        m_client->setAuthorization(
                            Credentials{m_profile.kind, m_profile.user, secret}.authorizationHeader());
                        ready({}, m_client);
                    });
}

void PortalSession::openOAuth(Ready ready, bool forceRefresh)
{
    m_secrets->read(m_profile.secretKey(SecretSlot::AccessToken), this,
                    [this, ready, forceRefresh](const SecretError &error, const QByteArray &access) {
                        if (error.isError() && error.kind() != SecretError::Kind::NotFound) {
                            ready(PortalError::keychain(error.message()), nullptr);
                            return;
                        }
                        if (!access.isEmpty() && !forceRefresh && !accessTokenExpires(access)) {
                            m_client->setAuthorization(
                                Credentials{CredentialKind::OAuth2, {}, access}.authorizationHeader());
                            ready({}, m_client);
                            return;
                        }
                        refreshOAuth(ready);
                    });
}

void PortalSession::refreshOAuth(Ready ready)
{
    m_secrets->read(
        m_profile.secretKey(SecretSlot::RefreshToken), this,
        [this, ready](const SecretError &error, const QByteArray &refresh) {
            if (error.kind() == SecretError::Kind::NotFound || (!error.isError() && refresh.isEmpty())) {
                ready({PortalError::Kind::Unauthorized,
                       tr("The sign-in to “%1” has expired and cannot be renewed without a refresh "
                          "token (public apps get none); sign in with the browser again.")
                           .arg(m_profile.name)},
                      nullptr);
                return;
            }
            if (error.isError()) {
                ready(PortalError::keychain(error.message()), nullptr);
                return;
            }
            m_secrets->read(
                m_profile.secretKey(SecretSlot::ClientSecret), this,
                [this, ready, refresh](const SecretError &secretError, const QByteArray &clientSecret) {
                    if (secretError.isError() && secretError.kind() != SecretError::Kind::NotFound) {
                        ready(PortalError::keychain(secretError.message()), nullptr);
                        return;
                    }
                    const QUrl root =
                        m_profile.oauthServer.isEmpty() ? m_profile.baseUrl : m_profile.oauthServer;
                    OAuth::AuthorizationCodeFlow::discover(
                        m_client, root,
                        [this, ready, refresh, clientSecret](const PortalError &discoveryError,
                                                             const OAuth::OAuthServer &server) {
                            if (discoveryError.isError()) {
                                ready(discoveryError, nullptr);
                                return;
                            }
                            OAuth::AuthorizationCodeFlow::refresh(
                                m_client, server.tokenEndpoint, m_profile.clientId, clientSecret, refresh,
                                [this, ready](const PortalError &refreshError,
                                              const OAuth::OAuthTokens &tokens) {
                                    if (refreshError.isError()) {
                                        PortalError shown = refreshError;
                                        shown.setMessage(
                                            tr("Renewing the sign-in to “%1” failed; sign in with "
                                               "the browser again. %2")
                                                .arg(m_profile.name, refreshError.message()));
                                        ready(shown, nullptr);
                                        return;
                                    }
                                    storeOAuthTokens(tokens.accessToken, tokens.refreshToken, ready);
                                });
                        });
                });
        });
}

void PortalSession::storeOAuthTokens(const QByteArray &access, const QByteArray &refresh, Ready ready)
{
    QList<QPair<SecretSlot, QByteArray>> values{{SecretSlot::AccessToken, access}};
    if (!refresh.isEmpty())
        values.append({SecretSlot::RefreshToken, refresh});
    storeSecrets(m_secrets, m_profile, values, this, [this, ready, access](const PortalError &error) {
        if (error.isError()) {
            ready(error, nullptr);
            return;
        }
        m_client->setAuthorization(Credentials{CredentialKind::OAuth2, {}, access}.authorizationHeader());
        ready({}, m_client);
    });
}

void PortalSession::storeSecrets(SecretStore *secrets, const PortalProfile &profile,
                                 const QList<QPair<SecretSlot, QByteArray>> &values, QObject *context,
                                 std::function<void(const PortalError &)> done)
{
    writeInTurn(secrets, profile, values, context, std::move(done));
}

void PortalSession::removeSecrets(SecretStore *secrets, const PortalProfile &profile, QObject *context,
                                  std::function<void(const PortalError &)> done)
{
    removeInTurn(secrets, profile, PortalProfile::allSecretSlots(), context, std::move(done));
}

void PortalSession::checkSecrets(SecretStore *secrets, const PortalProfile &profile, QObject *context,
                                 std::function<void(const PortalError &missing)> done)
{
    QList<SecretSlot> wanted{primarySlot(profile.kind)};
    if (profile.kind == CredentialKind::OAuth2)
        wanted.append(SecretSlot::RefreshToken); // renews a lost or expired access token
    checkInTurn(secrets, profile, wanted, context, std::move(done));
}

} // namespace PortalKeys::Portal
