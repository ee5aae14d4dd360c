#include "authservice/ServiceListModel.h"

namespace PortalKeys::AuthService {

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ServiceListModel::setEntries(const QList<ServiceEntry> &entries)
{
    // A list arrives as a whole (loaded, reloaded, a draft saved): a reset is simplest, and views keep
    // their choice by Ref.
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

bool ServiceListModel::updateEntry(const ServiceEntry &entry)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).ref() != entry.ref())
            continue;
        m_entries[row] = entry;
        emit dataChanged(index(row), index(row));
        return true;
    }
    return false;
}

const ServiceEntry *ServiceListModel::entry(const Ref &ref) const
{
    for (const ServiceEntry &candidate : m_entries) {
        if (candidate.ref() == ref)
            return &candidate;
    }
    return nullptr;
}

const ServiceEntry *ServiceListModel::entryWithId(const QString &id) const
{
    for (const ServiceEntry &candidate : m_entries) {
        if (candidate.id() == id)
            return &candidate;
    }
    return nullptr;
}

const ServiceEntry *ServiceListModel::service(const QString &name) const
{
    for (const ServiceEntry &candidate : m_entries) {
        if (!candidate.isDraft() && candidate.view.definition.matches(name))
            return &candidate;
    }
    return nullptr;
}

ServiceListModel::Ref ServiceListModel::refAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    return m_entries.at(index.row()).ref();
}

QModelIndex ServiceListModel::indexOf(const Ref &ref) const
{
    if (ref.isNone())
        return {};
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).ref() == ref)
            return index(row);
    }
    return {};
}

void ServiceListModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_filter.text = filter.text.trimmed();
    emit filterChanged();
}

bool ServiceListModel::passes(const ServiceEntry &entry) const
{
    if (!entry.matches(m_filter.text))
        return false;
    if (m_filter.kind && !entry.view.definition.hasKind(*m_filter.kind))
        return false;
    switch (m_filter.state) {
    case StateFilter::Any:
        return true;
    case StateFilter::On:
        return entry.badge() == ServiceEntry::Badge::On;
    case StateFilter::Off:
        return entry.badge() == ServiceEntry::Badge::Off;
    case StateFilter::ReadOnly:
        return entry.badge() == ServiceEntry::Badge::ReadOnly;
    case StateFilter::NeedsPlan:
        return entry.needsPlan();
    case StateFilter::Draft:
        return entry.isDraft();
    }
    return true;
}

bool ServiceListModel::isShown(int row) const
{
    return row >= 0 && row < m_entries.size() && passes(m_entries.at(row));
}

QList<ServiceListModel::Ref> ServiceListModel::shownRefs() const
{
    QList<Ref> refs;
    for (const ServiceEntry &entry : m_entries) {
        if (passes(entry))
            refs.append(entry.ref());
    }
    return refs;
}

int ServiceListModel::shownCount() const
{
    return int(shownRefs().size());
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ServiceEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title();
    case Qt::ToolTipRole:
    case SubtitleRole:
        return entry.subtitle();
    case Qt::AccessibleTextRole:
        // The title alone would hide the state.
        return tr("%1, %2").arg(entry.title(), entry.badgeText());
    case IdRole:
        return entry.id();
    case KindRole:
        return Catalog::serviceKindName(entry.iconKind());
    case BadgeRole:
        return int(entry.badge());
    case BadgeTextRole:
        return entry.badgeText();
    case PlanRole:
        return entry.needsPlan();
    default:
        return {};
    }
}

} // namespace PortalKeys::AuthService
