#include "shell/SidebarWidth.h"

#include <QEvent>
#include <QWidget>

namespace PortalKeys::Ui {

SidebarWidth::SidebarWidth(QWidget *sidebar, QWidget *window)
    : QObject(window)
    , m_sidebar(sidebar)
{
    m_sidebar->setMinimumWidth(narrowest);
    window->installEventFilter(this);
    fit(window->width());
}

bool SidebarWidth::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit(static_cast<QWidget *>(watched)->width());
    return QObject::eventFilter(watched, event);
}

void SidebarWidth::fit(int windowWidth)
{
    m_sidebar->setMaximumWidth(qBound(narrowest, windowWidth / 5, widest));
}

} // namespace PortalKeys::Ui
