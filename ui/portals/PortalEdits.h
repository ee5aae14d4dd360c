#pragma once

#include "portal/PortalProfile.h"

#include <QObject>

#include <functional>

namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

// The Portals page's changes to the portal list, each made under the list's lock on the list as it is in the
// file now: a portal added, edited, changed in one field, or removed. A change that cannot be made (the file
// is unwritable, the portal was removed or its name taken meanwhile on the command line or in another window)
// is refused with a sentence for the page's notice.
class PortalEdits : public QObject {
    Q_OBJECT

public:
    // `portals` must outlive this.
    explicit PortalEdits(Portal::PortalListModel *portals, QObject *parent = nullptr);

    bool add(const Portal::PortalProfile &added);
    bool replace(const Portal::PortalProfile &edited);
    // Changes the listed portal `id` with `edit`.
    bool change(const QString &id, const std::function<void(Portal::PortalProfile &)> &edit);
    bool remove(const QString &id);

signals:
    void refused(const QString &text);

private:
    bool update(const std::function<QString(QList<Portal::PortalProfile> &)> &change);
    bool changeNamed(const QString &id, const QString &name,
                     const std::function<void(Portal::PortalProfile &)> &edit);

    Portal::PortalListModel *m_portals;
};

} // namespace PortalKeys::Ui
