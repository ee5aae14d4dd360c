#include "oauthapps/AppSecretNames.h"

#include <QSettings>

namespace PortalKeys::Ui {

namespace {

QString settingsKey(const QString &clientId)
{
    // Client IDs are UUIDs; escaping keeps any other value from forming a settings group path.
    return QStringLiteral("oauthApps/secretNames/") +
           QString::fromLatin1(clientId.toUtf8().toPercentEncoding());
}

} // namespace

QString AppSecretNames::nameFor(const QString &clientId)
{
    const QString remembered = QSettings().value(settingsKey(clientId)).toString();
    return remembered.isEmpty() ? QStringLiteral("oauth-app/") + clientId : remembered;
}

void AppSecretNames::remember(const QString &clientId, const QString &name)
{
    QSettings().setValue(settingsKey(clientId), name);
}

void AppSecretNames::forget(const QString &clientId)
{
    QSettings().remove(settingsKey(clientId));
}

} // namespace PortalKeys::Ui
