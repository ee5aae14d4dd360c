#include "portal/ProfileStore.h"

#include "common/ListFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace PortalKeys::Portal {

ProfileStore::ProfileStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/portals.json");
}

namespace {

ListFile listFile(const QString &path)
{
    return ListFile(path, QStringLiteral("portals"), ProfileStore::formatVersion,
                    ProfileStore::tr("The portal list %1").arg(path));
}

} // namespace

ProfileStore::LoadResult ProfileStore::fromEntries(const QJsonArray &entries) const
{
    LoadResult result;
    for (const QJsonValue &entry : entries) {
        QString error;
        std::optional<PortalProfile> profile = PortalProfile::fromJson(entry.toObject(), &error);
        if (!profile)
            return {{}, tr("The portal list %1 cannot be used: %2").arg(m_path, error)};
        result.profiles.append(*profile);
    }
    return result;
}

ProfileStore::LoadResult ProfileStore::load() const
{
    const ListFile::Read file = listFile(m_path).read();
    if (!file.ok())
        return {{}, file.error};
    return fromEntries(file.entries);
}

ProfileStore::LoadResult ProfileStore::update(const Change &change) const
{
    LoadResult result;
    const ListFile::Read written = listFile(m_path).update([&](QJsonArray &entries) {
        LoadResult current = fromEntries(entries);
        if (!current.ok())
            return current.error;
        if (const QString refused = change(current.profiles); !refused.isEmpty())
            return refused;
        entries = QJsonArray();
        for (const PortalProfile &profile : std::as_const(current.profiles))
            entries.append(profile.toJson());
        result.profiles = current.profiles;
        return QString();
    });
    if (!written.ok())
        return {{}, written.error};
    return result;
}

const PortalProfile *ProfileStore::findByName(const QList<PortalProfile> &profiles, const QString &name)
{
    for (const PortalProfile &profile : profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

const PortalProfile *ProfileStore::nameClash(const QList<PortalProfile> &profiles,
                                             const PortalProfile &candidate)
{
    for (const PortalProfile &profile : profiles) {
        if (profile.id != candidate.id &&
            profile.name.compare(candidate.name.trimmed(), Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

QString ProfileStore::nameTaken(const QList<PortalProfile> &profiles, const PortalProfile &candidate)
{
    const PortalProfile *clash = nameClash(profiles, candidate);
    return clash ? tr("There is already a portal named “%1”; choose another name.").arg(clash->name)
                 : QString();
}

} // namespace PortalKeys::Portal
