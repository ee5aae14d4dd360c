#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace PortalKeys::ApiKeys {

// One API key as the portal describes it (ApiKeyResponseDto). The full key is never part of it: the portal
// shows that once, in the answer to its creation (ApiKeysApi::create), and keeps only a hash.
struct ApiKey {
    Q_DECLARE_TR_FUNCTIONS(ApiKey)

public:
    // Where a key stands on the way to its expiry, as of a given moment.
    enum class Expiry {
        Never,   // no expiry date
        Later,   // expires after the warning period
        Soon,    // expires within the warning period
        Expired, // no longer accepted
    };
    // Keys that expire within this many days are pointed out.
    static constexpr int defaultWarningDays = 14;

    QString id; // a UUID
    QString name;
    QString keyPostfix;      // the last four characters of the key
    QStringList permissions; // empty: everything (see ApiKeyPermissions)
    QDateTime createdOn;
    QString createdBy; // the creator's display name
    QString createdById;
    QDateTime lastUsed;  // invalid: never used
    QDateTime expiresAt; // invalid: never expires
    bool isActive = true;

    // "sk-***abcd", as the portal shows a key after its creation.
    QString maskedKey() const;
    bool isExpired(const QDateTime &now) const;
    // True when the key has expired or expires within `days` days of `now`.
    bool expiresWithin(int days, const QDateTime &now) const;
    Expiry expiry(const QDateTime &now, int warningDays = defaultWarningDays) const;
    // "never", "in 3 days", "in 5 hours", "expired 2 days ago".
    QString expiryText(const QDateTime &now) const;
    // "All", "Read only" or the scopes.
    QString permissionsText() const;

    // For scripts: the portal's member names (camelCase), the key only masked, times in ISO 8601 UTC, and
    // "expired" as of `now`.
    QJsonObject toJson(const QDateTime &now) const;
    // Reads the portal's DTO (camelCase, or PascalCase of older documentation). The "key" member is ignored:
    // in a create answer it is the full key, which ApiKeysApi takes out on its own.
    static ApiKey fromJson(const QJsonObject &json);
};

} // namespace PortalKeys::ApiKeys
