#include "portals/PortalEdits.h"

#include "portal/PortalListModel.h"
#include "portal/ProfileStore.h"

namespace PortalKeys::Ui {

using Portal::PortalProfile;

PortalEdits::PortalEdits(Portal::PortalListModel *portals, QObject *parent)
    : QObject(parent)
    , m_portals(portals)
{}

bool PortalEdits::update(const std::function<QString(QList<PortalProfile> &)> &change)
{
    const Portal::ProfileStore::LoadResult written = m_portals->update(change);
    if (!written.ok()) {
        emit refused(written.error);
        return false;
    }
    return true;
}

bool PortalEdits::add(const PortalProfile &added)
{
    return update([&added](QList<PortalProfile> &profiles) {
        if (Portal::ProfileStore::nameClash(profiles, added))
            return tr("A portal named “%1” was added meanwhile (on the command line or in another "
                      "window); nothing was changed.")
                .arg(added.name);
        profiles.append(added);
        return QString();
    });
}

bool PortalEdits::replace(const PortalProfile &edited)
{
    return changeNamed(edited.id, edited.name, [&edited](PortalProfile &profile) { profile = edited; });
}

bool PortalEdits::change(const QString &id, const std::function<void(PortalProfile &)> &edit)
{
    const PortalProfile *listed = m_portals->profile(id);
    return listed && changeNamed(id, listed->name, edit);
}

bool PortalEdits::changeNamed(const QString &id, const QString &name,
                              const std::function<void(PortalProfile &)> &edit)
{
    // Refused when the portal is gone from the file meanwhile.
    return update([&id, &name, &edit](QList<PortalProfile> &profiles) {
        for (PortalProfile &profile : profiles) {
            if (profile.id == id) {
                edit(profile);
                return QString();
            }
        }
        return tr("“%1” was removed meanwhile (on the command line or in another window); nothing was "
                  "changed.")
            .arg(name);
    });
}

bool PortalEdits::remove(const QString &id)
{
    return update([&id](QList<PortalProfile> &profiles) {
        profiles.removeIf([&id](const PortalProfile &profile) { return profile.id == id; });
        return QString();
    });
}

} // namespace PortalKeys::Ui
