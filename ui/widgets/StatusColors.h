#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace PortalKeys::Ui {

// Colours for text that says how something went (an error, a warning, a success, a note), chosen for the
// palette in use: dark red on a light window, light red on a dark one, and so on, each with a contrast of at
// least 4.5:1 (WCAG AA) against the window and the base colour. The words always carry the meaning; the
// colour only helps.
class StatusColors {
public:
    // Neutral: the palette's own text (an "off" badge); Accent: set apart without good or bad (a paid plan).
    enum class Tone { Error, Warning, Success, Info, Neutral, Accent };

    // A tinted panel or pill (a verdict banner, a state badge): the tone faintly over the base colour, a
    // border of the tone, and text of at least 4.5:1 on that background.
    struct Swatch {
        QColor background;
        QColor text;
        QColor border;
    };

    static QColor text(Tone tone, const QPalette &palette);
    static Swatch swatch(Tone tone, const QPalette &palette);
    // "color:#rrggbb;" for a widget's style sheet.
    static QString styleSheet(Tone tone, const QPalette &palette);
    // "background:…; color:…; border:1px solid …;" of swatch() for a widget's style sheet.
    static QString swatchStyleSheet(Tone tone, const QPalette &palette);
    // Of two colours for the same thing (syntax colouring), the one made for this palette's lightness, or the
    // palette's text colour when neither reaches 4.5:1 against the base colour.
    static QColor readable(const QColor &onLight, const QColor &onDark, const QPalette &palette);
    // The WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &first, const QColor &second);
    static bool isDark(const QPalette &palette);
};

} // namespace PortalKeys::Ui
