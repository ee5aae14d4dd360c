#pragma once

#include "jwt/Token.h"
#include "jwt/Warning.h"

#include <QCoreApplication>
#include <QList>

namespace PortalKeys::Jwt {

// What makes a signed token a JWT at all, whatever the key: its claims set is a JSON object (RFC 7519 §7.2,
// so not JSON text of another kind, not truncated, not invalid UTF-8), "exp", "nbf" and "iat" are
// NumericDates, that is JSON numbers (RFC 7519 §2, §4.1.4-4.1.6; "123" as a string is none), and a "kid"
// header member is a string (RFC 7515 §4.1.4). jose refuses all such tokens, PyJWT, golang-jwt and
// node-jsonwebtoken most (tests/core/jwt/HostileTokens.h notes where PyJWT is lenient), so PortalKeys must
// not call them valid. A plain JWS may carry any payload; only "kid" applies.
class JwtForm {
    Q_DECLARE_TR_FUNCTIONS(JwtForm)

public:
    enum class Kind { Jwt, PlainJws };

    // One entry per broken rule, in a stable order (kid, payload, exp, nbf, iat); empty when the token
    // follows them. Codes: "kid-not-string", "payload-not-json", "time-not-number".
    static QList<Warning> problems(const Token &token, Kind kind = Kind::Jwt);
};

} // namespace PortalKeys::Jwt
