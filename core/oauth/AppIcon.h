#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace PortalKeys::OAuth {

// The icon of an OAuth app as the portal takes it: PNG, JPEG or SVG bytes in a base64 data URI. This class
// only reads headers (format and pixel size) and checks SVG markup, so that core needs no image library;
// decoding and scaling raster images is PortalKeys::Imaging::IconScaler's job.
class AppIcon {
    Q_DECLARE_TR_FUNCTIONS(AppIcon)

public:
    enum class Format { Unknown, Png, Jpeg, Svg };

    static constexpr qsizetype maxBytes = 256000; // the portal's limit on the decoded logo
    static constexpr int side = 32;               // the size the portal's form asks for

    // Recognizes the format from the bytes (never from a file name) and checks them; see error().
    static AppIcon fromBytes(const QByteArray &bytes);
    // The same checks without the byte limit for PNG and JPEG: an image file that is still to be scaled,
    // of which only the result must fit (IconScaler). SVG is sent as it is, so it keeps the limit.
    static AppIcon fromSourceBytes(const QByteArray &bytes);
    // Reads "data:image/png;base64,…" (also image/jpeg, image/jpg, image/svg+xml), as the portal's pattern
    // allows it, and checks that the bytes are what the media type says.
    static AppIcon fromDataUri(const QString &uri);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // one sentence: why the portal would not take this icon
    Format format() const { return m_format; }
    bool isRaster() const { return m_format == Format::Png || m_format == Format::Jpeg; }
    // Pixels of a raster image; for SVG the width and height it declares (empty when it declares none).
    QSize size() const { return m_size; }
    QByteArray bytes() const { return m_bytes; }
    // A raster image the portal would show at another size than 32×32.
    bool needsScaling() const { return isValid() && isRaster() && m_size != QSize(side, side); }

    QString mediaType() const { return mediaType(m_format); }
    QString dataUri() const;

    static QString mediaType(Format format);  // "image/png", "image/jpeg", "image/svg+xml"
    static QString formatName(Format format); // "PNG", "JPEG", "SVG"

private:
    static AppIcon failure(const QString &error, Format format = Format::Unknown);
    static AppIcon readPng(const QByteArray &bytes);
    static AppIcon readJpeg(const QByteArray &bytes);
    static AppIcon readSvg(const QByteArray &bytes);
    static bool looksLikeXml(const QByteArray &bytes);

    Format m_format = Format::Unknown;
    QSize m_size;
    QByteArray m_bytes;
    QString m_error = tr("No icon.");
};

} // namespace PortalKeys::OAuth
