#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace PortalKeys::Ui {

// Work the window can do without at start (its icon, the keychain repair) waits for the window's first frame,
// so that the window appears as soon as Qt can draw it.
class FirstFrame : public QObject {
    Q_OBJECT

public:
    // Runs `then` once `window` (a top-level widget, shown or about to be) has drawn its first frame; at once
    // from the event loop when it has already. Not at all when the window is destroyed first.
    static void after(QWidget *window, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstFrame(QObject *parent, std::function<void()> then);
    void runLater();

    std::function<void()> m_then;
};

} // namespace PortalKeys::Ui
