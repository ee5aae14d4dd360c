#include "thirdparty/DriftRowDelegate.h"

#include "authservice/KeyDriftModel.h"

namespace PortalKeys::Ui {

using AuthService::KeyDrift;
using AuthService::KeyDriftModel;

DriftRowDelegate::DriftRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void DriftRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = KeyDrift::State(index.data(KeyDriftModel::StateRole).toInt());
    if (state == KeyDrift::State::Same)
        return;
    // The tooltip colours are the palette's "look here" pair, readable together in every theme.
    option->backgroundBrush = option->palette.brush(QPalette::ToolTipBase);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::ToolTipText));
    if (index.column() == KeyDriftModel::State)
        option->font.setBold(true);
}

} // namespace PortalKeys::Ui
