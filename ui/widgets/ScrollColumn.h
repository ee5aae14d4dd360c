#pragma once

#include <QScrollArea>

namespace PortalKeys::Ui {

// A column of controls that scrolls up and down when the window is too low for it, as on a small screen or at
// 200 % scale: it asks for the width its content needs (never cutting it off at the side) but for little
// height, and keeps the control that has the focus, and what appears under it, in view. No frame, no Tab stop
// of its own.
class ScrollColumn : public QScrollArea {
    Q_OBJECT

public:
    explicit ScrollColumn(QWidget *content = nullptr, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

private:
    void keepInView(QWidget *focus);
};

} // namespace PortalKeys::Ui
