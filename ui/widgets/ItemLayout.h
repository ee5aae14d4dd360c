#pragma once

#include <QLayout>
#include <QList>

namespace PortalKeys::Ui {

// What the small layouts of the pages that wrap on a narrow window (FlowRow, HeadingRow) share: their items
// in the order added, owned, and the gap between two items (the style's, unless a spacing is set).
class ItemLayout : public QLayout {
    Q_OBJECT

public:
    explicit ItemLayout(QWidget *parent = nullptr);
    ~ItemLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

protected:
    int gap() const;
    const QList<QLayoutItem *> &items() const { return m_items; }
    // The items of `items` that are shown.
    static QList<QLayoutItem *> shown(const QList<QLayoutItem *> &items);
    // Their preferred (or minimum) widths side by side, with the gaps.
    int rowWidth(const QList<QLayoutItem *> &items, bool minimum) const;
    // The preferred height of the tallest.
    static int rowHeight(const QList<QLayoutItem *> &items);

private:
    QList<QLayoutItem *> m_items;
};

} // namespace PortalKeys::Ui
