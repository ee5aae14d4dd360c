#pragma once

#include "portals/PortalState.h"

#include <QHash>
#include <QTreeWidget>

namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

// The portal profiles of a PortalListModel as a table: name, address, how PortalKeys signs in, and the last
// known state. As tall as its rows (up to a limit), so that the test result sits right under it.
class PortalList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, KindColumn, StateColumn };

    // `portals` must outlive the list.
    explicit PortalList(const Portal::PortalListModel *portals, QWidget *parent = nullptr);

    // Shows the model's rows again with `states`, keeping the current portal while it is listed.
    void refresh(const QHash<QString, PortalState> &states);
    void setState(const QString &profileId, const PortalState &state);
    QString currentId() const;
    void selectId(const QString &profileId);
    QTreeWidgetItem *itemFor(const QString &profileId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int heightForRows(int rows) const;

    const Portal::PortalListModel *m_portals;
};

} // namespace PortalKeys::Ui
