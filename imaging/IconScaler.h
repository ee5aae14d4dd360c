#pragma once

#include "IconModule.h"
#include "oauth/AppIcon.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace PortalKeys::Imaging {

// Makes an OAuth app icon out of an image file: PNG, JPEG or SVG. Raster images of any file size are decoded
// completely (a damaged file is refused before it reaches the portal), within a pixel limit against
// decompression bombs, and, when asked, scaled to 32×32: aspect kept, centred on a transparent square, stored
// as PNG. Only that result must fit the portal's 256,000 bytes. SVG is passed on as it is once AppIcon has
// checked it (with the byte limit). Needs a QCoreApplication (for the JPEG plugin), not a QGuiApplication.
class IconScaler {
    Q_DECLARE_TR_FUNCTIONS(IconScaler)

public:
    static constexpr qint64 maxFileBytes = IconModule::maxFileBytes; // image files are read up to this size
    static constexpr qint64 maxPixels = 40000000; // larger pictures are refused, not decoded
    static constexpr int maxSide = 20000;

    struct Result {
        OAuth::AppIcon icon;       // valid when ok()
        QString error;             // one sentence: why there is no icon
        bool needsScaling = false; // refused only because scaling was not asked for
        bool scaled = false;
        bool reencoded = false; // 32×32 already, but stored again as PNG to fit the portal's byte limit
        QSize originalSize;
        bool ok() const { return error.isEmpty(); }
    };

    // `scale` false: a raster image that is not 32×32 is refused with needsScaling set.
    static Result prepare(const QByteArray &bytes, bool scale);
    // `image` fitted into a transparent side×side square, aspect kept, centred.
    static QImage fitted(const QImage &image, int side = OAuth::AppIcon::side);
    static QByteArray toPng(const QImage &image);
};

} // namespace PortalKeys::Imaging
