#pragma once

#include <QIcon>
#include <QPalette>

namespace PortalKeys::Ui {

// The line icons in resources/icons (pages, service kinds, the eye of secret fields) are drawn in one slate
// grey that reads on light backgrounds only. This draws them in a grey that reads on the palette's
// background, light or dark.
class ThemedIcon {
public:
    static QIcon load(const QString &path, const QPalette &palette);
    // The grey the icons are drawn in for `palette`.
    static QColor lineColour(const QPalette &palette);
};

} // namespace PortalKeys::Ui
