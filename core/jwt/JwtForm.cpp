#include "jwt/JwtForm.h"

#include "common/BoundedList.h"

namespace PortalKeys::Jwt {

namespace {

// "a number", "a string (“123”)", "true", "null", "an array": enough to see what was written instead.
QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return JwtForm::tr("a number");
    case QJsonValue::String:
        return JwtForm::tr("a string (“%1”)").arg(BoundedList::shortened(value.toString(), 40));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return JwtForm::tr("an array");
    case QJsonValue::Object:
        return JwtForm::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JwtForm::tr("missing");
}

Warning problem(const char *code, const QString &message, const QString &explanation)
{
    return Warning{QString::fromLatin1(code), Warning::Severity::Warning, message, explanation};
}

// Why the payload is no claims set, as a clause: "it is a number", "the JSON text ends too early".
QString payloadClause(const Token &token)
{
    if (token.payloadKind() == Token::PayloadKind::JsonOther)
        return JwtForm::tr("it is %1").arg(kindOf(token.payloadJson()));
    if (token.payloadBytes().isEmpty())
        return JwtForm::tr("it is empty");
    if (!token.payloadJsonError().isEmpty())
        return token.payloadJsonError();
    return JwtForm::tr("it is not JSON");
}

} // namespace

QList<Warning> JwtForm::problems(const Token &token, Kind kind)
{
    QList<Warning> found;
    const QJsonValue kid = token.header().value(QLatin1String("kid"));
    if (!kid.isUndefined() && !kid.isString()) {
        found.append(problem(
            "kid-not-string",
            tr("The header's “kid” is %1, not a string (RFC 7515 §4.1.4), so the token is invalid.")
                .arg(kindOf(kid)),
            tr("A key id names the key by text. Verifiers that pick keys by “kid” find none for other "
               "values, and recent PyJWT refuses the token: have the issuer write the key id as a string.")));
    }
    if (kind == Kind::PlainJws)
        return found;

    if (token.payloadKind() != Token::PayloadKind::JsonObject) {
        found.append(problem(
            "payload-not-json",
            tr("The payload is not a JSON object (%1), so the token is not a valid JWT: its claims must "
               "be a JSON object (RFC 7519 §7.2).")
                .arg(payloadClause(token)),
            tr("JWT libraries such as PyJWT, jose and golang-jwt refuse such a token. Only a plain JWS may "
               "carry other data; check it as one if that is what it is meant to be.")));
        return found;
    }
    const QJsonObject claims = token.payloadObject();
    for (const char *name : {"exp", "nbf", "iat"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (value.isUndefined() || value.isDouble())
            continue;
        found.append(problem(
            "time-not-number",
            tr("The “%1” claim is %2, not a NumericDate (a JSON number of seconds, RFC 7519 §2), so the "
               "token is invalid.")
                .arg(QLatin1String(name), kindOf(value)),
            tr("Times in a JWT are plain numbers of seconds since 1970-01-01 UTC, never text or other "
               "values. Libraries refuse a token whose “exp”, “nbf” or “iat” is anything else, so the "
               "issuer must write the number itself.")));
    }
    return found;
}

} // namespace PortalKeys::Jwt
