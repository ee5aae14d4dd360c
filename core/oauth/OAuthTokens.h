#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace PortalKeys::OAuth {

// What a token endpoint answered (RFC 6749 §5.1).
struct OAuthTokens {
    QByteArray accessToken;
    QByteArray refreshToken; // empty for public clients
    QString tokenType;
    QString scope;
    QDateTime expiresAt; // UTC; invalid when the server gave no expires_in

    static std::optional<OAuthTokens> fromJson(const QJsonObject &json, const QDateTime &now);
    // Expired, or expiring within `marginSeconds`.
    bool expiresWithin(qint64 marginSeconds, const QDateTime &now) const;
};

} // namespace PortalKeys::OAuth

Q_DECLARE_METATYPE(PortalKeys::OAuth::OAuthTokens)
