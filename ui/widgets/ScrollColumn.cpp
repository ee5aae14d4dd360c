#include "widgets/ScrollColumn.h"

#include <QApplication>
#include <QEvent>
#include <QScrollBar>

namespace PortalKeys::Ui {

namespace {

// Rows enough to show that there is more (a line of controls and a bit), however low the window.
constexpr int minimumRows = 3;

} // namespace

ScrollColumn::ScrollColumn(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the controls inside, and the column follows the focus.
    setFocusPolicy(Qt::NoFocus);
    if (content)
        setWidget(content);
    connect(qApp, &QApplication::focusChanged, this, &ScrollColumn::keepFocusInView);
}

QSize ScrollColumn::minimumSizeHint() const
{
    const QWidget *content = widget();
    const int width = content ? content->minimumSizeHint().expandedTo(content->minimumSize()).width() : 0;
    return {width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            minimumRows * fontMetrics().lineSpacing() + 2 * frameWidth()};
}

void ScrollColumn::keepFocusInView()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !widget() || !widget()->isAncestorOf(focus))
        return;
    // Laid out with any message that just appeared (layouts settle in posted events).
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // What is under the control first, then the control, so that a long message never pushes it out.
    if (QWidget *companion = m_companion ? m_companion(focus) : nullptr)
        ensureWidgetVisible(companion, 0, 12);
    ensureWidgetVisible(focus, 20, 20);
}

bool ScrollColumn::eventFilter(QObject *watched, QEvent *event)
{
    const bool handled = QScrollArea::eventFilter(watched, event);
    // The content grew or shrank (a message appeared): the scroll range is new, the focus may be out of view.
    if (watched == widget() && event->type() == QEvent::Resize)
        keepFocusInView();
    return handled;
}

void ScrollColumn::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    keepFocusInView();
}

} // namespace PortalKeys::Ui
