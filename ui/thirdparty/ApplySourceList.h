#pragma once

#include "drafts/Draft.h"

#include <QListWidget>

namespace PortalKeys::Ui {

// The drafts the Apply dialog can apply, from the drafts list or a bundle, each with a box to tick.
// Workspace drafts are listed but cannot be ticked: Workspace takes keys in its own page.
class ApplySourceList : public QListWidget {
    Q_OBJECT

public:
    explicit ApplySourceList(QWidget *parent = nullptr);

    // Lists `drafts`, none ticked; an item's index is its draft's in `drafts`.
    void fill(const QList<Drafts::Draft> &drafts);
    QList<int> checkedIndexes() const;
    void setCheckedIds(const QStringList &draftIds);
};

} // namespace PortalKeys::Ui
