#include "jwt/Token.h"

#include "jwt/Base64Url.h"
#include "jwt/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QStringList>

namespace PortalKeys::Jwt {

namespace {

// Pasted tokens often come from an "Authorization: Bearer …" header or a wrapped e-mail.
QString cleanUp(const QString &input)
{
    QString text = input.trimmed();
    const QLatin1String bearer("bearer");
    if (text.compare(bearer, Qt::CaseInsensitive) == 0)
        return QString();
    if (text.size() > bearer.size() && text.startsWith(bearer, Qt::CaseInsensitive) &&
        text.at(bearer.size()).isSpace())
        text = text.mid(bearer.size() + 1);
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (!c.isSpace())
            compact += c;
    }
    return compact;
}

std::optional<QString> decodeAsText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(text)) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\n'))
            return std::nullopt;
    }
    return text;
}

// Scalars cannot be serialized by QJsonDocument on their own.
QString jsonText(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString segmentName(int segment)
{
    switch (segment) {
    case 1:
        return Token::tr("header (segment 1)");
    case 2:
        return Token::tr("payload (segment 2)");
    default:
        return Token::tr("signature (segment 3)");
    }
}

Token::ParseResult failure(const QString &error, int segment = 0)
{
    Token::ParseResult result;
    result.error = error;
    result.failedSegment = segment;
    return result;
}

Token::ParseResult parseJwe(const QStringList &parts)
{
    Token::ParseResult result;
    result.isJwe = true;
    result.error =
        Token::tr("This is an encrypted token (JWE, five parts), not a signed one. PortalKeys can show "
                  "its header but cannot decrypt or verify it.");
    const Base64Url::Decoded header = Base64Url::decode(parts.at(0));
    if (header.bytes) {
        const StrictJson::Result json = StrictJson::parse(*header.bytes);
        if (json.value && json.value->isObject())
            result.jweHeader = json.value->toObject();
    }
    return result;
}

} // namespace

Token::ParseResult Token::parse(const QString &input)
{
    // A UTF-16 unit takes at most 3 bytes in UTF-8: most inputs need no conversion to be measured.
    if (input.size() > maxInputBytes ||
        (input.size() > maxInputBytes / 3 && input.toUtf8().size() > maxInputBytes)) {
        return failure(tr("The input is larger than 1 MiB; a token that big is not something PortalKeys "
                          "will read."));
    }
    const QString text = cleanUp(input);
    if (text.isEmpty())
        return failure(
            tr("Paste a token: three base64url parts separated by dots (header.payload.signature)."));

    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() == 5)
        return parseJwe(parts);
    if (parts.size() == 1)
        return failure(
            tr("This is not a token: a signed token (JWS) has three parts separated by dots, and this "
               "text has no dot."));
    if (parts.size() != 3)
        return failure(
            tr("A signed token (JWS) has three parts separated by dots; this one has %1.").arg(parts.size()));
    if (parts.at(0).isEmpty())
        return failure(tr("The header (segment 1) is empty."), 1);

    Token token;
    QByteArray *decodedTargets[3] = {&token.m_header, &token.m_payload, &token.m_signature};
    for (int i = 0; i < 3; ++i) {
        Base64Url::Decoded decoded = Base64Url::decode(parts.at(i));
        if (!decoded.bytes)
            return failure(tr("The %1 is not valid base64url: %2.").arg(segmentName(i + 1), decoded.error),
                           i + 1);
        *decodedTargets[i] = std::move(*decoded.bytes);
        token.m_segments[i] = parts.at(i);
    }
    token.m_signingInput = token.m_segments[0].toLatin1() + '.' + token.m_segments[1].toLatin1();

    const StrictJson::Result header = StrictJson::parse(token.m_header);
    if (header.problem == StrictJson::Problem::DuplicateMember)
        return failure(tr("The header (segment 1) is refused: %1. Parsers disagree about which one counts.")
                           .arg(header.error),
                       1);
    if (!header.value)
        return failure(tr("The header (segment 1) is not JSON: %1.").arg(header.error), 1);
    if (!header.value->isObject())
        return failure(tr("The header (segment 1) is JSON but not an object."), 1);
    token.m_headerObject = header.value->toObject();
    token.m_algorithmName = token.m_headerObject.value(QLatin1String("alg")).toString();
    const auto alg = token.m_headerObject.constFind(QLatin1String("alg"));
    if (alg == token.m_headerObject.constEnd())
        return failure(tr("The header (segment 1) has no “alg” member, so the algorithm is unknown."), 1);
    if (!alg->isString())
        return failure(tr("The “alg” member of the header (segment 1) is not a string."), 1);

    const StrictJson::Result payload = StrictJson::parse(token.m_payload);
    if (payload.problem == StrictJson::Problem::DuplicateMember)
        return failure(tr("The payload (segment 2) is refused: %1. Parsers disagree about which one counts.")
                           .arg(payload.error),
                       2);
    if (payload.value) {
        token.m_payloadJson = *payload.value;
        token.m_payloadKind = payload.value->isObject() ? PayloadKind::JsonObject : PayloadKind::JsonOther;
    } else {
        token.m_payloadKind = decodeAsText(token.m_payload) ? PayloadKind::Text : PayloadKind::Binary;
        token.m_payloadJsonError = payload.error;
    }

    ParseResult result;
    result.token = std::move(token);
    return result;
}

QString Token::compact() const
{
    return m_segments[0] + QLatin1Char('.') + m_segments[1] + QLatin1Char('.') + m_segments[2];
}

QByteArray Token::signingInput() const
{
    return m_signingInput;
}

QByteArray Token::headerBytes() const
{
    return m_header;
}

QByteArray Token::payloadBytes() const
{
    return m_payload;
}

QByteArray Token::signature() const
{
    return m_signature;
}

QString Token::signatureBase64Url() const
{
    return m_segments[2];
}

QJsonObject Token::header() const
{
    return m_headerObject;
}

QString Token::algorithmName() const
{
    return m_algorithmName;
}

QString Token::keyId() const
{
    return m_headerObject.value(QLatin1String("kid")).toString();
}

Token::PayloadKind Token::payloadKind() const
{
    return m_payloadKind;
}

QJsonObject Token::payloadObject() const
{
    return m_payloadKind == PayloadKind::JsonObject ? m_payloadJson.toObject() : QJsonObject();
}

QJsonValue Token::payloadJson() const
{
    if (m_payloadKind == PayloadKind::JsonObject || m_payloadKind == PayloadKind::JsonOther)
        return m_payloadJson;
    return QJsonValue(QJsonValue::Undefined);
}

QString Token::payloadJsonError() const
{
    return m_payloadJsonError;
}

QString Token::payloadDisplayText() const
{
    switch (m_payloadKind) {
    case PayloadKind::JsonObject:
    case PayloadKind::JsonOther:
        return jsonText(m_payloadJson, QJsonDocument::Indented);
    case PayloadKind::Text:
        return decodeAsText(m_payload).value_or(QString());
    case PayloadKind::Binary:
        break;
    }
    return QString::fromLatin1(m_payload.toHex(' '));
}

} // namespace PortalKeys::Jwt
