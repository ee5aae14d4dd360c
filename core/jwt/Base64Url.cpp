#include "jwt/Base64Url.h"

#include "jwt/Token.h"

namespace PortalKeys::Jwt {

namespace {

bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'_';
}

int sextet(char16_t u)
{
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    return u == u'-' ? 62 : 63;
}

// The last character of a length that is not a multiple of 4 carries 2 (length % 4 == 3) or 4 (== 2)
// bits past the data; a canonical encoder leaves them zero. Checked on the text: re-encoding costs more
// than the whole HMAC of a small token.
bool hasUnusedBitsSet(QStringView text)
{
    const int unusedMask = text.size() % 4 == 2 ? 0x0F : text.size() % 4 == 3 ? 0x03 : 0;
    return unusedMask != 0 && (sextet(text.back().unicode()) & unusedMask) != 0;
}

QString shownChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QString(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Base64Url::Decoded Base64Url::decode(QStringView text)
{
    Decoded result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isBase64UrlChar(c))
            continue;
        if (c == QLatin1Char('=')) {
            result.error = tr("it contains “=” padding (at position %1), which JWS does not use").arg(i + 1);
        } else if (c == QLatin1Char('+') || c == QLatin1Char('/')) {
            result.error = tr("the character “%1” at position %2 belongs to standard base64, not base64url "
                              "(which uses “-” and “_”)")
                               .arg(c)
                               .arg(i + 1);
        } else {
            result.error = tr("the character “%1” at position %2 is not in the base64url alphabet "
                              "(A–Z, a–z, 0–9, “-”, “_”)")
                               .arg(shownChar(c))
                               .arg(i + 1);
        }
        return result;
    }
    if (text.size() % 4 == 1) {
        result.error = tr("its length (%1 characters) is impossible for base64url: a character is missing or "
                          "one too many")
                           .arg(text.size());
        return result;
    }

    const QByteArray ascii = text.toLatin1();
    auto decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        result.error = tr("it cannot be decoded");
        return result;
    }
    // Several encodings decode to the same bytes when the last character carries unused bits; only the
    // canonical one is accepted, so that a token has exactly one spelling.
    if (hasUnusedBitsSet(text)) {
        result.error = tr("the last character “%1” sets bits that a canonical encoder leaves at zero")
                           .arg(text.at(text.size() - 1));
        return result;
    }
    result.bytes = std::move(*decoded);
    return result;
}

QByteArray Base64Url::encode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeBase64UrlStrict(const QString &segment)
{
    return Base64Url::decode(segment).bytes;
}

QString encodeBase64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

} // namespace PortalKeys::Jwt
