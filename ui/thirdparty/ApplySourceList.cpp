#include "thirdparty/ApplySourceList.h"

namespace PortalKeys::Ui {

namespace {

constexpr int IndexRole = Qt::UserRole;
constexpr int DraftIdRole = Qt::UserRole + 1;

} // namespace

ApplySourceList::ApplySourceList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("applyKeys"));
    setAccessibleName(tr("Keys to apply"));
    setAlternatingRowColors(true);
}

void ApplySourceList::fill(const QList<Drafts::Draft> &drafts)
{
    const QSignalBlocker blocker(this);
    clear();
    for (int index = 0; index < drafts.size(); ++index) {
        const Drafts::Draft &draft = drafts.at(index);
        const bool workspace = draft.product == Catalog::Product::Workspace;
        auto *item = new QListWidgetItem(
            workspace ? tr("%1 — Workspace, entered in Workspace's own page")
                            .arg(draft.title.isEmpty() ? draft.service : draft.title)
            : draft.title.isEmpty() || draft.title.compare(draft.service, Qt::CaseInsensitive) == 0
                ? draft.service
                : tr("%1 — %2").arg(draft.title, draft.service),
            this);
        item->setData(IndexRole, index);
        item->setData(DraftIdRole, draft.id);
        if (workspace) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("PortalKeys cannot apply keys to Workspace or Community Server; the draft's "
                                "editor shows what to enter in Workspace's own settings page."));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

QList<int> ApplySourceList::checkedIndexes() const
{
    QList<int> indexes;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            indexes.append(item(row)->data(IndexRole).toInt());
    }
    return indexes;
}

void ApplySourceList::setCheckedIds(const QStringList &draftIds)
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *listItem = item(row);
        if (listItem->flags() & Qt::ItemIsUserCheckable)
            listItem->setCheckState(
                draftIds.contains(listItem->data(DraftIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace PortalKeys::Ui
