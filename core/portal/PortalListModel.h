#pragma once

#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QList>

namespace PortalKeys {
class ListFileWatcher;
}

namespace PortalKeys::Portal {

// The portal profiles of one list file (ProfileStore) as an item model, shared by every page of the app:
// the Portals page lists them, the pickers of the other pages offer them. It follows the file: a change
// another process makes (portalkeys-cli, a second app) is taken up at once (ListFileWatcher), a change made
// through update() as soon as it is written, and each is signalled by profilesChanged(). A profile is named
// by its id, never by its row.
class PortalListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,      // also Qt::DisplayRole
        UrlRole,       // the base URL as a QUrl
        HostRole,      // the base URL's host, and its port when not the default, e.g. for "name — host"
        KindRole,      // a CredentialKind, as int
        KindTitleRole, // core's title of the credential kind
        UserRole,      // the e-mail of basic auth and password login, or empty
    };

    // `path` empty: the default portal list (ProfileStore).
    explicit PortalListModel(const QString &path = {}, QObject *parent = nullptr);
    ~PortalListModel() override;

    QString path() const { return m_store.path(); }
    const ProfileStore &store() const { return m_store; }
    const QList<PortalProfile> &profiles() const { return m_profiles; }
    // Why the file cannot be used (it is then shown as empty and left untouched), or empty.
    QString loadError() const { return m_loadError; }

    // Reads the file again, e.g. after this process changed it through another ProfileStore (such writes
    // are not reported by the watcher). Emits profilesChanged() only when something differs.
    void reload();
    // Applies `change` to the list as it is in the file now (ProfileStore::update) and takes up the result.
    ProfileStore::LoadResult update(const ProfileStore::Change &change);

    // The profile with `id`, or nullptr. Valid until the list changes: copy what must outlive that.
    const PortalProfile *profile(const QString &id) const;
    const PortalProfile *findByName(const QString &name) const;
    // The row of `id`; invalid when it is not listed.
    QModelIndex indexOf(const QString &id) const;
    QString idAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The profiles or the load error changed: by update(), reload() or another process.
    void profilesChanged();

private:
    void takeUp(const ProfileStore::LoadResult &loaded);

    ProfileStore m_store;
    QList<PortalProfile> m_profiles;
    QString m_loadError;
    ListFileWatcher *m_watcher;
};

} // namespace PortalKeys::Portal
