#pragma once

#include "authservice/ServiceEntry.h"

#include <QColor>
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

    struct Colours {
        QColor background;
        QColor text;
    };
    // The pill colours of a state badge, also used by the editor's heading.
    static Colours badgeColours(ServiceEntry::Badge badge);
    static Colours planColours();
    // The icon of a kind (by its name), and of an entry's card.
    static QString iconPath(const QString &kindName);
    static QString iconPath(const ServiceEntry &entry);

private:
    QIcon icon(const QString &path) const;

    mutable QHash<QString, QIcon> m_icons;
};

} // namespace PortalKeys::Ui
