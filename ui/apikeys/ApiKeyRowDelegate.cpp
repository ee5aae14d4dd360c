#include "apikeys/ApiKeyRowDelegate.h"

#include "apikeys/ApiKeyTableModel.h"

namespace PortalKeys::Ui {

using ApiKeys::ApiKey;

ApiKeyRowDelegate::ApiKeyRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ApiKeyRowDelegate::RowStyle ApiKeyRowDelegate::styleFor(const QPalette &palette, ApiKey::Expiry expiry,
                                                        bool active)
{
    RowStyle style;
    if (expiry == ApiKey::Expiry::Soon) {
        // The tooltip colours are the palette's "look here" pair, and readable together in every theme.
        style.background = palette.brush(QPalette::ToolTipBase);
        style.text = palette.color(QPalette::ToolTipText);
    } else if (expiry == ApiKey::Expiry::Expired) {
        style.background = palette.brush(QPalette::AlternateBase);
        style.text = palette.color(QPalette::PlaceholderText);
        style.italic = true;
    } else if (!active) {
        style.text = palette.color(QPalette::PlaceholderText);
    }
    return style;
}

void ApiKeyRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto expiry = ApiKey::Expiry(index.data(ApiKeys::ApiKeyTableModel::ExpiryRole).toInt());
    const bool active = index.data(ApiKeys::ApiKeyTableModel::ActiveRole).toBool();
    const RowStyle style = styleFor(option->palette, expiry, active);
    if (style.background.style() != Qt::NoBrush)
        option->backgroundBrush = style.background;
    if (style.text.isValid())
        option->palette.setColor(QPalette::Text, style.text);
    option->font.setItalic(style.italic);
}

} // namespace PortalKeys::Ui
