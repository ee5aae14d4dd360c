#include "widgets/StatusColors.h"

#include <cmath>

namespace PortalKeys::Ui {

namespace {

constexpr double minimumContrast = 4.5;

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

QColor preferred(StatusColors::Tone tone, bool dark)
{
    switch (tone) {
    case StatusColors::Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case StatusColors::Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
    case StatusColors::Tone::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x6e, 0x34);
    case StatusColors::Tone::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xc8);
    }
    return {};
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.3;
}

double StatusColors::contrast(const QColor &first, const QColor &second)
{
    const double a = luminance(first) + 0.05;
    const double b = luminance(second) + 0.05;
    return a > b ? a / b : b / a;
}

QColor StatusColors::text(Tone tone, const QPalette &palette)
{
    const QColor colour = preferred(tone, isDark(palette));
    // An unusual palette (high contrast, a custom theme) may not suit either variant: then the palette's own
    // text colour, which the theme made readable.
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
        if (contrast(colour, palette.color(background)) < minimumContrast)
            return palette.color(QPalette::WindowText);
    }
    return colour;
}

QString StatusColors::styleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color:%1;").arg(text(tone, palette).name());
}

} // namespace PortalKeys::Ui
