#pragma once

#include "jwt/Algorithm.h"
#include "jwt/Key.h"
#include "jwt/Token.h"
#include "jwt/Warning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace PortalKeys::Jwt {

struct VerifyOptions {
    QList<Algorithm> allowedAlgorithms; // empty: every algorithm the key allows; otherwise the intersection
    QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 leewaySeconds = 0;
    bool checkTime = true;
    // Warnings are sentences for people; a caller that verifies many tokens and shows none can skip them.
    bool collectWarnings = true;
    // A plain JWS (RFC 7515), whose payload is any data: no claims are required or checked. Otherwise the
    // token must be a JWT (see JwtForm), as every JWT library requires.
    bool plainJws = false;
};

struct VerifyResult {
    bool signatureValid = false;
    bool timeValid = true;   // true when not checked
    bool formValid = true;   // a JWT (or with plainJws a JWS) by JwtForm's rules
    QStringList errors;      // why not valid, one sentence each
    QList<Warning> warnings; // token and key warnings (see Verifier::tokenWarnings)
    bool valid() const { return signatureValid && timeValid && formValid; }
};

class Verifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    // Refuses: alg "none" (any case), an alg the key/options do not allow (algorithm confusion: an RSA or EC
    // key offered as an HMAC secret, or an HMAC secret for RS256), unknown "crit" members, ECDSA signatures
    // that are not exactly the fixed-length R||S of RFC 7518 §3.4 (DER is refused), tokens that break
    // JwtForm's rules (a payload that is no JSON object, times that are no numbers, a kid that is no
    // string). RSA key size < 2048 is a warning. HMAC is compared in constant time.
    static VerifyResult verify(const Token &token, const Key &key, const VerifyOptions &options = {});

    // For a strict check: a warning about the key (empty, short, in a word list) makes the result invalid.
    static void refuseWeakKey(VerifyResult &result);
    // Warnings that need no key: alg none, jku/x5u/jwk/x5c header members, JwtForm's problems, and for a
    // JWT expired / not yet valid and no exp.
    static QList<Warning> tokenWarnings(const Token &token, const QDateTime &now, qint64 leewaySeconds,
                                        bool plainJws = false);
    // The claims' part of them: no exp, expired, not yet valid. Only "exp" and "nbf" are read.
    static QList<Warning> timeWarnings(const QJsonObject &claims, const QDateTime &now, qint64 leewaySeconds);
};

} // namespace PortalKeys::Jwt
