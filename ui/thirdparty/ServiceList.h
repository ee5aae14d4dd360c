#pragma once

#include "thirdparty/ServiceEntry.h"

#include "catalog/ServiceKind.h"

#include <QListWidget>

#include <optional>

namespace PortalKeys::Ui {

// The services of the page as a column of cards (icon, title, one line of purpose, state badge), narrowed
// by a search text, a kind and a state. Hidden cards keep their place, so the selection survives a filter.
class ServiceList : public QListWidget {
    Q_OBJECT

public:
    enum class StateFilter { Any, On, Off, ReadOnly, NeedsPlan, Draft };
    enum Role { EntryIdRole = Qt::UserRole, SubtitleRole, IconPathRole, BadgeRole, BadgeTextRole, PlanRole };

    explicit ServiceList(QWidget *parent = nullptr);

    // Keeps the current entry when it is still there.
    void setEntries(const QList<ServiceEntry> &entries);
    const QList<ServiceEntry> &entries() const { return m_entries; }
    // Replaces the entry with the same id (after a save) and repaints its card.
    void updateEntry(const ServiceEntry &entry);

    void setFilter(const QString &text, std::optional<Catalog::ServiceKind> kind, StateFilter state);
    int visibleCount() const;
    // The ids of the cards shown, in order (tests, and the count above the list).
    QStringList visibleIds() const;

    QString currentId() const;
    const ServiceEntry *currentEntry() const;
    const ServiceEntry *entry(const QString &id) const;
    bool selectId(const QString &id);

signals:
    void currentEntryChanged(const QString &id);

private:
    bool passes(const ServiceEntry &entry) const;
    void applyFilter();
    void fillItem(QListWidgetItem *item, const ServiceEntry &entry);

    QList<ServiceEntry> m_entries;
    QString m_text;
    std::optional<Catalog::ServiceKind> m_kind;
    StateFilter m_state = StateFilter::Any;
};

} // namespace PortalKeys::Ui
