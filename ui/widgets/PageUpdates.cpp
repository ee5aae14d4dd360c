#include "widgets/PageUpdates.h"

#include <QDialog>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace PortalKeys::Ui {

PageUpdates::PageUpdates(QWidget *page, std::function<bool()> isBusy, std::function<void()> firstShow,
                         std::function<void()> takeUp)
    : QObject(page)
    , m_page(page)
    , m_isBusy(std::move(isBusy))
    , m_firstShow(std::move(firstShow))
    , m_takeUp(std::move(takeUp))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(1000);
    connect(m_retry, &QTimer::timeout, this, &PageUpdates::takeUpWhenIdle);
    page->installEventFilter(this);
}

void PageUpdates::changed()
{
    if (!m_started)
        return;
    m_pending = true;
    takeUpWhenIdle();
}

bool PageUpdates::eventFilter(QObject *watched, QEvent *event)
{
    // A window brought back from the task bar is no new look at the page.
    if (watched == m_page && event->type() == QEvent::Show && !event->spontaneous()) {
        if (!m_started) {
            m_started = true;
            m_firstShow();
        } else {
            takeUpWhenIdle();
        }
    }
    return QObject::eventFilter(watched, event);
}

void PageUpdates::takeUpWhenIdle()
{
    // A hidden page takes the change up when it is shown.
    if (!m_pending || !m_page->isVisible())
        return;
    if (m_isBusy() || m_page->findChild<QDialog *>()) {
        m_retry->start();
        return;
    }
    m_pending = false;
    m_takeUp();
}

} // namespace PortalKeys::Ui
