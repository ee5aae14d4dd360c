#include "widgets/ThemedIcon.h"

#include "widgets/StatusColors.h"
#include "widgets/ThemedIconEngine.h"

#include <QFile>
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
    auto renderer = std::make_shared<QSvgRenderer>(svg);
    if (!renderer->isValid())
        return QIcon(path);
    // Drawn at each size when it is first shown, sharp on high-density screens too.
    return QIcon(new ThemedIconEngine(std::move(renderer)));
}

} // namespace PortalKeys::Ui
