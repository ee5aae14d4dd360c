#pragma once

#include "portal/PortalClient.h"
#include "portal/PortalError.h"
#include "portal/PortalProfile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Portal {

// Turns a profile into a ready PortalClient: reads the profile's secrets from the keychain, and for OAuth 2.0
// refreshes an expired access token first (storing the rotated refresh token). Used by every online feature.
class PortalSession : public QObject {
    Q_OBJECT

public:
    using Ready = std::function<void(const PortalError &error, PortalClient *client)>;

    PortalSession(const PortalProfile &profile, SecretStore *secrets, QObject *parent = nullptr);
    ~PortalSession() override;

    const PortalProfile &profile() const { return m_profile; }
    // A client for the profile's portal without credentials (TLS settings only).
    PortalClient *client() const { return m_client; }

    // Calls `ready` once the client carries the credentials, or with the reason it cannot. For OAuth 2.0 an
    // access token that has expired (or `forceRefresh`, e.g. after a 401) is first renewed with the refresh
    // token, and the rotated tokens are stored.
    void open(Ready ready, bool forceRefresh = false);

    // Stores the secrets of `profile` that `values` holds (slot → secret) in the keychain; calls `done` once.
    static void storeSecrets(SecretStore *secrets, const PortalProfile &profile,
                             const QList<QPair<SecretSlot, QByteArray>> &values, QObject *context,
                             std::function<void(const PortalError &)> done);
    // Removes every secret of `profile` from the keychain (all slots, whatever the kind).
    static void removeSecrets(SecretStore *secrets, const PortalProfile &profile, QObject *context,
                              std::function<void(const PortalError &)> done);

    // Whether the keychain holds the secret that `profile`'s kind signs in with (OAuth 2.0: an access or a
    // refresh token), without handing it out: `done` gets no error when it is there, the reason open() would
    // give when it is missing (kind Unauthorized), or the keychain's failure (kind Keychain).
    static void checkSecrets(SecretStore *secrets, const PortalProfile &profile, QObject *context,
                             std::function<void(const PortalError &missing)> done);

    static ClientSettings clientSettings(const PortalProfile &profile);

private:
    void openOAuth(Ready ready, bool forceRefresh);
    void refreshOAuth(Ready ready);
    void storeOAuthTokens(const QByteArray &access, const QByteArray &refresh, Ready ready);

    PortalProfile m_profile;
    SecretStore *m_secrets;
    PortalClient *m_client;
};

} // namespace PortalKeys::Portal
