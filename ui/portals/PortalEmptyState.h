#pragma once

#include <QKeySequence>
#include <QWidget>

namespace PortalKeys::Ui {

// What the Portals page shows on a first start: one clear thing to do, add the first portal.
class PortalEmptyState : public QWidget {
    Q_OBJECT

public:
    // `addShortcut` is named in the button's tool tip.
    explicit PortalEmptyState(const QKeySequence &addShortcut, QWidget *parent = nullptr);

signals:
    void addRequested();
};

} // namespace PortalKeys::Ui
