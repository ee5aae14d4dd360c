#include "thirdparty/ServiceCardDelegate.h"

#include "widgets/ThemedIcon.h"

#include "authservice/ServiceListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace PortalKeys::Ui {

using Model = AuthService::ServiceListModel;

namespace {

constexpr int outerMargin = 4;
constexpr int padding = 10;
constexpr int iconBox = 36;
constexpr int iconSize = 22;
constexpr int radius = 7;

// Draws a pill with `text` ending at `right` on the line centred at `centreY`; returns its left edge.
int drawPill(QPainter *painter, const QFont &font, const QString &text, int right, int centreY,
             const StatusColors::Swatch &colours)
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 2;
    const QRect pill(right - width, centreY - height / 2, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colours.text);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    return pill.left();
}

} // namespace

QString ServiceCardDelegate::iconPath(const QString &kindName)
{
    return QStringLiteral(":/icons/kind-%1.svg").arg(kindName);
}

QString ServiceCardDelegate::iconPath(const ServiceEntry &entry)
{
    return iconPath(Catalog::serviceKindName(entry.iconKind()));
}

// Tinted pills from the palette, readable in light and dark themes; the words carry the meaning.
StatusColors::Tone ServiceCardDelegate::badgeTone(ServiceEntry::Badge badge)
{
    switch (badge) {
    case ServiceEntry::Badge::On:
        return StatusColors::Tone::Success;
    case ServiceEntry::Badge::ReadOnly:
        return StatusColors::Tone::Warning;
    case ServiceEntry::Badge::Draft:
        return StatusColors::Tone::Info;
    case ServiceEntry::Badge::Off:
        break;
    }
    return StatusColors::Tone::Neutral;
}

ServiceCardDelegate::ServiceCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QIcon ServiceCardDelegate::icon(const QString &path) const
{
    auto found = m_icons.find(path);
    if (found == m_icons.end())
        found = m_icons.insert(path, ThemedIcon::load(path, QApplication::palette()));
    return *found;
}

QSize ServiceCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int text = 2 * metrics.height() + 4;
    return {200, 2 * outerMargin + 2 * padding + qMax(iconBox, text)};
}

void ServiceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;

    const QRectF card =
        QRectF(option.rect)
            .adjusted(outerMargin + 0.5, outerMargin + 0.5, -outerMargin - 0.5, -outerMargin - 0.5);
    QColor fill = palette.color(QPalette::Base);
    QColor border = palette.color(QPalette::Mid);
    if (selected) {
        // The highlight colour at a low strength keeps the text readable in its normal colours.
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.14);
        fill = palette.color(QPalette::Base);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(card, radius, radius);
        fill = tint;
        border = palette.color(QPalette::Highlight);
    } else if (hovered) {
        fill = palette.color(QPalette::AlternateBase);
    }
    painter->setPen(QPen(border, selected && focused ? 2.0 : 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(card, radius, radius);

    const QRect inner = card.toRect().adjusted(padding, padding, -padding, -padding);
    const QRect iconRect(inner.left(), inner.top() + (inner.height() - iconBox) / 2, iconBox, iconBox);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::AlternateBase));
    painter->drawRoundedRect(iconRect, 8, 8);
    icon(iconPath(index.data(Model::KindRole).toString()))
        .paint(painter, iconRect.adjusted((iconBox - iconSize) / 2, (iconBox - iconSize) / 2,
                                          -(iconBox - iconSize) / 2, -(iconBox - iconSize) / 2));

    QFont titleFont = option.font;
    titleFont.setBold(true);
    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(option.font);
    const int textLeft = iconRect.right() + 12;
    const int textTop = inner.top() + (inner.height() - (titleMetrics.height() + 4 + metrics.height())) / 2;
    const int titleCentre = textTop + titleMetrics.height() / 2;

    const auto badge = static_cast<ServiceEntry::Badge>(index.data(Model::BadgeRole).toInt());
    int right = drawPill(painter, badgeFont, index.data(Model::BadgeTextRole).toString(), inner.right(),
                         titleCentre, StatusColors::swatch(badgeTone(badge), palette));
    if (index.data(Model::PlanRole).toBool())
        right = drawPill(painter, badgeFont, tr("paid plan"), right - 6, titleCentre,
                         StatusColors::swatch(planTone, palette));

    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QRect titleRect(textLeft, textTop, right - 8 - textLeft, titleMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRect subtitleRect(textLeft, titleRect.bottom() + 4, inner.right() - textLeft, metrics.height());
    painter->drawText(
        subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(Model::SubtitleRole).toString(), Qt::ElideRight, subtitleRect.width()));
    painter->restore();
}

} // namespace PortalKeys::Ui
