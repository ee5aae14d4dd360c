#pragma once

// Minimal image headers for tests of core (which cannot use QImage): enough for AppIcon to read the format
// and the size, not a decodable image.
#include <QByteArray>
#include <QtEndian>

namespace PortalKeys::Testing {

inline QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

inline QByteArray bigEndian16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// PNG signature and IHDR chunk (8-bit RGBA), with a zero CRC.
inline QByteArray pngHeader(quint32 width, quint32 height)
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + bigEndian32(13) + QByteArrayLiteral("IHDR") +
           bigEndian32(width) + bigEndian32(height) + QByteArrayLiteral("\x08\x06\x00\x00\x00") +
           bigEndian32(0);
}

// SOI, a JFIF APP0 segment, optionally a DHT segment, then a frame header (SOF0 baseline or another SOFn).
inline QByteArray jpegHeader(quint16 width, quint16 height, quint8 sofMarker = 0xc0, bool tableFirst = false)
{
    QByteArray bytes = QByteArrayLiteral("\xff\xd8");
    bytes += QByteArrayLiteral("\xff\xe0") + bigEndian16(16) + QByteArrayLiteral("JFIF\x00\x01\x01\x00") +
             bigEndian16(1) + bigEndian16(1) + QByteArrayLiteral("\x00\x00");
    if (tableFirst)
        bytes += QByteArrayLiteral("\xff\xc4") + bigEndian16(5) + QByteArrayLiteral("\x00\x00\x00");
    bytes += QByteArrayLiteral("\xff") + QByteArray(1, char(sofMarker)) + bigEndian16(17) +
             QByteArrayLiteral("\x08") + bigEndian16(height) + bigEndian16(width) +
             QByteArrayLiteral("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01");
    bytes += QByteArrayLiteral("\xff\xd9");
    return bytes;
}

inline QString dataUri(const QString &mediaType, const QByteArray &bytes)
{
    return QStringLiteral("data:") + mediaType + QStringLiteral(";base64,") +
           QString::fromLatin1(bytes.toBase64());
}

} // namespace PortalKeys::Testing
