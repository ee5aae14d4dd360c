#include "shell/FirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace PortalKeys::Ui {

FirstFrame::FirstFrame(QObject *parent, std::function<void()> then)
    : QObject(parent)
    , m_then(std::move(then))
{}

void FirstFrame::after(QWidget *window, std::function<void()> then)
{
    auto *waiter = new FirstFrame(window, std::move(then));
    window->winId(); // the native window exists from here on, shown or not
    QWindow *handle = window->windowHandle();
    if (handle->isExposed())
        waiter->runLater();
    else
        handle->installEventFilter(waiter);
}

bool FirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
        watched->removeEventFilter(this);
        runLater();
    }
    return false;
}

void FirstFrame::runLater()
{
    // Queued behind the expose event, whose handling draws the frame.
    QTimer::singleShot(0, this, [this] {
        m_then();
        deleteLater();
    });
}

} // namespace PortalKeys::Ui
