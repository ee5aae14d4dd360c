#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace PortalKeys::Ui {

// Draws an app of the OAuth app list (an AppListModel) on two lines: its icon, its name, and under it the
// client ID or "Draft" with the app's state; group headings in capitals; notes ("none yet") dimmed.
class AppListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit AppListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, bool heading) const;
    QIcon iconFor(const QString &logo) const;

    // Decoded icons by data URI: decoding one on every paint would be slow.
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace PortalKeys::Ui
