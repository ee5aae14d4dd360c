#pragma once

#include <QStyledItemDelegate>

namespace PortalKeys::Ui {

// Draws an app of the OAuth app list on two lines: its icon, its name, and under it the client ID or
// "Draft" with the app's state; group headings in capitals; notes ("none yet") dimmed.
class AppListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        SubtitleRole = Qt::UserRole + 1, // the second line
        StateRole,                       // e.g. "Disabled", shown on the right; empty: nothing
        KindRole,                        // an ItemKind
    };
    enum class ItemKind { App, Heading, Note };

    explicit AppListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace PortalKeys::Ui
