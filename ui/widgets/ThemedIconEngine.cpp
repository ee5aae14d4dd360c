#include "widgets/ThemedIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace PortalKeys::Ui {

namespace {

quint64 drawnKey(QIcon::Mode mode, const QSize &size)
{
    return (quint64(mode) << 48) | (quint64(quint32(size.width())) << 24) | quint64(quint32(size.height()));
}

} // namespace

ThemedIconEngine::ThemedIconEngine(std::shared_ptr<QSvgRenderer> renderer)
    : m_renderer(std::move(renderer))
{}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    if (size.isEmpty())
        return {};
    const quint64 key = drawnKey(mode, size);
    if (const auto found = m_drawn.constFind(key); found != m_drawn.cend())
        return *found;
    QPixmap drawn(size);
    drawn.fill(Qt::transparent);
    {
        QPainter painter(&drawn);
        m_renderer->render(&painter);
    }
    // Disabled and selected icons are derived by the style, as Qt does for icons made of pixmaps.
    if (mode != QIcon::Normal) {
        QStyleOption option(0);
        option.palette = QApplication::palette();
        drawn = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
    }
    m_drawn.insert(key, drawn);
    return drawn;
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("PortalKeys::ThemedIconEngine");
}

} // namespace PortalKeys::Ui
