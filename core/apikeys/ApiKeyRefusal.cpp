#include "apikeys/ApiKeyRefusal.h"

#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "portal/PortalInfo.h"

#include <QJsonObject>
#include <QPointer>

namespace PortalKeys::ApiKeys {

using Portal::PortalError;
using Portal::PortalResponse;

namespace {

PortalError withMessage(const PortalError &error, const QString &message)
{
    PortalError shown = error;
    shown.setMessage(message);
    return shown;
}

QString retryText(const PortalError &error)
{
    if (error.retryAfterSeconds() >= 0)
        return ApiKeyRefusal::tr("Try again in %n second(s).", nullptr, error.retryAfterSeconds());
    return ApiKeyRefusal::tr("Try again in a few minutes.");
}

void readCaller(Portal::PortalClient *client, ApiKeyRefusal::Caller caller,
                std::function<void(const ApiKeyRefusal::Caller &)> done)
{
    client->send(Portal::PortalRequest::get(QStringLiteral("/api/2.0/people/@self")),
                 [caller, done](const PortalError &error, const PortalResponse &response) mutable {
                     caller.cancelled = error.kind() == PortalError::Kind::Cancelled;
                     const QJsonObject self = response.value.toObject();
                     if (!error.isError() && !self.isEmpty()) {
                         caller.known = true;
                         caller.guest = self.value(QLatin1String("isVisitor")).toBool();
                         caller.admin = self.value(QLatin1String("isAdmin")).toBool() ||
                                        self.value(QLatin1String("isOwner")).toBool();
                     }
                     done(caller);
                 });
}

} // namespace

PortalError ApiKeyRefusal::explained(const PortalError &error, bool apiKey, const QString &keyId)
{
    using Kind = PortalError::Kind;
    if (error.kind() == Kind::RateLimited)
        return withMessage(error, tr("The portal has had too many requests and refused this one for now. %1")
                                      .arg(retryText(error)));
    if (error.kind() == Kind::Forbidden && apiKey)
        return withMessage(error,
                           tr("The portal refused the API key PortalKeys signs in with: its permissions "
                              "do not cover this. Reading API keys needs “*:read” or “*:write”, "
                              "changing them “*:write” (or a key with every permission)."));
    if (error.kind() == Kind::ServerError && error.httpStatus() == 500 && !keyId.isEmpty())
        return withMessage(error,
                           tr("The portal failed on the key %1 (HTTP 500). DocSpace answers so when it "
                              "has no key with this ID: check the ID in the list of keys.")
                               .arg(keyId));
    return error;
}

PortalError ApiKeyRefusal::createRefused(const PortalError &error, const Caller &caller)
{
    if (error.kind() == PortalError::Kind::RateLimited)
        return withMessage(error, tr("The portal allows only a few new API keys in a short time and refused "
                                     "this one. %1")
                                      .arg(retryText(error)));
    if (error.kind() != PortalError::Kind::Forbidden)
        return explained(error, caller.apiKey);
    if (caller.known && caller.guest)
        return withMessage(error, tr("Guests cannot create API keys: DocSpace offers developer tools to the "
                                     "portal's other users only. Ask a portal admin for a key."));
    if (caller.known && !caller.admin && caller.settingsKnown && caller.limitedDevTools)
        return withMessage(error,
                           tr("This portal limits developer tools, API keys included, to its owner and "
                              "admins (Developer Tools access in the portal's settings). Ask an admin "
                              "to create the key, or to open developer tools to all users."));
    if (caller.apiKey)
        return explained(error, true);
    return withMessage(
        error, tr("The portal refused to create the key (“%1”). DocSpace refuses new keys to "
                  "guests, and to everyone but the owner and admins when developer tools are "
                  "limited to admins.")
                   .arg(error.serverMessage().isEmpty() ? tr("Access denied") : error.serverMessage()));
}

void ApiKeyRefusal::explainCreate(Portal::PortalClient *client, const PortalError &error,
                                  std::function<void(const PortalError &)> done)
{
    Caller caller;
    caller.apiKey = client->usesApiKey();
    if (error.kind() != PortalError::Kind::Forbidden) {
        done(createRefused(error, caller));
        return;
    }
    // The client may go away meanwhile (a cancelled page operation): then nothing more is asked.
    const QPointer<Portal::PortalClient> guarded(client);
    Portal::PortalInfo::fetch(client, [guarded, caller, error, done](const PortalError &settingsError,
                                                                     const Portal::PortalInfo &info) mutable {
        if (!guarded || settingsError.kind() == PortalError::Kind::Cancelled) {
            done(PortalError::cancelled());
            return;
        }
        if (!settingsError.isError()) {
            caller.settingsKnown = true;
            caller.limitedDevTools = info.limitedAccessDevToolsForUsers;
        }
        readCaller(guarded, caller, [error, done](const Caller &known) {
            done(known.cancelled ? PortalError::cancelled() : createRefused(error, known));
        });
    });
}

} // namespace PortalKeys::ApiKeys
