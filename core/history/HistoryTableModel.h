#pragma once

#include "history/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace PortalKeys::History {

// History entries as a table, newest first: the local history and the portal's audit trail side by side.
// Holds what it is given; reading and filtering are the caller's (HistoryLog, AuditTrail, matches()).
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Portal, User, Area, Action, Subject, Keys, Result, Source, ColumnCount };
    enum Role { EntryOkRole = Qt::UserRole + 1, OriginRole, TimeRole };

    explicit HistoryTableModel(QObject *parent = nullptr);

    // Replaces the rows; they are shown newest first whatever the order given.
    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The areas in the order a chooser offers them, and their titles ("Authorization keys", …).
    static QList<HistoryEntry::Area> areas();
    static QString areaTitle(HistoryEntry::Area area);
    static QString sourceTitle(HistoryEntry::Origin origin);
    static QString resultText(const HistoryEntry &entry);
    // Whether `entry` is of `area` (none: every area).
    static bool matchesArea(const HistoryEntry &entry, std::optional<HistoryEntry::Area> area);

private:
    QString displayText(const HistoryEntry &entry, int column) const;

    QList<HistoryEntry> m_entries;
};

} // namespace PortalKeys::History
