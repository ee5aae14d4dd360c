#pragma once

// Tokens that are correctly signed but no valid JWT by RFC 7519 / RFC 7515, next to near-misses that are
// valid, shared by the core, CLI, GUI and PyJWT tests so that all four judge the same list.
#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QString>

namespace HostileTokens {

struct Case {
    const char *name;
    QByteArray header;  // JSON text of the protected header
    QByteArray payload; // the payload bytes as signed
    bool validJwt;      // the verdict of `jwt verify`
    bool validJws;      // the verdict of `jwt verify --jws`
    const char *code;   // the JwtForm problem code when not a valid JWT, else nullptr
    // Why Debian's PyJWT (2.6) or a later one may say valid where the RFCs and other libraries say invalid;
    // nullptr when PyJWT must give the same verdict.
    const char *pyjwtLeniency = nullptr;
};

// 32 bytes, the HS256 minimum, so no weak-key warning gets in the way.
inline QByteArray secret()
{
    return QByteArrayLiteral("hostile-token-tests-secret-32-by");
}

inline QString signHs256(const QByteArray &header, const QByteArray &payload)
{
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray input = b64(header) + '.' + b64(payload);
    const QByteArray mac = QMessageAuthenticationCode::hash(input, secret(), QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + b64(mac));
}

inline QString token(const Case &c)
{
    return signHs256(c.header, c.payload);
}

inline QList<Case> cases()
{
    const QByteArray hs = R"({"alg":"HS256","typ":"JWT"})";
    const char *intCoercion = "PyJWT reads exp and nbf with int(), which takes a string of digits or true; "
                              "RFC 7519 §2, jose, golang-jwt and node-jsonwebtoken refuse them";
    const char *iatTrue = "PyJWT reads iat with int(), which takes true; RFC 7519 §4.1.6 and jose refuse it "
                          "(golang-jwt and node-jsonwebtoken look at iat only when asked to)";
    const char *kidUnchecked =
        "PyJWT checks the type of kid when decoding only from 2.12 on; RFC 7515 §4.1.4 "
        "asks for a string";
    return {
        // The claims set must be a JSON object (RFC 7519 §7.2 step 10).
        {"payload not JSON", hs, "hello", false, true, "payload-not-json"},
        {"payload a number", hs, "42", false, true, "payload-not-json"},
        {"payload true", hs, "true", false, true, "payload-not-json"},
        {"payload null", hs, "null", false, true, "payload-not-json"},
        {"payload an array", hs, R"([{"sub":"a"}])", false, true, "payload-not-json"},
        {"payload a string", hs, R"("{\"sub\":\"a\"}")", false, true, "payload-not-json"},
        {"payload truncated JSON", hs, R"({"sub":"alice","exp":41024)", false, true, "payload-not-json"},
        {"payload invalid UTF-8", hs, "{\"sub\":\"\xff\xfe\"}", false, true, "payload-not-json"},
        {"payload binary", hs, QByteArray("\x00\x01\xfe\xff", 4), false, true, "payload-not-json"},
        {"payload empty", hs, "", false, true, "payload-not-json"},
        // exp, nbf and iat are NumericDates: JSON numbers (RFC 7519 §2, §4.1.4-4.1.6).
        {"iat a string of digits", hs, R"({"sub":"a","iat":"123"})", false, true, "time-not-number",
         "PyJWT 2.6 fails with a TypeError, later versions read iat with int() and accept it; jose refuses "
         "it"},
        {"iat a word", hs, R"({"sub":"a","iat":"yesterday"})", false, true, "time-not-number"},
        {"iat true", hs, R"({"sub":"a","iat":true})", false, true, "time-not-number", iatTrue},
        {"iat null", hs, R"({"sub":"a","iat":null})", false, true, "time-not-number"},
        {"iat an array", hs, R"({"sub":"a","iat":[1700000000]})", false, true, "time-not-number"},
        {"iat an object", hs, R"({"sub":"a","iat":{}})", false, true, "time-not-number"},
        {"exp a string of digits", hs, R"({"sub":"a","exp":"4102444800"})", false, true, "time-not-number",
         intCoercion},
        {"exp a word", hs, R"({"sub":"a","exp":"never"})", false, true, "time-not-number"},
        {"exp true", hs, R"({"sub":"a","exp":true})", false, true, "time-not-number"},
        {"exp null", hs, R"({"sub":"a","exp":null})", false, true, "time-not-number"},
        {"nbf a string of digits", hs, R"({"sub":"a","nbf":"1"})", false, true, "time-not-number",
         intCoercion},
        {"nbf true", hs, R"({"sub":"a","nbf":true})", false, true, "time-not-number", intCoercion},
        {"nbf an array", hs, R"({"sub":"a","nbf":[1]})", false, true, "time-not-number"},
        // kid is a string (RFC 7515 §4.1.4), for a JWS as much as for a JWT.
        {"kid a number", R"({"alg":"HS256","kid":1})", R"({"sub":"a"})", false, false, "kid-not-string",
         kidUnchecked},
        {"kid null", R"({"alg":"HS256","kid":null})", R"({"sub":"a"})", false, false, "kid-not-string",
         kidUnchecked},
        {"kid true", R"({"alg":"HS256","kid":true})", R"({"sub":"a"})", false, false, "kid-not-string",
         kidUnchecked},
        {"kid an array", R"({"alg":"HS256","kid":["k1"]})", R"({"sub":"a"})", false, false, "kid-not-string",
         kidUnchecked},
        {"kid an object", R"({"alg":"HS256","kid":{}})", R"({"sub":"a"})", false, false, "kid-not-string",
         kidUnchecked},
        // Near misses that are valid.
        {"claims object", hs, R"({"sub":"a"})", true, true, nullptr},
        {"empty claims object", hs, "{}", true, true, nullptr},
        {"fractional times", hs, R"({"sub":"a","iat":1700000000.5,"nbf":1.5,"exp":4102444800.25})", true,
         true, nullptr},
        {"kid a string", R"({"alg":"HS256","kid":"k1"})", R"({"sub":"a"})", true, true, nullptr},
        {"unknown claims of any type", hs, R"({"sub":"a","auth_time":"x","n":null,"list":[1]})", true, true,
         nullptr},
    };
}

} // namespace HostileTokens
