#pragma once

#include "widgets/ItemLayout.h"

namespace PortalKeys::Ui {

// The row of a page's heading: the heading on the left; on the right a short-lived status and the page-wide
// buttons. When the page is too narrow for all of it (a small screen, a long translation), the buttons go
// onto a line of their own under the heading instead of pushing the window wider.
class HeadingRow : public ItemLayout {
    Q_OBJECT

public:
    HeadingRow(QWidget *heading, QWidget *status);

    // A page-wide button (or a row of them) at the right end.
    void addTrailingWidget(QWidget *widget);

    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    void setGeometry(const QRect &rect) override;

private:
    // The heading and the status: the first line whatever happens.
    QList<QLayoutItem *> lead() const { return items().mid(0, 2); }
    QList<QLayoutItem *> trailing() const { return items().mid(2); }
    bool fitsOneLine(int width) const;
    // Room between the heading and the buttons on one line.
    int separation() const { return 3 * gap(); }
    // `items` side by side in `line`, from its left end, or from its right end when `alignRight`; squeezed
    // towards their minimum widths when the line is too short for their preferred ones.
    void placeLine(const QList<QLayoutItem *> &items, const QRect &line, bool alignRight) const;
};

} // namespace PortalKeys::Ui
