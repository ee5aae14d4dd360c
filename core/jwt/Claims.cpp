#include "jwt/Claims.h"

#include "jwt/JsonText.h"

#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace PortalKeys::Jwt {

namespace {

// QDateTime covers far more than this, but a time outside years 1..9999 is only ever a mistake or an attack,
// and shown as a date it would be misleading: such values stay plain numbers.
constexpr double minSeconds = -62135596800.0; // 0001-01-01T00:00:00Z
constexpr double maxSeconds = 253402300799.0; // 9999-12-31T23:59:59Z

std::optional<QDateTime> timeFromSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds < minSeconds || seconds > maxSeconds)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qRound64(seconds * 1000.0), Qt::UTC);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// "1 second", "5 minutes", "3 days"; coarse on purpose: people read it, scripts use the exact time.
QString durationText(qint64 msecs)
{
    const qint64 seconds = msecs / 1000;
    if (seconds < 1)
        return Claims::tr("less than a second");
    // Separate singular texts keep the untranslated English right; translators get %n plural forms.
    const auto n = [](qint64 value) {
        return int(qMin<qint64>(value, std::numeric_limits<int>::max()));
    };
    if (seconds < 60)
        return seconds == 1 ? Claims::tr("%n second", nullptr, 1)
                            : Claims::tr("%n seconds", nullptr, n(seconds));
    if (seconds < 60 * 60) {
        const qint64 minutes = seconds / 60;
        return minutes == 1 ? Claims::tr("%n minute", nullptr, 1)
                            : Claims::tr("%n minutes", nullptr, n(minutes));
    }
    if (seconds < 48 * 60 * 60) {
        const qint64 hours = seconds / 3600;
        return hours == 1 ? Claims::tr("%n hour", nullptr, 1) : Claims::tr("%n hours", nullptr, n(hours));
    }
    // Hours up to two days ("30 hours" says more than "1 day"), so there are always at least 2 days here.
    return Claims::tr("%n days", nullptr, n(seconds / 86400));
}

enum class TimeClaim { Expires, NotBefore, IssuedAt, AuthTime };

// The relative phrase for a time claim; at the exact moment of "exp" the token counts as expired (RFC 7519:
// "on or after"), so a zero difference reads as past.
QString relativeClaimText(TimeClaim claim, const QDateTime &when, const QDateTime &now)
{
    const qint64 diff = now.msecsTo(when);
    const bool future = diff > 0;
    const qint64 distance = future ? diff : -diff;
    const bool justNow = !future && distance < 1000;
    const QString d = durationText(distance);
    switch (claim) {
    case TimeClaim::Expires:
        if (future)
            return Claims::tr("expires in %1").arg(d);
        return justNow ? Claims::tr("expired just now") : Claims::tr("expired %1 ago").arg(d);
    case TimeClaim::NotBefore:
        if (future)
            return Claims::tr("becomes valid in %1").arg(d);
        return justNow ? Claims::tr("became valid just now") : Claims::tr("became valid %1 ago").arg(d);
    case TimeClaim::IssuedAt:
        if (future)
            return Claims::tr("issued %1 in the future").arg(d);
        return justNow ? Claims::tr("issued just now") : Claims::tr("issued %1 ago").arg(d);
    case TimeClaim::AuthTime:
        if (future)
            return Claims::tr("signed in %1 in the future").arg(d);
        return justNow ? Claims::tr("signed in just now") : Claims::tr("signed in %1 ago").arg(d);
    }
    return {};
}

struct KnownClaim {
    const char *name;
    const char *meaning;
    std::optional<TimeClaim> time;
};

// The order in which known claims are listed; everything else follows in payload order.
const KnownClaim knownClaims[] = {
    {"iss", QT_TRANSLATE_NOOP("Claims", "Issuer"), {}},
    {"sub", QT_TRANSLATE_NOOP("Claims", "Subject"), {}},
    {"aud", QT_TRANSLATE_NOOP("Claims", "Audience"), {}},
    {"exp", QT_TRANSLATE_NOOP("Claims", "Expires"), TimeClaim::Expires},
    {"nbf", QT_TRANSLATE_NOOP("Claims", "Not valid before"), TimeClaim::NotBefore},
    {"iat", QT_TRANSLATE_NOOP("Claims", "Issued at"), TimeClaim::IssuedAt},
    {"jti", QT_TRANSLATE_NOOP("Claims", "Token id"), {}},
    {"cid", QT_TRANSLATE_NOOP("Claims", "OAuth client id (DocSpace: the app the token was issued to)"), {}},
    {"tid", QT_TRANSLATE_NOOP("Claims", "Tenant id (DocSpace: the portal)"), {}},
    {"scope", QT_TRANSLATE_NOOP("Claims", "Scopes granted"), {}},
    {"scp", QT_TRANSLATE_NOOP("Claims", "Scopes granted"), {}},
    {"auth_time", QT_TRANSLATE_NOOP("Claims", "Time the user signed in"), TimeClaim::AuthTime},
    {"azp", QT_TRANSLATE_NOOP("Claims", "Authorized party (the client the token was issued to)"), {}},
    {"sid", QT_TRANSLATE_NOOP("Claims", "Session id"), {}},
    {"typ", QT_TRANSLATE_NOOP("Claims", "Token type"), {}},
};

// Not registered claims, but what a Document Server payload is made of: worth a word in the table.
const KnownClaim documentServerMembers[] = {
    {"document", QT_TRANSLATE_NOOP("Claims", "Document Server: the document to open"), {}},
    {"documentType", QT_TRANSLATE_NOOP("Claims", "Document Server: the kind of editor"), {}},
    {"editorConfig", QT_TRANSLATE_NOOP("Claims", "Document Server: editor settings and user"), {}},
};

const KnownClaim *findKnown(const QString &name)
{
    for (const KnownClaim &claim : knownClaims)
        if (name == QLatin1String(claim.name))
            return &claim;
    return nullptr;
}

ClaimInfo describeOne(const QString &name, const QJsonValue &value, const KnownClaim *known,
                      const QDateTime &now)
{
    ClaimInfo info;
    info.name = name;
    info.valueText = JsonText::display(value);
    if (!known) {
        for (const KnownClaim &member : documentServerMembers)
            if (name == QLatin1String(member.name))
                info.meaning = Claims::tr(member.meaning);
        return info;
    }
    info.meaning = Claims::tr(known->meaning);
    if (!known->time)
        return info;
    info.isTime = true;
    if (!value.isDouble()) {
        info.relative = Claims::tr("not a number of seconds");
        return info;
    }
    if (const std::optional<QDateTime> time = timeFromSeconds(value.toDouble())) {
        info.time = *time;
        info.relative = relativeClaimText(*known->time, *time, now);
    } else {
        info.relative = Claims::tr("outside the years 1 to 9999");
    }
    return info;
}

// "at 2024-05-01 10:00:00 UTC (3 days ago)", or the raw number when it is no sensible date.
QString timeWithRelative(double seconds, const QDateTime &now)
{
    if (const std::optional<QDateTime> time = timeFromSeconds(seconds))
        return Claims::tr("%1 (%2)").arg(utcText(*time), Claims::relativeTime(*time, now));
    return JsonText::compact(QJsonValue(seconds));
}

} // namespace

QList<ClaimInfo> Claims::describe(const QJsonObject &payload, const QDateTime &now)
{
    QList<ClaimInfo> result;
    for (const KnownClaim &claim : knownClaims) {
        const QString name = QLatin1String(claim.name);
        const auto it = payload.constFind(name);
        if (it != payload.constEnd())
            result.append(describeOne(name, it.value(), &claim, now));
    }
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        if (!findKnown(it.key()))
            result.append(describeOne(it.key(), it.value(), nullptr, now));
    return result;
}

TimeCheck Claims::checkTimes(const QJsonObject &payload, const QDateTime &now, qint64 leewaySeconds)
{
    const double nowMs = double(now.toMSecsSinceEpoch());
    const double leewayMs = double(qMax<qint64>(leewaySeconds, 0)) * 1000.0;
    QStringList errors;

    // A time that is no number makes the token no valid JWT at all: JwtForm says so, once, whether the
    // times are checked or not.
    const QJsonValue exp = payload.value(QStringLiteral("exp"));
    if (exp.isDouble() && isExpired(exp.toDouble(), nowMs, leewayMs))
        errors << tr("The token expired at %1.").arg(timeWithRelative(exp.toDouble(), now));
    const QJsonValue nbf = payload.value(QStringLiteral("nbf"));
    if (nbf.isDouble() && isNotYetValid(nbf.toDouble(), nowMs, leewayMs))
        errors << tr("The token is not valid before %1.").arg(timeWithRelative(nbf.toDouble(), now));
    // iat in the future is not a reason to refuse a token (RFC 7519 §4.1.6 makes it informational only);
    // describe() shows it and the verifier may warn about it.
    TimeCheck check;
    check.ok = errors.isEmpty();
    check.error = errors.join(QLatin1Char(' '));
    return check;
}

QString Claims::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 diff = now.msecsTo(when);
    if (diff == 0)
        return tr("now");
    return diff > 0 ? tr("in %1").arg(durationText(diff)) : tr("%1 ago").arg(durationText(-diff));
}

} // namespace PortalKeys::Jwt
