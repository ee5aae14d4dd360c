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
    case StatusColors::Tone::Accent:
        return dark ? QColor(0xd8, 0xb4, 0xfe) : QColor(0x6b, 0x21, 0xa8);
    case StatusColors::Tone::Neutral:
        break;
    }
    return {};
}

// `amount` of `over` laid on `under`.
QColor blend(const QColor &under, const QColor &over, double amount)
{
    return QColor::fromRgbF(float(under.redF() + (over.redF() - under.redF()) * amount),
                            float(under.greenF() + (over.greenF() - under.greenF()) * amount),
                            float(under.blueF() + (over.blueF() - under.blueF()) * amount));
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
    if (!colour.isValid())
        return palette.color(QPalette::WindowText);
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
        if (contrast(colour, palette.color(background)) < minimumContrast)
            return palette.color(QPalette::WindowText);
    }
    return colour;
}

StatusColors::Swatch StatusColors::swatch(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    Swatch swatch;
    swatch.text = tone == Tone::Neutral ? palette.color(QPalette::Text) : text(tone, palette);
    // A dark background needs a little more of the colour to show it at all.
    swatch.background = blend(base, swatch.text, isDark(palette) ? 0.16 : 0.1);
    if (contrast(swatch.text, swatch.background) < minimumContrast)
        swatch.background = base;
    swatch.border = blend(base, swatch.text, 0.55);
    return swatch;
}

QString StatusColors::styleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color:%1;").arg(text(tone, palette).name());
}

QString StatusColors::swatchStyleSheet(Tone tone, const QPalette &palette)
{
    const Swatch colours = swatch(tone, palette);
    return QStringLiteral("background:%1; color:%2; border:1px solid %3;")
        .arg(colours.background.name(), colours.text.name(), colours.border.name());
}

QColor StatusColors::readable(const QColor &onLight, const QColor &onDark, const QPalette &palette)
{
    const QColor colour = isDark(palette) ? onDark : onLight;
    if (contrast(colour, palette.color(QPalette::Base)) < minimumContrast)
        return palette.color(QPalette::Text);
    return colour;
}

} // namespace PortalKeys::Ui
