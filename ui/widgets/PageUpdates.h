#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace PortalKeys::Ui {

// When a page brings what it shows up to date: the first time it is shown (a page never shown never connects
// anywhere), and after a change made outside it (portals or drafts added or removed on the command line or on
// another page). A running step or an open dialog holds on to the lists as they were: then the change waits,
// and is looked at again every second while the page is shown, or when it is shown next.
class PageUpdates : public QObject {
    Q_OBJECT

public:
    // `isBusy` tells whether a step of the page runs; `firstShow` loads the page when it is first shown;
    // `takeUp` reads the changed lists again. All three are the page's and must live as long as it.
    PageUpdates(QWidget *page, std::function<bool()> isBusy, std::function<void()> firstShow,
                std::function<void()> takeUp);

    // The page was loaded otherwise (asked to show one thing before it was shown): the first show loads
    // nothing more.
    void markStarted() { m_started = true; }
    bool hasStarted() const { return m_started; }

public slots:
    // Something changed outside the page. Before the page started it is ignored: starting reads everything.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void takeUpWhenIdle();

    QWidget *m_page;
    std::function<bool()> m_isBusy;
    std::function<void()> m_firstShow;
    std::function<void()> m_takeUp;
    QTimer *m_retry;
    bool m_started = false;
    bool m_pending = false;
};

} // namespace PortalKeys::Ui
