#pragma once

#include "oauth/OAuthApp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PortalKeys::Cli {

// How `oauth-app list` and `show` print registered apps for people (scripts use --json).
class OAuthAppText {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppText)

public:
    // One line per app under a header: client ID, state, creation time, name.
    static QString table(const QList<OAuth::OAuthApp> &apps);
    // Every field of one app, one per line ("Redirect URIs:" and other lists one entry per line), and with
    // `clientSecretRow` a "Client secret:" line holding exactly that text (masked or not: the caller's
    // choice).
    static QString details(const OAuth::OAuthApp &app, const QString &clientSecretRow = {});
    // "enabled" / "disabled"
    static QString stateName(bool enabled);

private:
    static QString time(const QDateTime &time);
};

} // namespace PortalKeys::Cli
