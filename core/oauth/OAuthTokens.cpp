#include "oauth/OAuthTokens.h"

namespace PortalKeys::OAuth {

std::optional<OAuthTokens> OAuthTokens::fromJson(const QJsonObject &json, const QDateTime &now)
{
    OAuthTokens tokens;
    tokens.accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
    if (tokens.accessToken.isEmpty())
        return std::nullopt;
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
    tokens.tokenType = json.value(QLatin1String("token_type")).toString();
    tokens.scope = json.value(QLatin1String("scope")).toString();
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble())
        tokens.expiresAt = now.toUTC().addSecs(qint64(expiresIn.toDouble()));
    return tokens;
}

bool OAuthTokens::expiresWithin(qint64 marginSeconds, const QDateTime &now) const
{
    return expiresAt.isValid() && now.secsTo(expiresAt) <= marginSeconds;
}

} // namespace PortalKeys::OAuth
