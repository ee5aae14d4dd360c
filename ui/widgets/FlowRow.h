#pragma once

#include "widgets/ItemLayout.h"

namespace PortalKeys::Ui {

// A row of buttons (and short notes) that goes on onto a second line when the window is too narrow for it, as
// on a small screen or at 200 % scale, instead of making the window wider. Items keep their preferred width
// and their order; a wider window puts them back on one line.
class FlowRow : public ItemLayout {
    Q_OBJECT

public:
    explicit FlowRow(QWidget *parent = nullptr);

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    // As narrow as its widest item, and as high as it then is.
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (only measures when `place` is false); returns the height used.
    int arrange(const QRect &rect, bool place) const;
};

} // namespace PortalKeys::Ui
