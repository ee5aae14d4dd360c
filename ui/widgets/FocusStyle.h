#pragma once

#include <QProxyStyle>

namespace PortalKeys::Ui {

// The application's style with a focus indicator that can be seen: a 2-pixel frame in the palette's
// highlight colour (or its text colour where the highlight is too faint), around the focused button, check
// box, list row or table cell, instead of Fusion's faint tint. Keyboard focus only, as before: a click does
// not draw a frame.
class FocusStyle : public QProxyStyle {
    Q_OBJECT

public:
    explicit FocusStyle(const QString &baseStyle);

    // Wraps the application's current style once; later calls do nothing.
    static void install();
    // The colour of the focus frame: at least 3:1 against the window and base colours (WCAG 1.4.11).
    static QColor frameColour(const QPalette &palette);
    static constexpr int frameWidth = 2;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace PortalKeys::Ui
