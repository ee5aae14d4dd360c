#include "IconScaler.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

#include <cstring>

namespace PortalKeys::Imaging {

using OAuth::AppIcon;

namespace {

// Why a picture of `size` pixels is not decoded, or empty.
QString sizeProblem(const QSize &size, const QString &format)
{
    const qint64 pixels = qint64(size.width()) * size.height();
    if (size.width() <= IconScaler::maxSide && size.height() <= IconScaler::maxSide &&
        pixels <= IconScaler::maxPixels)
        return {};
    return IconScaler::tr("The %1 image is %2×%3 pixels, too large to make an icon of safely; make it "
                          "smaller first.")
        .arg(format)
        .arg(size.width())
        .arg(size.height());
}

} // namespace

IconScaler::Result IconScaler::prepare(const QByteArray &bytes, bool scale)
{
    Result result;
    // No byte limit yet for PNG and JPEG: whatever the file's size, only the scaled result must fit.
    const AppIcon checked = AppIcon::fromSourceBytes(bytes);
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
    // The header's size decides before a single pixel is decoded: a small file can claim a huge picture.
    if (const QString problem = sizeProblem(checked.size(), format); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, checked.format() == AppIcon::Format::Png ? "png" : "jpeg");
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true); // a photo's EXIF orientation, as browsers show it
    // Qt's own guard as well, in MiB: four bytes a pixel at most.
    reader.setAllocationLimit(int(maxPixels * 4 / (1024 * 1024)) + 1);
    if (const QString problem = sizeProblem(reader.size(), format); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        result.error = tr("The %1 image cannot be decoded: the file is damaged or incomplete (%2).")
                           .arg(format, reader.errorString());
        return result;
    }
    result.originalSize = image.size();
    if (image.size() == QSize(AppIcon::side, AppIcon::side)) {
        if (bytes.size() <= AppIcon::maxBytes) {
            result.icon = AppIcon::fromBytes(bytes); // already right: the portal gets the file unchanged
            return result;
        }
        // The right pixels in too many bytes (metadata, a needlessly large encoding): the same pixels as PNG.
        result.reencoded = true;
    } else if (!scale) {
        result.needsScaling = true;
        result.error = tr("The icon is %1×%2 pixels; the portal shows it at %3×%3. Scale it to that size "
                          "(aspect kept, on a transparent square, as PNG).")
                           .arg(image.width())
                           .arg(image.height())
                           .arg(AppIcon::side);
        return result;
    }
    result.icon = AppIcon::fromBytes(toPng(fitted(image)));
    result.scaled = !result.reencoded;
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
