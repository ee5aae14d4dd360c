#include "IconScaler.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

#include <cstring>

namespace PortalKeys::Imaging {

using OAuth::AppIcon;

IconScaler::Result IconScaler::prepare(const QByteArray &bytes, bool scale)
{
    Result result;
    const AppIcon checked = AppIcon::fromBytes(bytes);
    if (!checked.isValid()) {
        result.error = checked.error();
        return result;
    }
    result.originalSize = checked.size();
    if (!checked.isRaster()) {
        result.icon = checked;
        return result;
    }
    const QString format = AppIcon::formatName(checked.format());
    if (checked.size().width() > maxSide || checked.size().height() > maxSide) {
        result.error =
            tr("The %1 image is %2×%3 pixels, too large to make an icon of; make it smaller first.")
                .arg(format)
                .arg(checked.size().width())
                .arg(checked.size().height());
        return result;
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, checked.format() == AppIcon::Format::Png ? "png" : "jpeg");
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true); // a photo's EXIF orientation, as browsers show it
    const QImage image = reader.read();
    if (image.isNull()) {
        result.error = tr("The %1 image cannot be decoded: the file is damaged or incomplete (%2).")
                           .arg(format, reader.errorString());
        return result;
    }
    result.originalSize = image.size();
    if (image.size() == QSize(AppIcon::side, AppIcon::side)) {
        result.icon = checked; // already right: the portal gets the file unchanged
        return result;
    }
    if (!scale) {
        result.needsScaling = true;
        result.error = tr("The icon is %1×%2 pixels; the portal shows it at %3×%3. Scale it to that size "
                          "(aspect kept, on a transparent square, as PNG).")
                           .arg(image.width())
                           .arg(image.height())
                           .arg(AppIcon::side);
        return result;
    }
    result.icon = AppIcon::fromBytes(toPng(fitted(image)));
    result.scaled = true;
    if (!result.icon.isValid())
        result.error = result.icon.error();
    return result;
}

QImage IconScaler::fitted(const QImage &image, int side)
{
    QImage canvas(side, side, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    if (image.isNull() || side <= 0)
        return canvas;
    // At least one pixel across, so that a very thin image does not vanish.
    QSize target = image.size().scaled(side, side, Qt::KeepAspectRatio);
    target = target.expandedTo(QSize(1, 1));
    const QImage scaledImage = image.convertToFormat(QImage::Format_ARGB32_Premultiplied)
                                   .scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const int left = (side - scaledImage.width()) / 2;
    const int top = (side - scaledImage.height()) / 2;
    // Plain row copies rather than QPainter: same pixels, and no paint engine to set up without a display.
    for (int y = 0; y < scaledImage.height(); ++y)
        std::memcpy(canvas.scanLine(top + y) + qsizetype(left) * 4, scaledImage.constScanLine(y),
                    size_t(scaledImage.width()) * 4);
    return canvas;
}

QByteArray IconScaler::toPng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return {};
    return png;
}

} // namespace PortalKeys::Imaging
