#include "portal/PortalListModel.h"

#include "common/ListFileWatcher.h"
#include "portal/PortalUrl.h"

namespace PortalKeys::Portal {

namespace {

bool sameProfiles(const QList<PortalProfile> &a, const QList<PortalProfile> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).toJson() != b.at(i).toJson())
            return false;
    }
    return true;
}

} // namespace

PortalListModel::PortalListModel(const QString &path, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(path)
    , m_watcher(new ListFileWatcher(m_store.path(), this))
{
    connect(m_watcher, &ListFileWatcher::changed, this, &PortalListModel::reload);
    const ProfileStore::LoadResult loaded = m_store.load();
    m_profiles = loaded.profiles;
    m_loadError = loaded.error;
}

PortalListModel::~PortalListModel() = default;

void PortalListModel::reload()
{
    takeUp(m_store.load());
}

ProfileStore::LoadResult PortalListModel::update(const ProfileStore::Change &change)
{
    const ProfileStore::LoadResult written = m_store.update(change);
    // A refused or failed change writes nothing; what the list holds stays as it was.
    if (written.ok())
        takeUp(written);
    return written;
}

void PortalListModel::takeUp(const ProfileStore::LoadResult &loaded)
{
    if (loaded.error == m_loadError && sameProfiles(loaded.profiles, m_profiles))
        return;
    // The list is short and changes as a whole (a file written): a reset is simplest, and views keep their
    // selection by id.
    beginResetModel();
    m_profiles = loaded.profiles;
    m_loadError = loaded.error;
    endResetModel();
    emit profilesChanged();
}

const PortalProfile *PortalListModel::profile(const QString &id) const
{
    for (const PortalProfile &candidate : m_profiles) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const PortalProfile *PortalListModel::findByName(const QString &name) const
{
    return ProfileStore::findByName(m_profiles, name);
}

QModelIndex PortalListModel::indexOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return index(int(row));
    }
    return {};
}

QString PortalListModel::idAt(const QModelIndex &index) const
{
    return data(index, IdRole).toString();
}

int PortalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant PortalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortalProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case IdRole:
        return profile.id;
    case Qt::DisplayRole:
    case NameRole:
        return profile.name;
    case UrlRole:
        return profile.baseUrl;
    case HostRole:
        return PortalUrl::hostAndPort(profile.baseUrl);
    case KindRole:
        return int(profile.kind);
    case KindTitleRole:
        return credentialKindTitle(profile.kind);
    case UserRole:
        return profile.user;
    default:
        return {};
    }
}

QHash<int, QByteArray> PortalListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(UrlRole, "url");
    names.insert(HostRole, "host");
    names.insert(KindRole, "kind");
    names.insert(KindTitleRole, "kindTitle");
    names.insert(UserRole, "user");
    return names;
}

} // namespace PortalKeys::Portal
