#include "widgets/HeadingRow.h"

#include <QWidget>

namespace PortalKeys::Ui {

HeadingRow::HeadingRow(QWidget *heading, QWidget *status)
{
    addWidget(heading);
    addWidget(status);
}

void HeadingRow::addTrailingWidget(QWidget *widget)
{
    addWidget(widget);
}

bool HeadingRow::fitsOneLine(int available) const
{
    const int trail = rowWidth(trailing(), false);
    return trail == 0 || rowWidth(lead(), false) + separation() + trail <= available;
}

QSize HeadingRow::sizeHint() const
{
    return {rowWidth(lead(), false) + separation() + rowWidth(trailing(), false),
            qMax(rowHeight(lead()), rowHeight(trailing()))};
}

QSize HeadingRow::minimumSize() const
{
    const int narrowest = qMax(rowWidth(lead(), true), rowWidth(trailing(), true));
    return {narrowest, heightForWidth(narrowest)};
}

int HeadingRow::heightForWidth(int available) const
{
    if (fitsOneLine(available))
        return qMax(rowHeight(lead()), rowHeight(trailing()));
    return rowHeight(lead()) + gap() + rowHeight(trailing());
}

void HeadingRow::placeLine(const QList<QLayoutItem *> &items, const QRect &line, bool alignRight) const
{
    const QList<QLayoutItem *> visible = shown(items);
    const int preferred = rowWidth(visible, false);
    const int least = rowWidth(visible, true);
    const int used = qMin(preferred, qMax(line.width(), least));
    const double squeeze = preferred > used ? double(preferred - used) / (preferred - least) : 0.0;
    int x = alignRight ? line.right() + 1 - used : line.left();
    for (QLayoutItem *item : visible) {
        const int hint = item->sizeHint().width();
        const int width = hint - int(squeeze * (hint - item->minimumSize().width()));
        const int height = qMin(line.height(), item->sizeHint().height());
        item->setGeometry(QRect(x, line.top() + (line.height() - height) / 2, width, height));
        x += width + gap();
    }
}

void HeadingRow::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    if (items().size() < 2)
        return;
    const QRect area = contentsRect();
    const bool oneLine = fitsOneLine(area.width());
    const QRect first(area.topLeft(),
                      QSize(area.width(), oneLine ? heightForWidth(area.width()) : rowHeight(lead())));
    // The heading on the left; the status at the right end of the first line, left of the buttons there.
    const int trailWidth = oneLine ? rowWidth(trailing(), false) + separation() : 0;
    placeLine({items().at(0)}, first, false);
    placeLine({items().at(1)}, first.adjusted(0, 0, -trailWidth, 0), true);
    if (oneLine) {
        placeLine(trailing(), first, true);
        return;
    }
    placeLine(trailing(), QRect(area.left(), first.bottom() + 1 + gap(), area.width(), rowHeight(trailing())),
              false);
}

} // namespace PortalKeys::Ui
