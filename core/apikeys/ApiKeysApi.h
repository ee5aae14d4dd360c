#pragma once

#include "apikeys/ApiKey.h"
#include "apikeys/ApiKeyChange.h"
#include "apikeys/NewApiKey.h"
#include "portal/PortalError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace PortalKeys::Portal {
class PortalCall;
class PortalClient;
} // namespace PortalKeys::Portal

namespace PortalKeys::ApiKeys {

// A portal's API keys (/api/2.0/keys; DocSpace's ApiKeysController and ApiKeyManager): the list, the
// permission names, create, change, switch off and on, delete, and which key makes a call. Every signed-in
// user manages their own keys; a portal admin sees and manages every key of the portal.
class ApiKeysApi {
    Q_DECLARE_TR_FUNCTIONS(ApiKeysApi)

public:
    using Done = std::function<void(const Portal::PortalError &error)>;
    using ListDone = std::function<void(const Portal::PortalError &error, const QList<ApiKey> &keys)>;
    using KeyDone = std::function<void(const Portal::PortalError &error, const ApiKey &key)>;
    using PermissionsDone = std::function<void(const Portal::PortalError &error, const QStringList &names)>;
    // `secret` is the whole key, "sk-" and 64 hex digits.
    using CreateDone =
        std::function<void(const Portal::PortalError &error, const ApiKey &key, const QByteArray &secret)>;

    // Every key of the portal for an admin, one's own keys for anybody else.
    static Portal::PortalCall *list(Portal::PortalClient *client, ListDone done);
    // The names a key's permissions may hold (see ApiKeyPermissions).
    static Portal::PortalCall *permissions(Portal::PortalClient *client, PermissionsDone done);
    // Creates the key. Its full value comes only in this answer, never again (the portal keeps a hash): the
    // caller must hand it to the user or the keychain and otherwise keep it in memory only. A refusal says
    // why in the portal's terms: too many new keys in a short time (429), developer tools limited to admins,
    // or a guest (both 403; the portal's settings and the caller's account are read to tell them apart).
    static void create(Portal::PortalClient *client, const NewApiKey &key, CreateDone done);
    // Changes a key. The portal answers false, not an error, for an expired key or another user's key when
    // the caller is no admin; that comes back as a BadRequest error saying so. `keyName` names the key in
    // messages (the ID when empty).
    static Portal::PortalCall *update(Portal::PortalClient *client, const QString &id, const QString &keyName,
                                      const ApiKeyChange &change, Done done);
    // Deletes a key; false (another user's key) comes back as an error, as for update.
    static Portal::PortalCall *remove(Portal::PortalClient *client, const QString &id, const QString &keyName,
                                      Done done);
    // The key that makes this call (GET /api/2.0/keys/@self). Only a call made with an API key has one.
    static Portal::PortalCall *whoami(Portal::PortalClient *client, KeyDone done);

    // A key ID as the portal's routes take it (a UUID, {keyId:guid}).
    static bool isKeyId(const QString &text);
    // "sk-" and 64 lowercase hexadecimal digits.
    static bool looksLikeKey(const QByteArray &secret);
    // One sentence saying that `secret` is not of that form, or empty when it is.
    static QString keyFormatProblem(const QByteArray &secret);
};

} // namespace PortalKeys::ApiKeys
