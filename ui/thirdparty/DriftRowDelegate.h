#pragma once

#include <QStyledItemDelegate>

namespace PortalKeys::Ui {

// Rows of a drift check (core's KeyDriftModel) that are not the same on both sides stand out, in colours
// taken from the palette so that light and dark themes both read well.
class DriftRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit DriftRowDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace PortalKeys::Ui
