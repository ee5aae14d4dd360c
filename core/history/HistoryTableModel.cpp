#include "history/HistoryTableModel.h"

#include <algorithm>

namespace PortalKeys::History {

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryTableModel::setEntries(QList<HistoryEntry> entries)
{
    // Stable, so that entries of the same second keep the order they were written in, reversed.
    std::reverse(entries.begin(), entries.end());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.time > b.time; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return entry.time.toUTC().toString(Qt::ISODate);
        if (index.column() == Portal && !entry.host.isEmpty())
            return entry.host;
        if (index.column() == Result && !entry.reason.isEmpty())
            return entry.reason;
        if (index.column() == Subject || index.column() == Keys) // whole, where the column is narrower
            return displayText(entry, index.column());
        return {};
    case EntryOkRole:
        return entry.ok;
    case OriginRole:
        return static_cast<int>(entry.origin);
    case TimeRole:
        return entry.time;
    default:
        return {};
    }
}

QString HistoryTableModel::displayText(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Portal:
        return entry.portal;
    case User:
        return entry.user;
    case Area:
        return areaTitle(entry.area);
    case Action:
        return entry.action;
    case Subject:
        return entry.subject;
    case Keys:
        return entry.keys.join(QStringLiteral(", "));
    case Result:
        return resultText(entry);
    case Source:
        return sourceTitle(entry.origin);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Portal:
        return tr("Portal");
    case User:
        return tr("User");
    case Area:
        return tr("Area");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Subject");
    case Keys:
        return tr("Keys");
    case Result:
        return tr("Result");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

QList<HistoryEntry::Area> HistoryTableModel::areas()
{
    using A = HistoryEntry::Area;
    return {A::Keys, A::OAuthApp, A::ApiKey, A::Bundle};
}

QString HistoryTableModel::areaTitle(HistoryEntry::Area area)
{
    switch (area) {
    case HistoryEntry::Area::Keys:
        return tr("Authorization keys");
    case HistoryEntry::Area::OAuthApp:
        return tr("OAuth apps");
    case HistoryEntry::Area::ApiKey:
        return tr("API keys");
    case HistoryEntry::Area::Bundle:
        return tr("Bundles");
    }
    return {};
}

QString HistoryTableModel::sourceTitle(HistoryEntry::Origin origin)
{
    return origin == HistoryEntry::Origin::Portal ? tr("Portal audit") : tr("PortalKeys");
}

QString HistoryTableModel::resultText(const HistoryEntry &entry)
{
    if (entry.origin == HistoryEntry::Origin::Portal)
        return tr("recorded by the portal");
    return entry.ok ? tr("ok") : tr("failed: %1").arg(entry.reason);
}

bool HistoryTableModel::matchesArea(const HistoryEntry &entry, std::optional<HistoryEntry::Area> area)
{
    return !area || entry.area == *area;
}

} // namespace PortalKeys::History
