#include "widgets/ItemLayout.h"

#include <QStyle>
#include <QWidget>

namespace PortalKeys::Ui {

ItemLayout::ItemLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

ItemLayout::~ItemLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void ItemLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int ItemLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *ItemLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *ItemLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int ItemLayout::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *widget = parentWidget();
    return widget ? widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, widget) : 6;
}

QList<QLayoutItem *> ItemLayout::shown(const QList<QLayoutItem *> &items)
{
    QList<QLayoutItem *> result;
    for (QLayoutItem *item : items) {
        if (!item->isEmpty())
            result.append(item);
    }
    return result;
}

int ItemLayout::rowWidth(const QList<QLayoutItem *> &items, bool minimum) const
{
    const QList<QLayoutItem *> visible = shown(items);
    int total = qMax(0, int(visible.size()) - 1) * gap();
    for (const QLayoutItem *item : visible)
        total += minimum ? item->minimumSize().width() : item->sizeHint().width();
    return total;
}

int ItemLayout::rowHeight(const QList<QLayoutItem *> &items)
{
    int tallest = 0;
    for (const QLayoutItem *item : shown(items))
        tallest = qMax(tallest, item->sizeHint().height());
    return tallest;
}

} // namespace PortalKeys::Ui
