#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PortalKeys::Jwt {

// A registered or well-known claim of a payload, explained for people.
struct ClaimInfo {
    QString name;        // "exp", "iss", "cid", ...
    QString valueText;   // the value as shown (string, number, or compact JSON for arrays/objects)
    QString meaning;     // "Expires at", "Issuer", "DocSpace OAuth client id", ...
    bool isTime = false; // exp, nbf, iat (and auth_time)
    QDateTime time;      // UTC, when isTime and the value is a number
    QString relative;    // "expires in 2 hours", "expired 3 days ago", "issued 5 minutes ago"
};

struct TimeCheck {
    bool ok = true;
    QString error; // "The token expired at 2024-05-01 10:00:00 UTC (3 days ago)." / "not valid before ..."
};

class Claims {
    Q_DECLARE_TR_FUNCTIONS(Claims)

public:
    // Known claims first in a fixed order (iss, sub, aud, exp, nbf, iat, jti, cid, tid, scope, ...), then the
    // rest.
    static QList<ClaimInfo> describe(const QJsonObject &payload, const QDateTime &now);
    // exp / nbf checked against `now` with `leewaySeconds` (RFC 7519 §4.1.4-5). Values that are no numbers
    // are JwtForm's business and pass here; iat is informational only (§4.1.6).
    static TimeCheck checkTimes(const QJsonObject &payload, const QDateTime &now, qint64 leewaySeconds);
    // The time rules themselves, in milliseconds as doubles so that fractional NumericDates keep their
    // precision: one arithmetic for the verdict, the warnings and the batch fast path.
    static bool isExpired(double expSeconds, double nowMs, double leewayMs)
    {
        return !(nowMs < expSeconds * 1000.0 + leewayMs);
    }
    static bool isNotYetValid(double nbfSeconds, double nowMs, double leewayMs)
    {
        return !(nowMs + leewayMs >= nbfSeconds * 1000.0);
    }
    // "in 2 hours", "3 days ago"
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
};

} // namespace PortalKeys::Jwt
