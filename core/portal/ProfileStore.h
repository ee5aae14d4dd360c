#pragma once

#include "portal/PortalProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PortalKeys::Portal {

// The list of portal profiles in a JSON file under the app's config folder, written atomically. The file
// never holds a secret (see PortalProfile).
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static constexpr int formatVersion = 1;

    struct LoadResult {
        QList<PortalProfile> profiles;
        QString error; // the file exists but cannot be used; it is then left untouched
        bool ok() const { return error.isEmpty(); }
    };

    // `path` empty: <AppConfigLocation>/portals.json.
    explicit ProfileStore(QString path = {});

    QString path() const { return m_path; }
    LoadResult load() const;
    // Returns an error sentence, or empty on success.
    QString save(const QList<PortalProfile> &profiles) const;

    static const PortalProfile *findByName(const QList<PortalProfile> &profiles, const QString &name);
    static QString defaultPath();

private:
    QString m_path;
};

} // namespace PortalKeys::Portal
