#include "thirdparty/ServiceList.h"

#include "thirdparty/ServiceCardDelegate.h"

namespace PortalKeys::Ui {

ServiceList::ServiceList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("serviceList"));
    setAccessibleName(tr("Services"));
    setItemDelegate(new ServiceCardDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true);
    setSpacing(0);
    // Cards on the window colour read as cards; on the base colour of a list they would read as rows.
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        emit currentEntryChanged(current ? current->data(EntryIdRole).toString() : QString());
    });
}

void ServiceList::fillItem(QListWidgetItem *item, const ServiceEntry &entry)
{
    item->setText(entry.title());
    item->setData(EntryIdRole, entry.id());
    item->setData(SubtitleRole, entry.subtitle());
    item->setData(IconPathRole, entry.iconPath());
    item->setData(BadgeRole, int(entry.badge()));
    item->setData(BadgeTextRole, entry.badgeText());
    item->setData(PlanRole, entry.needsPlan());
    // What a screen reader says for the card: the title alone would hide the state.
    item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(entry.title(), entry.badgeText()));
    item->setToolTip(entry.subtitle());
}

void ServiceList::setEntries(const QList<ServiceEntry> &entries)
{
    const QString current = currentId();
    QSignalBlocker blocker(this);
    clear();
    m_entries = entries;
    for (const ServiceEntry &entry : entries)
        fillItem(new QListWidgetItem(this), entry);
    applyFilter();
    blocker.unblock();
    if (!selectId(current)) {
        setCurrentItem(nullptr);
        emit currentEntryChanged(QString());
    }
}

void ServiceList::updateEntry(const ServiceEntry &entry)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id() != entry.id())
            continue;
        m_entries[row] = entry;
        fillItem(item(row), entry);
        setRowHidden(row, !passes(entry));
        return;
    }
}

bool ServiceList::passes(const ServiceEntry &entry) const
{
    if (!entry.matches(m_text))
        return false;
    if (m_kind && !entry.view.definition.hasKind(*m_kind))
        return false;
    switch (m_state) {
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

void ServiceList::applyFilter()
{
    for (int row = 0; row < m_entries.size(); ++row)
        setRowHidden(row, !passes(m_entries.at(row)));
}

void ServiceList::setFilter(const QString &text, std::optional<Catalog::ServiceKind> kind, StateFilter state)
{
    m_text = text.trimmed();
    m_kind = kind;
    m_state = state;
    applyFilter();
}

int ServiceList::visibleCount() const
{
    return int(visibleIds().size());
}

QStringList ServiceList::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (!isRowHidden(row))
            ids.append(item(row)->data(EntryIdRole).toString());
    }
    return ids;
}

QString ServiceList::currentId() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(EntryIdRole).toString() : QString();
}

const ServiceEntry *ServiceList::currentEntry() const
{
    return entry(currentId());
}

const ServiceEntry *ServiceList::entry(const QString &id) const
{
    for (const ServiceEntry &candidate : m_entries) {
        if (candidate.id() == id)
            return &candidate;
    }
    return nullptr;
}

bool ServiceList::selectId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(EntryIdRole).toString() == id) {
            setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace PortalKeys::Ui
