#include "widgets/FocusStyle.h"

#include "widgets/StatusColors.h"

#include <QApplication>
#include <QPainter>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolButton>

namespace PortalKeys::Ui {

namespace {

constexpr double minimumContrast = 3.0;

// `background`: what the frame is drawn on when known (a selected row: the highlight colour).
void drawFrame(QPainter *painter, const QRectF &rect, const QPalette &palette, const QColor &background)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal inset = FocusStyle::frameWidth / 2.0;
    QColor colour = FocusStyle::frameColour(palette);
    if (background.isValid() && StatusColors::contrast(colour, background) < minimumContrast)
        colour = palette.color(QPalette::HighlightedText);
    if (background.isValid() && StatusColors::contrast(colour, background) < minimumContrast)
        colour = palette.color(QPalette::WindowText);
    painter->setPen(QPen(colour, FocusStyle::frameWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 3, 3);
    painter->restore();
}

} // namespace

FocusStyle::FocusStyle(const QString &baseStyle)
    : QProxyStyle(baseStyle)
{}

void FocusStyle::install()
{
    if (qobject_cast<FocusStyle *>(QApplication::style()))
        return;
    // A new copy of the style in use (QApplication deletes the one it replaces).
    QApplication::setStyle(new FocusStyle(QApplication::style()->name()));
}

QColor FocusStyle::frameColour(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
        if (StatusColors::contrast(highlight, palette.color(background)) < minimumContrast)
            return palette.color(QPalette::WindowText);
    }
    return highlight;
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Fusion shows a focused push button only by the outline it also gives the default button: a ring inside
    // the button's edge tells them apart.
    if (element == CE_PushButton && (option->state & State_HasFocus) &&
        (option->state & State_KeyboardFocusChange))
        drawFrame(painter, QRectF(option->rect).adjusted(3, 3, -3, -3), option->palette, QColor());
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // Styles draw this only for keyboard focus (and for the current row of a focused view).
        if (!(option->state & State_KeyboardFocusChange))
            return;
        // Push buttons have theirs in drawControl().
        if (qobject_cast<const QPushButton *>(widget))
            return;
        // Round a whole tool button rather than its icon.
        const bool toolButton = qobject_cast<const QToolButton *>(widget);
        const auto *focusRect = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
        drawFrame(painter, toolButton ? QRectF(widget->rect()).adjusted(1, 1, -1, -1) : QRectF(option->rect),
                  option->palette, focusRect ? focusRect->backgroundColor : QColor());
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace PortalKeys::Ui
