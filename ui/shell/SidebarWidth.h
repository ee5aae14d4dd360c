#pragma once

#include <QObject>

class QWidget;

namespace PortalKeys::Ui {

// Keeps the main window's sidebar in proportion to the window: a fifth of its width, between 150 and 260
// pixels. On a small screen (800×600, 1920×1080 at 200 %) the sidebar narrows, its longer titles on two
// lines, and the page keeps the room it needs; a wide window gets the sidebar at its full width.
class SidebarWidth : public QObject {
    Q_OBJECT

public:
    // Follows `window`'s width; both must outlive this object, which `window` owns.
    SidebarWidth(QWidget *sidebar, QWidget *window);

    static constexpr int narrowest = 150;
    static constexpr int widest = 260;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit(int windowWidth);

    QWidget *m_sidebar;
};

} // namespace PortalKeys::Ui
