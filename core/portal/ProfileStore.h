#pragma once

#include "portal/PortalProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

namespace PortalKeys::Portal {

// The list of portal profiles in a JSON file under the app's config folder, written atomically. The file
// never holds a secret (see PortalProfile). The app and portalkeys-cli change it only through update(), a
// read-modify-write under a lock shared by all PortalKeys processes (see ListFile).
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
    // Edits the profiles as they are in the file now; returns an error sentence to change nothing.
    using Change = std::function<QString(QList<PortalProfile> &profiles)>;
    // Applies `change` to the list read again under the lock and writes the result. Returns the profiles as
    // written, or the error (the lock, the file, or the refusal of `change`).
    LoadResult update(const Change &change) const;

    // Names are compared as the user types them: trimmed, in any case.
    static const PortalProfile *findByName(const QList<PortalProfile> &profiles, const QString &name);
    // The profile of `profiles` other than `candidate` itself (an edited profile keeps its name) that has
    // `candidate`'s name, or nullptr. Two portals of one name could not be told apart on the command line.
    static const PortalProfile *nameClash(const QList<PortalProfile> &profiles,
                                          const PortalProfile &candidate);
    // "There is already a portal named …; choose another name." for a nameClash(), else empty.
    static QString nameTaken(const QList<PortalProfile> &profiles, const PortalProfile &candidate);
    static QString defaultPath();

private:
    LoadResult fromEntries(const QJsonArray &entries) const;

    QString m_path;
};

} // namespace PortalKeys::Portal
