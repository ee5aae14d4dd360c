#include "widgets/ThemedIcon.h"

#include "widgets/StatusColors.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace PortalKeys::Ui {

namespace {

// The stroke colour written in the SVG files.
const QByteArray drawnColour = QByteArrayLiteral("#4a5568");

} // namespace

QColor ThemedIcon::lineColour(const QPalette &palette)
{
    return StatusColors::readable(QColor(0x4a, 0x55, 0x68), QColor(0xc4, 0xcb, 0xd6), palette);
}

QIcon ThemedIcon::load(const QString &path, const QPalette &palette)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace(drawnColour, lineColour(palette).name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return QIcon(path);
    // Pixmaps at the sizes the pages use, sharp on high-density screens too.
    QIcon icon;
    for (const int side : {16, 20, 22, 24, 26, 32, 36, 48, 56, 64}) {
        for (const int ratio : {1, 2}) {
            QPixmap pixmap(side * ratio, side * ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            pixmap.setDevicePixelRatio(ratio);
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace PortalKeys::Ui
