#pragma once

#include "apikeys/ApiKey.h"

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace PortalKeys::Ui {

// Paints the rows of the API key table so that keys that expire soon stand out and expired or switched-off
// keys recede, in colours taken from the palette (light and dark themes alike); the words of the Expires and
// Active columns say the same for those who do not see colours.
class ApiKeyRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    struct RowStyle {
        QBrush background; // Qt::NoBrush: the view's own
        QColor text;       // invalid: the palette's text colour
        bool italic = false;
    };

    explicit ApiKeyRowDelegate(QObject *parent = nullptr);

    static RowStyle styleFor(const QPalette &palette, ApiKeys::ApiKey::Expiry expiry, bool active);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace PortalKeys::Ui
