#pragma once

#include <QWidget>

class QAction;
class QVBoxLayout;

namespace PortalKeys::Ui {

class BusyBar;
class PageHeader;
class PortalOperation;
class VerdictBanner;

// The frame of a page whose steps (calls to a portal, keychain access, encryption) run one at a time without
// blocking the window: its header, a notice for what the page has to say, the busy bar with Cancel, the
// PortalOperation behind them, and Esc to cancel. The page puts the notice and the bar where they belong in
// its column, and brings its controls up to date in updateActions() whenever a step starts or ends.
class OperationPage : public QWidget {
    Q_OBJECT

public:
    bool isBusy() const;

public slots:
    void cancelOperation();

signals:
    // A step ended: finished, failed or cancelled.
    void operationFinished();

protected:
    OperationPage(const QString &heading, const QString &intro, QWidget *parent = nullptr);

    PageHeader *header() const { return m_header; }
    // The column of the page, the header in it already.
    QVBoxLayout *pageLayout() const { return m_layout; }
    VerdictBanner *notice() const { return m_notice; }
    BusyBar *busyBar() const { return m_busyBar; }
    PortalOperation *operation() const { return m_operation; }
    // Called whenever a step starts or ends (and when the page's own state changes, if it says so).
    virtual void updateActions() = 0;

private:
    PageHeader *m_header;
    QVBoxLayout *m_layout;
    VerdictBanner *m_notice;
    BusyBar *m_busyBar;
    PortalOperation *m_operation;
    QAction *m_cancelAction;
};

} // namespace PortalKeys::Ui
