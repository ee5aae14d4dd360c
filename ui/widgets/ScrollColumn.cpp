#include "widgets/ScrollColumn.h"

#include <QApplication>
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
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { keepInView(now); });
}

QSize ScrollColumn::minimumSizeHint() const
{
    const QWidget *content = widget();
    const int width = content ? content->minimumSizeHint().expandedTo(content->minimumSize()).width() : 0;
    return {width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            minimumRows * fontMetrics().lineSpacing() + 2 * frameWidth()};
}

void ScrollColumn::keepInView(QWidget *focus)
{
    if (focus && widget() && widget()->isAncestorOf(focus))
        ensureWidgetVisible(focus, 20, 20);
}

} // namespace PortalKeys::Ui
