#include "apikeys/ApiKeysApi.h"

#include "apikeys/ApiKeyPermissions.h"
#include "apikeys/ApiKeyRefusal.h"
#include "history/HistoryRecorder.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace PortalKeys::ApiKeys {

using Portal::PortalError;
using Portal::PortalRequest;
using Portal::PortalResponse;

namespace {

const QString keysPath = QStringLiteral("/api/2.0/keys");

QString keyPath(const QString &id)
{
    return keysPath + QLatin1Char('/') + id.toLower();
}

PortalError malformed(const QString &message)
{
    return {PortalError::Kind::Malformed, message};
}

// The answer of PUT and DELETE: true, or false for a key the caller may not change.
PortalError fromBoolean(const PortalResponse &response, const QString &refusal)
{
    if (!response.value.isBool())
        return malformed(ApiKeysApi::tr("The portal answered the change with something other than true or "
                                        "false."));
    if (response.value.toBool())
        return {};
    PortalError refused(PortalError::Kind::BadRequest, refusal);
    refused.setHttpStatus(response.httpStatus);
    return refused;
}

QString keyLabel(const QString &id, const QString &name)
{
    return name.isEmpty() ? id : QStringLiteral("“%1” (%2)").arg(name, id);
}

// The history line of a change to a key; the key's value is never part of it.
void recordKeyChange(const Portal::PortalClient *client, const QString &action, const QString &subject,
                     const PortalError &error)
{
    History::HistoryRecorder::record(client, {History::HistoryEntry::Area::ApiKey, action, subject, {}},
                                     error);
}

QString changeAction(const ApiKeyChange &change)
{
    if (change.isActive && !change.name && !change.permissions)
        return *change.isActive ? QStringLiteral("enabled") : QStringLiteral("disabled");
    return QStringLiteral("updated");
}

} // namespace

Portal::PortalCall *ApiKeysApi::list(Portal::PortalClient *client, ListDone done)
{
    const bool apiKey = client->usesApiKey();
    return client->send(PortalRequest::get(keysPath), [apiKey, done](const PortalError &error,
                                                                     const PortalResponse &response) {
        if (error.isError())
            return done(ApiKeyRefusal::explained(error, apiKey), {});
        if (!response.value.isArray())
            return done(malformed(tr("The portal's list of API keys is not a list.")), {});
        QList<ApiKey> keys;
        for (const QJsonValue &entry : response.value.toArray()) {
            const ApiKey key = ApiKey::fromJson(entry.toObject());
            if (!key.id.isEmpty())
                keys.append(key);
        }
        done({}, keys);
    });
}

Portal::PortalCall *ApiKeysApi::permissions(Portal::PortalClient *client, PermissionsDone done)
{
    const bool apiKey = client->usesApiKey();
    return client->send(
        PortalRequest::get(keysPath + QStringLiteral("/permissions")),
        [apiKey, done](const PortalError &error, const PortalResponse &response) {
            if (error.isError())
                return done(ApiKeyRefusal::explained(error, apiKey), {});
            QString problem;
            const QStringList names = ApiKeyPermissions::fromServerJson(response.value.toArray(), &problem);
            if (!response.value.isArray() || names.isEmpty())
                return done(malformed(problem.isEmpty() ? tr("The portal's list of API key permissions is "
                                                             "not a list.")
                                                        : problem),
                            {});
            done({}, names);
        });
}

void ApiKeysApi::create(Portal::PortalClient *client, const NewApiKey &key, CreateDone done)
{
    const QPointer<Portal::PortalClient> guarded(client);
    const QString name = key.name;
    client->send(
        PortalRequest::postJson(keysPath, QJsonDocument(key.toJson())),
        [guarded, name, done](const PortalError &error, const PortalResponse &response) {
            if (error.isError()) {
                if (!guarded || error.kind() == PortalError::Kind::Cancelled)
                    return done(error, {}, {});
                return ApiKeyRefusal::explainCreate(
                    guarded, error, [guarded, name, done](const PortalError &explained) {
                        recordKeyChange(guarded, QStringLiteral("created"), name, explained);
                        done(explained, {}, {});
                    });
            }
            recordKeyChange(guarded, QStringLiteral("created"), name, {});
            const QJsonObject object = response.value.toObject();
            const ApiKey created = ApiKey::fromJson(object);
            QByteArray secret = object.value(QLatin1String("key")).toString().toUtf8();
            if (created.id.isEmpty() || secret.isEmpty() || secret.contains('*')) {
                secret.fill('\0');
                return done(malformed(tr("The portal answered the new key without its ID or its value. A key "
                                         "may have been made all the same: look at the list of keys and "
                                         "delete one you cannot use.")),
                            created, {});
            }
            done({}, created, secret);
        });
}

Portal::PortalCall *ApiKeysApi::update(Portal::PortalClient *client, const QString &id,
                                       const QString &keyName, const ApiKeyChange &change, Done done)
{
    const bool apiKey = client->usesApiKey();
    const QString refusal =
        tr("The portal did not change the key %1: it has expired, or it belongs to another user and only "
           "portal admins may change other users' keys.")
            .arg(keyLabel(id, keyName));
    return client->send(
        PortalRequest::withMethod(QByteArrayLiteral("PUT"), keyPath(id), QJsonDocument(change.toJson()),
                                  Portal::ResponseFormat::Envelope),
        [guarded = QPointer<Portal::PortalClient>(client), apiKey, id,
         subject = keyName.isEmpty() ? id : keyName, action = changeAction(change), refusal,
         done](const PortalError &error, const PortalResponse &response) {
            const PortalError result = error.isError() ? ApiKeyRefusal::explained(error, apiKey, id)
                                                       : fromBoolean(response, refusal);
            recordKeyChange(guarded, action, subject, result);
            done(result);
        });
}

Portal::PortalCall *ApiKeysApi::remove(Portal::PortalClient *client, const QString &id,
                                       const QString &keyName, Done done)
{
    const bool apiKey = client->usesApiKey();
    const QString refusal = tr("The portal did not delete the key %1: it belongs to another user, and only "
                               "portal admins may delete other users' keys.")
                                .arg(keyLabel(id, keyName));
    return client->send(PortalRequest::withMethod(QByteArrayLiteral("DELETE"), keyPath(id), QJsonDocument(),
                                                  Portal::ResponseFormat::Envelope),
                        [guarded = QPointer<Portal::PortalClient>(client), apiKey, id,
                         subject = keyName.isEmpty() ? id : keyName, refusal,
                         done](const PortalError &error, const PortalResponse &response) {
                            const PortalError result = error.isError()
                                                           ? ApiKeyRefusal::explained(error, apiKey, id)
                                                           : fromBoolean(response, refusal);
                            recordKeyChange(guarded, QStringLiteral("deleted"), subject, result);
                            done(result);
                        });
}

Portal::PortalCall *ApiKeysApi::whoami(Portal::PortalClient *client, KeyDone done)
{
    const bool apiKey = client->usesApiKey();
    return client->send(PortalRequest::get(keysPath + QStringLiteral("/@self")),
                        [apiKey, done](const PortalError &error, const PortalResponse &response) {
                            // DocSpace looks the key up from the Authorization header and fails (500) when
                            // there is none.
                            if (error.kind() == PortalError::Kind::ServerError && !apiKey) {
                                PortalError shown = error;
                                shown.setMessage(
                                    tr("Only a call made with an API key has a key to show; this portal is "
                                       "signed in to another way."));
                                return done(shown, {});
                            }
                            if (error.isError())
                                return done(ApiKeyRefusal::explained(error, apiKey), {});
                            const ApiKey key = ApiKey::fromJson(response.value.toObject());
                            if (key.id.isEmpty())
                                return done(malformed(tr("The portal's answer names no API key.")), {});
                            done({}, key);
                        });
}

bool ApiKeysApi::isKeyId(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

bool ApiKeysApi::looksLikeKey(const QByteArray &secret)
{
    static const QRegularExpression pattern(QStringLiteral("^sk-[0-9a-f]{64}$"));
    return pattern.match(QString::fromLatin1(secret)).hasMatch();
}

QString ApiKeysApi::keyFormatProblem(const QByteArray &secret)
{
    if (looksLikeKey(secret))
        return {};
    return tr("The API key does not look like a DocSpace key (“sk-” and 64 lowercase hexadecimal digits).");
}

} // namespace PortalKeys::ApiKeys
