#include "oauthapps/AppListDelegate.h"

#include "oauthapps/AppList.h"
#include "widgets/StatusColors.h"

#include "oauth/AppListModel.h"

#include <QApplication>
#include <QPainter>

namespace PortalKeys::Ui {

namespace {

using RowKind = OAuth::AppListModel::RowKind;

constexpr int iconSide = 32;
constexpr int padding = 8;
constexpr int maxCachedIcons = 256;

RowKind kindOf(const QModelIndex &index)
{
    return RowKind(index.data(OAuth::AppListModel::KindRole).toInt());
}

} // namespace

AppListDelegate::AppListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize AppListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const RowKind kind = kindOf(index);
    if (kind == RowKind::Heading)
        return {0, metrics.height() + 14};
    if (kind == RowKind::Note)
        return {0, metrics.height() + 10};
    return {0, qMax(iconSide, 2 * metrics.height() + 2) + 2 * padding};
}

void AppListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const RowKind kind = kindOf(index);
    if (kind == RowKind::Heading || kind == RowKind::Note)
        return paintText(painter, opt, kind == RowKind::Heading);
    opt.icon = iconFor(index.data(OAuth::AppListModel::LogoRole).toString());

    // The selection and focus background as the style draws it, without text or icon.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);

    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    const QRect iconRect(area.left(), area.center().y() - iconSide / 2 + 1, iconSide, iconSide);
    opt.icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    const QString state = index.data(OAuth::AppListModel::StateRole).toString();
    QFont stateFont = opt.font;
    stateFont.setPointSizeF(stateFont.pointSizeF() * 0.9);
    const int stateWidth = state.isEmpty() ? 0 : QFontMetrics(stateFont).horizontalAdvance(state) + padding;

    const QFontMetrics metrics(opt.font);
    const int left = iconRect.right() + 1 + padding;
    const QRect nameRect(left, area.center().y() - metrics.height(), area.right() - left - stateWidth,
                         metrics.height());
    const QRect subtitleRect(left, area.center().y() + 1, area.right() - left, metrics.height());

    QFont nameFont = opt.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(opt.text, Qt::ElideRight, nameRect.width()));

    painter->setFont(opt.font);
    painter->setPen(dim);
    // Client IDs differ at both ends; keep both visible.
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(OAuth::AppListModel::SubtitleRole).toString(),
                                         Qt::ElideMiddle, subtitleRect.width()));

    if (!state.isEmpty()) {
        painter->setFont(stateFont);
        painter->setPen(selected ? text : StatusColors::text(StatusColors::Tone::Warning, opt.palette));
        painter->drawText(QRect(area.right() - stateWidth + padding, nameRect.top(), stateWidth - padding,
                                nameRect.height()),
                          Qt::AlignRight | Qt::AlignVCenter, state);
    }
    painter->restore();
}

void AppListDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option, bool heading) const
{
    painter->save();
    QFont font = option.font;
    if (heading) {
        font.setBold(true);
        font.setCapitalization(QFont::AllUppercase);
        font.setPointSizeF(font.pointSizeF() * 0.85);
    }
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QRect text = option.rect.adjusted(heading ? padding : 2 * padding, heading ? 4 : 0, -padding, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(option.text, Qt::ElideRight, text.width()));
    painter->restore();
}

QIcon AppListDelegate::iconFor(const QString &logo) const
{
    const auto cached = m_icons.constFind(logo);
    if (cached != m_icons.constEnd())
        return *cached;
    if (m_icons.size() >= maxCachedIcons)
        m_icons.clear();
    const QIcon icon = AppList::iconFor(logo);
    m_icons.insert(logo, icon);
    return icon;
}

} // namespace PortalKeys::Ui
