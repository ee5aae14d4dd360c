#pragma once

#include "widgets/StatusColors.h"

#include "authservice/ServiceEntry.h"

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace PortalKeys::Ui {

using AuthService::ServiceEntry;

// Paints a ServiceList row as a card: the kind's icon in a tinted square, the title in bold with the state
// badge (and "paid plan") at the right, and one line of purpose under it.
class ServiceCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ServiceCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The tone of a state badge's pill (StatusColors::swatch), also used by the editor's heading.
    static StatusColors::Tone badgeTone(ServiceEntry::Badge badge);
    static constexpr StatusColors::Tone planTone = StatusColors::Tone::Accent;
    // The icon of a kind (by its name), and of an entry's card.
    static QString iconPath(const QString &kindName);
    static QString iconPath(const ServiceEntry &entry);

private:
    QIcon icon(const QString &path) const;

    mutable QHash<QString, QIcon> m_icons;
};

} // namespace PortalKeys::Ui
