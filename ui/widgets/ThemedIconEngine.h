#pragma once

#include <QHash>
#include <QIconEngine>

#include <memory>

class QSvgRenderer;

namespace PortalKeys::Ui {

// Draws one recoloured SVG at the size it is asked for, when it is asked for (ThemedIcon). Rendering every
// size up front cost each icon some 300 KB and a few milliseconds, mostly for sizes never shown.
class ThemedIconEngine : public QIconEngine {
public:
    explicit ThemedIconEngine(std::shared_ptr<QSvgRenderer> renderer);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    // Shared by the copies of the icon; the parsed drawing, not pixels.
    std::shared_ptr<QSvgRenderer> m_renderer;
    // The sizes drawn so far, per mode (drawnKey): an icon is shown at one or two sizes.
    QHash<quint64, QPixmap> m_drawn;
};

} // namespace PortalKeys::Ui
