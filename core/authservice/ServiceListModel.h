#pragma once

#include "authservice/ServiceEntry.h"
#include "catalog/ServiceKind.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace PortalKeys::AuthService {

// The services of the Third-party authorization page as an item model: one row per ServiceEntry (a portal's
// service, a catalog service offline, or a draft), named by its Ref, never by its row or a prefixed string.
// The search and filters decide which rows are shown; hidden rows keep their place, so the entry chosen in a
// view survives a filter that hides it.
class ServiceListModel : public QAbstractListModel {
    Q_OBJECT

public:
    using Ref = ServiceEntry::Ref;
    enum class StateFilter { Any, On, Off, ReadOnly, NeedsPlan, Draft };
    enum Role {
        IdRole = Qt::UserRole + 1, // ServiceEntry::id(), the entry's key as text
        SubtitleRole,              // the card's second line
        KindRole,                  // the name of the kind its icon shows
        BadgeRole,                 // a ServiceEntry::Badge, as int
        BadgeTextRole,             // "on", "off", "read-only", "draft"
        PlanRole,                  // whether it needs a paid plan
    };
    struct Filter {
        QString text; // trimmed
        std::optional<Catalog::ServiceKind> kind;
        StateFilter state = StateFilter::Any;
    };

    explicit ServiceListModel(QObject *parent = nullptr);

    void setEntries(const QList<ServiceEntry> &entries);
    const QList<ServiceEntry> &entries() const { return m_entries; }
    // Replaces the entry with the same Ref (after a save); false when it is not listed.
    bool updateEntry(const ServiceEntry &entry);
    const ServiceEntry *entry(const Ref &ref) const;
    // The entry whose id() is `id`, or nullptr.
    const ServiceEntry *entryWithId(const QString &id) const;
    // The first entry of the service `name` (its name or server key, not a draft), or nullptr.
    const ServiceEntry *service(const QString &name) const;

    Ref refAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Ref &ref) const;

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    bool passes(const ServiceEntry &entry) const;
    bool isShown(int row) const;
    // The entries the filter lets through, in order.
    QList<Ref> shownRefs() const;
    int shownCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // Other rows may be shown now.
    void filterChanged();

private:
    QList<ServiceEntry> m_entries;
    Filter m_filter;
};

} // namespace PortalKeys::AuthService
