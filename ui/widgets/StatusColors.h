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
    enum class Tone { Error, Warning, Success, Info };

    static QColor text(Tone tone, const QPalette &palette);
    // "color:#rrggbb;" for a widget's style sheet.
    static QString styleSheet(Tone tone, const QPalette &palette);
    // The WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &first, const QColor &second);
    static bool isDark(const QPalette &palette);
};

} // namespace PortalKeys::Ui
