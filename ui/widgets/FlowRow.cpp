#include "widgets/FlowRow.h"

namespace PortalKeys::Ui {

FlowRow::FlowRow(QWidget *parent)
    : ItemLayout(parent)
{}

int FlowRow::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowRow::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return QSize(rowWidth(items(), false), rowHeight(items())).grownBy(margins);
}

QSize FlowRow::minimumSize() const
{
    int widest = 0;
    for (const QLayoutItem *item : shown(items()))
        widest = qMax(widest, item->sizeHint().width());
    const QMargins margins = contentsMargins();
    const int width = widest + margins.left() + margins.right();
    return {width, heightForWidth(width)};
}

void FlowRow::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowRow::arrange(const QRect &rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    // Line by line: as many items as fit, each line as high as its tallest item, its items on one centre
    // line.
    QList<QLayoutItem *> line;
    const auto endLine = [this, &line, &y, &area, place] {
        const int height = rowHeight(line);
        int x = area.x();
        for (QLayoutItem *item : std::as_const(line)) {
            const QSize size = item->sizeHint();
            if (place)
                item->setGeometry(QRect(QPoint(x, y + (height - size.height()) / 2), size));
            x += size.width() + gap();
        }
        y += height + gap();
        line.clear();
    };
    for (QLayoutItem *item : shown(items())) {
        line.append(item);
        if (line.size() > 1 && rowWidth(line, false) > area.width()) {
            line.removeLast();
            endLine();
            line.append(item);
        }
    }
    if (!line.isEmpty())
        endLine();
    return qMax(0, y - gap() - rect.y()) + contentsMargins().bottom();
}

} // namespace PortalKeys::Ui
