#pragma once

#include "portals/PortalState.h"

#include "portal/PortalProfile.h"

#include <QHash>
#include <QTreeWidget>

namespace PortalKeys::Ui {

// The portal profiles as a table: name, address, how PortalKeys signs in, and the last known state. As tall
// as its rows (up to a limit), so that the test result sits right under it.
class PortalList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, KindColumn, StateColumn };

    explicit PortalList(QWidget *parent = nullptr);

    void setProfiles(const QList<Portal::PortalProfile> &profiles, const QHash<QString, PortalState> &states);
    void setState(const QString &profileId, const PortalState &state);
    QString currentId() const;
    void selectId(const QString &profileId);
    QTreeWidgetItem *itemFor(const QString &profileId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int heightForRows(int rows) const;
};

} // namespace PortalKeys::Ui
