#pragma once

#include "thirdparty/ServiceEntry.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace PortalKeys::Ui {

// Paints a ServiceList item as a card: the kind's icon in a tinted square, the title in bold with the state
// badge (and "paid plan") at the right, and one line of purpose under it.
class ServiceCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ServiceCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Colours {
        QColor background;
        QColor text;
    };
    // The pill colours of a state badge, also used by the editor's heading.
    static Colours badgeColours(ServiceEntry::Badge badge);
    static Colours planColours();

private:
    QIcon icon(const QString &path) const;

    mutable QHash<QString, QIcon> m_icons;
};

} // namespace PortalKeys::Ui
