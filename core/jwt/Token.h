#pragma once

#include "jwt/Warning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace PortalKeys::Jwt {

// A compact JWS, parsed strictly. Verification always uses `signingInput()`, the first two segments
// exactly as received, never re-serialized JSON.
class Token {
    Q_DECLARE_TR_FUNCTIONS(Token)

public:
    static constexpr qsizetype maxInputBytes = 1024 * 1024;

    enum class PayloadKind { JsonObject, JsonOther, Text, Binary };

    struct ParseResult;
    // Tolerates surrounding whitespace, a "Bearer " prefix (any case) and line breaks / spaces inside the
    // token (as when pasted from a wrapped e-mail). Refuses: inputs over 1 MiB; anything but 3 segments
    // (5 segments: "an encrypted JWE", with its header decoded for display); base64url with padding, with
    // characters outside the alphabet, or non-canonical (trailing bits set); a header that is not a JSON
    // object; a header or payload JSON object with duplicate member names; a header without a string "alg".
    static ParseResult parse(const QString &input);

    QString compact() const;            // the cleaned-up token: header.payload.signature
    QByteArray signingInput() const;    // ASCII bytes of "header.payload" as received
    QByteArray headerBytes() const;     // decoded header (UTF-8 JSON)
    QByteArray payloadBytes() const;    // decoded payload
    QByteArray signature() const;       // decoded signature bytes
    QString signatureBase64Url() const; // third segment as received
    QJsonObject header() const;
    QString algorithmName() const; // header "alg" as written, e.g. "HS256" or "none"
    QString keyId() const;         // header "kid" or empty
    PayloadKind payloadKind() const;
    QJsonObject payloadObject() const; // empty unless payloadKind() == JsonObject
    QJsonValue payloadJson() const;    // for JsonObject and JsonOther
    // Why the payload is not JSON (a clause, e.g. "the JSON text ends too early"); empty when it is JSON.
    QString payloadJsonError() const;
    // The payload for display: indented JSON, text, or hex for binary.
    QString payloadDisplayText() const;

private:
    friend struct ParseResult;
    QString m_segments[3];
    QByteArray m_signingInput; // kept from parsing: verification needs it every time
    QString m_algorithmName;
    QByteArray m_header, m_payload, m_signature;
    QJsonObject m_headerObject;
    QJsonValue m_payloadJson;
    QString m_payloadJsonError;
    PayloadKind m_payloadKind = PayloadKind::Binary;
};

struct Token::ParseResult {
    std::optional<Token> token;
    QString error; // one clear sentence when token is empty, e.g. "The payload (segment 2) is not valid
                   // base64url: ..."
    int failedSegment = 0; // 1..3 (or 1..5 for a JWE) when one segment is to blame, else 0
    bool isJwe = false;    // five segments: an encrypted token
    QJsonObject jweHeader; // its protected header, when readable

    bool ok() const { return token.has_value(); }
};

// Decodes base64url without padding, refusing padding, foreign characters and non-canonical encodings.
std::optional<QByteArray> decodeBase64UrlStrict(const QString &segment);
QString encodeBase64Url(const QByteArray &bytes);

// Parses JSON text like QJsonDocument but refuses duplicate member names in any object (QJsonDocument
// silently keeps the last one, which lets two parsers disagree about a token).
struct StrictJsonResult {
    std::optional<QJsonValue> value;
    QString error;
};
StrictJsonResult parseJsonStrict(const QByteArray &utf8);

} // namespace PortalKeys::Jwt
