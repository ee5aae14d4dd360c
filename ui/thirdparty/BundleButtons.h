#pragma once

#include <QWidget>

class QPushButton;

namespace PortalKeys::Ui {

// "Export bundle…  Import bundle…  Apply to portals…  Compare…" at the right of the Third-party page's
// heading: the work on several services or portals at once, whatever source is shown.
class BundleButtons : public QWidget {
    Q_OBJECT

public:
    explicit BundleButtons(QWidget *parent = nullptr);

    // Nothing new starts while a step runs.
    void setBusy(bool busy);
    QList<QWidget *> focusOrder() const;

signals:
    void exportRequested();
    void importRequested();
    void applyRequested();
    void compareRequested();

private:
    QList<QPushButton *> m_buttons;
};

} // namespace PortalKeys::Ui
