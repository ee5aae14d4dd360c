#include "jwt/Base64Url.h"

#include "jwt/Token.h"

#include <array>

namespace PortalKeys::Jwt {

namespace {

bool isBase64UrlChar(char16_t u)
{
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
bool hasUnusedBitsSet(qsizetype size, char16_t last)
{
    const int unusedMask = size % 4 == 2 ? 0x0F : size % 4 == 3 ? 0x03 : 0;
    return unusedMask != 0 && (sextet(last) & unusedMask) != 0;
}

constexpr auto decodingOptions =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;

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
        if (isBase64UrlChar(c.unicode()))
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
    auto decoded = QByteArray::fromBase64Encoding(ascii, decodingOptions);
    if (!decoded) {
        result.error = tr("it cannot be decoded");
        return result;
    }
    // Several encodings decode to the same bytes when the last character carries unused bits; only the
    // canonical one is accepted, so that a token has exactly one spelling.
    if (!text.isEmpty() && hasUnusedBitsSet(text.size(), text.back().unicode())) {
        result.error = tr("the last character “%1” sets bits that a canonical encoder leaves at zero")
                           .arg(text.at(text.size() - 1));
        return result;
    }
    result.bytes = std::move(*decoded);
    return result;
}

bool Base64Url::decodeInto(QByteArrayView ascii, QByteArray &out)
{
    // One table look-up per character both checks it and gives its bits. QByteArray::fromBase64Encoding
    // took a third of a batch's time (it checks every character again), so the batch decodes here.
    static const auto values = [] {
        std::array<qint8, 256> table{};
        table.fill(-1);
        for (int c = 0; c < 256; ++c) {
            if (isBase64UrlChar(char16_t(c)))
                table[size_t(c)] = qint8(sextet(char16_t(c)));
        }
        return table;
    }();
    const qsizetype size = ascii.size();
    if (size % 4 == 1 ||
        (size > 0 && hasUnusedBitsSet(size, char16_t(static_cast<unsigned char>(ascii.back())))))
        return false;
    out.resize(size * 3 / 4);
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    const auto *source = reinterpret_cast<const unsigned char *>(ascii.data());
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const int a = values[source[i]], b = values[source[i + 1]], c = values[source[i + 2]],
                  d = values[source[i + 3]];
        if ((a | b | c | d) < 0)
            return false;
        const quint32 bits = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *target++ = (bits >> 16) & 0xFF;
        *target++ = (bits >> 8) & 0xFF;
        *target++ = bits & 0xFF;
    }
    quint32 bits = 0;
    int pending = 0;
    for (; i < size; ++i) {
        const int value = values[source[i]];
        if (value < 0)
            return false;
        bits = (bits << 6) | quint32(value);
        pending += 6;
        if (pending >= 8) {
            pending -= 8;
            *target++ = (bits >> pending) & 0xFF;
        }
    }
    return true;
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
