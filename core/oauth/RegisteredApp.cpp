#include "oauth/RegisteredApp.h"

#include "oauth/AppField.h"

namespace PortalKeys::OAuth {

QJsonObject RegisteredApp::descriptionWithSecret() const
{
    QJsonObject json = description;
    if (hasSecret())
        json.insert(AppField::clientSecret, QString::fromUtf8(clientSecret));
    return json;
}

RegisteredApp RegisteredApp::fromPortal(const QJsonObject &client, bool secretInClear)
{
    RegisteredApp result;
    result.app = OAuthApp::fromJson(client);
    if (secretInClear)
        result.clientSecret = client.value(AppField::clientSecret).toString().toUtf8();
    result.description = client;
    result.description.remove(AppField::clientSecret);
    return result;
}

} // namespace PortalKeys::OAuth
