#include "oauth/AppIcon.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace PortalKeys::OAuth {

namespace {

const QLatin1String svgNamespace("http://www.w3.org/2000/svg");

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16) |
           (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

int bigEndian16(const QByteArray &bytes, qsizetype at)
{
    return (int(quint8(bytes.at(at))) << 8) | int(quint8(bytes.at(at + 1)));
}

// "32", "32px", "32.0": a length in user units; anything else (%, em, mm) is no pixel size.
int svgLength(QStringView text)
{
    QStringView value = text.trimmed();
    if (value.endsWith(QLatin1String("px")))
        value.chop(2);
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && number > 0 && number < 1e6 ? qRound(number) : 0;
}

QSize svgSize(const QXmlStreamAttributes &attributes)
{
    const QSize declared(svgLength(attributes.value(QLatin1String("width"))),
                         svgLength(attributes.value(QLatin1String("height"))));
    if (declared.width() > 0 && declared.height() > 0)
        return declared;
    const QList<QStringView> box =
        attributes.value(QLatin1String("viewBox"))
            .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (box.size() == 4) {
        const QSize fromBox(svgLength(box.at(2)), svgLength(box.at(3)));
        if (fromBox.width() > 0 && fromBox.height() > 0)
            return fromBox;
    }
    return {};
}

} // namespace

AppIcon AppIcon::failure(const QString &error, Format format)
{
    AppIcon icon;
    icon.m_format = format;
    icon.m_error = error;
    return icon;
}

AppIcon AppIcon::fromBytes(const QByteArray &bytes)
{
    const AppIcon icon = fromSourceBytes(bytes);
    if (icon.isValid() && bytes.size() > maxBytes)
        return failure(
            tr("The icon has %1 bytes; the portal takes at most %2 bytes.").arg(bytes.size()).arg(maxBytes),
            icon.format());
    return icon;
}

AppIcon AppIcon::fromSourceBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failure(tr("The icon file is empty."));
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return readPng(bytes);
    if (bytes.startsWith("\xff\xd8\xff"))
        return readJpeg(bytes);
    if (looksLikeXml(bytes)) {
        // Checked before parsing: an SVG image is never scaled, so a larger one could not be sent at all.
        if (bytes.size() > maxBytes)
            return failure(tr("The SVG image has %1 bytes; the portal takes at most %2 bytes, and SVG images "
                              "are sent as they are. Simplify it, or use a PNG image, which is scaled.")
                               .arg(bytes.size())
                               .arg(maxBytes),
                           Format::Svg);
        return readSvg(bytes);
    }
    // Name the formats people try most, so that the message says what to convert from.
    QString other;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        other = QStringLiteral("GIF");
    else if (bytes.startsWith("BM"))
        other = QStringLiteral("BMP");
    else if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        other = QStringLiteral("WebP");
    else if (bytes.startsWith(QByteArrayLiteral("\x00\x00\x01\x00")))
        other = QStringLiteral("ICO");
    if (!other.isEmpty())
        return failure(tr("This is a %1 image; the portal takes PNG, JPEG or SVG icons.").arg(other));
    return failure(tr("This is not a PNG, JPEG or SVG image."));
}

AppIcon AppIcon::readPng(const QByteArray &bytes)
{
    // The first chunk of every PNG is IHDR (13 bytes): width and height come first, big-endian.
    if (bytes.size() < 24 || bigEndian32(bytes, 8) != 13 || bytes.mid(12, 4) != "IHDR")
        return failure(tr("The PNG image is damaged: it does not start with an image header (IHDR)."),
                       Format::Png);
    const quint32 width = bigEndian32(bytes, 16);
    const quint32 height = bigEndian32(bytes, 20);
    if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
        return failure(tr("The PNG image is damaged: its header says %1×%2 pixels.").arg(width).arg(height),
                       Format::Png);
    AppIcon icon;
    icon.m_format = Format::Png;
    icon.m_size = QSize(int(width), int(height));
    icon.m_bytes = bytes;
    icon.m_error.clear();
    return icon;
}

AppIcon AppIcon::readJpeg(const QByteArray &bytes)
{
    const QString damaged = tr("The JPEG image is damaged: no frame header says its size.");
    qsizetype at = 2; // after the start-of-image marker
    while (at < bytes.size()) {
        if (quint8(bytes.at(at)) != 0xff)
            return failure(damaged, Format::Jpeg);
        while (at < bytes.size() && quint8(bytes.at(at)) == 0xff)
            ++at; // fill bytes
        if (at >= bytes.size())
            break;
        const quint8 marker = quint8(bytes.at(at++));
        // Markers without a length: another start of image, restart markers, TEM.
        if (marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
            continue;
        // End of image or start of scan before any frame header: there is no size to read.
        if (marker == 0xd9 || marker == 0xda || at + 2 > bytes.size())
            break;
        const int length = bigEndian16(bytes, at);
        if (length < 2 || at + length > bytes.size())
            break;
        // SOF0…SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC) which share that range.
        const bool frameHeader =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (frameHeader) {
            if (length < 7)
                break;
            const int height = bigEndian16(bytes, at + 3);
            const int width = bigEndian16(bytes, at + 5);
            if (width == 0 || height == 0)
                return failure(tr("The JPEG image does not say its size in its frame header (%1×%2 pixels).")
                                   .arg(width)
                                   .arg(height),
                               Format::Jpeg);
            AppIcon icon;
            icon.m_format = Format::Jpeg;
            icon.m_size = QSize(width, height);
            icon.m_bytes = bytes;
            icon.m_error.clear();
            return icon;
        }
        at += length;
    }
    return failure(damaged, Format::Jpeg);
}

bool AppIcon::looksLikeXml(const QByteArray &bytes)
{
    QByteArray start = bytes.left(512);
    if (start.startsWith("\xef\xbb\xbf"))
        start.remove(0, 3); // UTF-8 byte order mark
    return start.trimmed().startsWith('<');
}

AppIcon AppIcon::readSvg(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    bool sawRoot = false;
    QSize size;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD && !reader.entityDeclarations().isEmpty())
            // Entities can hide markup from a reader of the file and blow up in size when expanded.
            return failure(tr("The SVG image declares XML entities; remove its DOCTYPE."), Format::Svg);
        if (reader.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QString element = reader.name().toString();
        if (!sawRoot) {
            sawRoot = true;
            if (element != QLatin1String("svg"))
                return failure(
                    tr("This XML file is not an SVG image: its root element is <%1>.").arg(element),
                    Format::Svg);
            if (reader.namespaceUri() != svgNamespace)
                return failure(tr("The <svg> element lacks the SVG namespace "
                                  "(xmlns=\"http://www.w3.org/2000/svg\"), so browsers do not show it as an "
                                  "image."),
                               Format::Svg);
            size = svgSize(reader.attributes());
        }
        // The icon is shown on the portal's consent screen: nothing in it may run code there.
        if (element.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
            return failure(tr("The SVG image contains a <script> element; icons with scripts are refused."),
                           Format::Svg);
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            const QString attributeName = attribute.name().toString();
            if (attributeName.startsWith(QLatin1String("on"), Qt::CaseInsensitive))
                return failure(tr("The SVG image has an event handler (%1 on <%2>); icons with scripts are "
                                  "refused.")
                                   .arg(attributeName, element),
                               Format::Svg);
            if (attributeName == QLatin1String("href") &&
                attribute.value().trimmed().startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
                return failure(tr("The SVG image links to a javascript: address (on <%1>); icons with "
                                  "scripts are refused.")
                                   .arg(element),
                               Format::Svg);
        }
    }
    // A document that ends before any element is reported as cut short by the reader; "no elements" says
    // more.
    if (!sawRoot && (!reader.hasError() || reader.error() == QXmlStreamReader::PrematureEndOfDocumentError))
        return failure(tr("This XML file is not an SVG image: it has no elements."), Format::Svg);
    if (reader.hasError())
        return failure(tr("The SVG image is not well-formed XML: %1 (line %2).")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber()),
                       Format::Svg);
    AppIcon icon;
    icon.m_format = Format::Svg;
    icon.m_size = size;
    icon.m_bytes = bytes;
    icon.m_error.clear();
    return icon;
}

AppIcon AppIcon::fromDataUri(const QString &uri)
{
    const QString hint = tr("An icon is a data URI such as data:image/png;base64,….");
    if (uri.isEmpty())
        return failure(tr("No icon."));
    if (!uri.startsWith(QLatin1String("data:")))
        return failure(hint);
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return failure(hint);
    // The portal matches the header exactly (lower case, base64), so PortalKeys does too.
    const QString header = uri.mid(5, comma - 5);
    Format declared = Format::Unknown;
    if (header == QLatin1String("image/png;base64"))
        declared = Format::Png;
    else if (header == QLatin1String("image/jpeg;base64") || header == QLatin1String("image/jpg;base64"))
        declared = Format::Jpeg;
    else if (header == QLatin1String("image/svg+xml;base64"))
        declared = Format::Svg;
    if (declared == Format::Unknown) {
        if (!header.endsWith(QLatin1String(";base64")))
            return failure(tr("The icon's data URI must be base64-encoded (“;base64,”)."));
        return failure(
            tr("The icon's data URI says “%1”; the portal takes image/png, image/jpeg or image/svg+xml.")
                .arg(header.chopped(7)));
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        uri.mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return failure(tr("The icon's base64 data is damaged or empty (line breaks and spaces are not "
                          "allowed in it)."),
                       declared);
    AppIcon icon = fromBytes(decoded.decoded);
    if (icon.isValid() && icon.m_format != declared)
        return failure(tr("The icon's data URI says %1, but the data is a %2 image.")
                           .arg(mediaType(declared), formatName(icon.m_format)),
                       declared);
    return icon;
}

QString AppIcon::dataUri() const
{
    if (!isValid())
        return {};
    return QStringLiteral("data:") + mediaType() + QStringLiteral(";base64,") +
           QString::fromLatin1(m_bytes.toBase64());
}

QString AppIcon::mediaType(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("image/png");
    case Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case Format::Svg:
        return QStringLiteral("image/svg+xml");
    case Format::Unknown:
        break;
    }
    return {};
}

QString AppIcon::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("PNG");
    case Format::Jpeg:
        return QStringLiteral("JPEG");
    case Format::Svg:
        return QStringLiteral("SVG");
    case Format::Unknown:
        break;
    }
    return {};
}

} // namespace PortalKeys::OAuth
