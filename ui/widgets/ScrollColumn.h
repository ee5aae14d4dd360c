#pragma once

#include <QScrollArea>

#include <functional>

namespace PortalKeys::Ui {

// A column of controls that scrolls up and down when the window is too low for it, as on a small screen or at
// 200 % scale: it asks for the width its content needs (never cutting it off at the side) but for little
// height. It keeps the control that has the focus in view, with what belongs under it (a field's message),
// however the focus moves and whenever the column or its content changes size (a message appears, a note
// under the column grows). No frame, no Tab stop of its own.
class ScrollColumn : public QScrollArea {
    Q_OBJECT

public:
    // What to keep in view under the control that has the focus, or nullptr.
    using Companion = std::function<QWidget *(QWidget *focus)>;

    explicit ScrollColumn(QWidget *content = nullptr, QWidget *parent = nullptr);

    void setCompanion(Companion companion) { m_companion = std::move(companion); }
    // Scrolls to the control that has the focus and its companion, when the focus is in the column.
    void keepFocusInView();

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    Companion m_companion;
};

} // namespace PortalKeys::Ui
