#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace PortalKeys::Ui {

// Says that something is under way ("Connecting to production…") with a moving bar and, when the work can be
// stopped, a Cancel button. Hidden while idle.
class BusyBar : public QWidget {
    Q_OBJECT

public:
    explicit BusyBar(QWidget *parent = nullptr);

    void start(const QString &text, bool cancellable = true);
    void setText(const QString &text);
    void setCancellable(bool cancellable);
    void stop();
    bool isBusy() const { return m_busy; }
    QString text() const;

signals:
    void cancelRequested();

private:
    QProgressBar *m_progress;
    QLabel *m_text;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace PortalKeys::Ui
