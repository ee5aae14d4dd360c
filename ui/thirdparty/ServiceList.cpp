#include "thirdparty/ServiceList.h"

#include "thirdparty/ServiceCardDelegate.h"

namespace PortalKeys::Ui {

ServiceList::ServiceList(AuthService::ServiceListModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("serviceList"));
    setAccessibleName(tr("Services"));
    setModel(m_model);
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
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentRefChanged(m_model->refAt(current)); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_beforeReset = currentRef();
        m_hiddenChoice = {}; // of the list before
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        hideFilteredRows(0, m_model->rowCount() - 1);
        if (!select(m_beforeReset))
            emit currentRefChanged({});
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                hideFilteredRows(first.row(), last.row());
            });
    connect(m_model, &AuthService::ServiceListModel::filterChanged, this,
            [this] { hideFilteredRows(0, m_model->rowCount() - 1); });
}

void ServiceList::hideFilteredRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        setRowHidden(row, !m_model->isShown(row));
}

ServiceList::Ref ServiceList::currentRef() const
{
    return m_model->refAt(currentIndex());
}

const ServiceEntry *ServiceList::currentEntry() const
{
    return m_model->entry(currentRef());
}

bool ServiceList::select(const Ref &ref)
{
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    return true;
}

bool ServiceList::selectService(const QString &name)
{
    const ServiceEntry *entry = m_model->service(name);
    return entry && select(entry->ref());
}

bool ServiceList::selectEntry(const QString &entryId)
{
    const ServiceEntry *entry = m_model->entryWithId(entryId);
    return entry && select(entry->ref());
}

void ServiceList::followFilter()
{
    const Ref current = currentRef();
    const QModelIndex index = m_model->indexOf(current);
    if (index.isValid() && m_model->isShown(index.row()))
        return;
    if (!current.isNone())
        m_hiddenChoice = current;
    const QList<Ref> shown = m_model->shownRefs();
    if (shown.isEmpty()) {
        setCurrentIndex(QModelIndex());
        return;
    }
    select(shown.contains(m_hiddenChoice) ? m_hiddenChoice : shown.constFirst());
    m_hiddenChoice = {};
}

QStringList ServiceList::shownEntryIds() const
{
    QStringList ids;
    for (const Ref &ref : m_model->shownRefs())
        ids.append(ServiceEntry::idOf(ref));
    return ids;
}

} // namespace PortalKeys::Ui
