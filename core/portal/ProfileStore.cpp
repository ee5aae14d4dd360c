#include "portal/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace PortalKeys::Portal {

namespace {
constexpr qint64 maxFileSize = 4 * 1024 * 1024;
}

ProfileStore::ProfileStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/portals.json");
}

ProfileStore::LoadResult ProfileStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (file.size() > maxFileSize)
        return {{}, tr("The portal list %1 is larger than 4 MiB, so it is not read.").arg(m_path)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Cannot read the portal list %1: %2").arg(m_path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {{},
                tr("The portal list %1 is damaged (%2 at byte %3). PortalKeys leaves it as it is; fix or "
                   "remove it to go on.")
                    .arg(m_path, parseError.errorString())
                    .arg(parseError.offset)};
    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("format")).toInt(0);
    if (version > formatVersion)
        return {{},
                tr("The portal list %1 was written by a newer PortalKeys (format %2); this version reads "
                   "format %3. Update PortalKeys.")
                    .arg(m_path)
                    .arg(version)
                    .arg(formatVersion)};
    if (version < 1)
        return {{}, tr("The portal list %1 has no format version; it is not a PortalKeys file.").arg(m_path)};

    LoadResult result;
    for (const QJsonValue &entry : root.value(QLatin1String("portals")).toArray()) {
        QString error;
        std::optional<PortalProfile> profile = PortalProfile::fromJson(entry.toObject(), &error);
        if (!profile)
            return {{}, tr("The portal list %1 cannot be used: %2").arg(m_path, error)};
        result.profiles.append(*profile);
    }
    return result;
}

QString ProfileStore::save(const QList<PortalProfile> &profiles) const
{
    QJsonArray entries;
    for (const PortalProfile &profile : profiles)
        entries.append(profile.toJson());
    const QJsonObject root{{QStringLiteral("format"), formatVersion}, {QStringLiteral("portals"), entries}};

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1.").arg(info.absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the portal list %1: %2").arg(m_path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write the portal list %1: %2").arg(m_path, file.errorString());
    return {};
}

const PortalProfile *ProfileStore::findByName(const QList<PortalProfile> &profiles, const QString &name)
{
    for (const PortalProfile &profile : profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

} // namespace PortalKeys::Portal
