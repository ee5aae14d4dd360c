#pragma once

#include "oauth/OAuthApp.h"

#include <QByteArray>
#include <QJsonObject>

namespace PortalKeys::OAuth {

// An app as the portal's registry answered about it: the app itself, its client secret when the portal gave
// it in clear, and the portal's own description of it for scripts that want it as the portal wrote it. The
// secret is kept apart from both, so that nothing that prints, saves or lists the app can carry it by chance.
struct RegisteredApp {
    OAuthApp app;
    // In clear: from a registration, a new secret, or GET /clients/{id} for a portal admin or the app's
    // creator. Empty when the portal sent none, and always for the list (whose secrets are encrypted).
    QByteArray clientSecret;
    // The client object as the portal sent it, without its client_secret.
    QJsonObject description;

    bool hasSecret() const { return !clientSecret.isEmpty(); }
    // The description with the secret in it again, for a script that asked to see it.
    QJsonObject descriptionWithSecret() const;

    // Reads a client object of the portal. `secretInClear` false: the object's client_secret is not one that
    // signs in (the list's) and is dropped.
    static RegisteredApp fromPortal(const QJsonObject &client, bool secretInClear);
};

} // namespace PortalKeys::OAuth
