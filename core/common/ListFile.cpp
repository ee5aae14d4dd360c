#include "common/ListFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace PortalKeys {

namespace {
constexpr qint64 maxFileSize = 4 * 1024 * 1024;
}

ListFile::ListFile(QString path, QString member, int formatVersion, QString described)
    : m_path(std::move(path))
    , m_member(std::move(member))
    , m_formatVersion(formatVersion)
    , m_described(std::move(described))
{}

ListFile::Read ListFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (file.size() > maxFileSize)
        return {{}, tr("%1 is larger than 4 MiB, so it is not read.").arg(m_described)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1 cannot be read: %2").arg(m_described, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {{},
                tr("%1 is damaged (%2 at byte %3). PortalKeys leaves it as it is; fix or remove it to go on.")
                    .arg(m_described, parseError.errorString())
                    .arg(parseError.offset)};
    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("format")).toInt(0);
    if (version > m_formatVersion)
        return {{},
                tr("%1 was written by a newer PortalKeys (format %2); this version reads format %3. Update "
                   "PortalKeys.")
                    .arg(m_described)
                    .arg(version)
                    .arg(m_formatVersion)};
    if (version < 1)
        return {{}, tr("%1 has no format version; it is not a PortalKeys file.").arg(m_described)};
    return {root.value(m_member).toArray(), {}};
}

QString ListFile::write(const QJsonArray &entries) const
{
    const QJsonObject root{{QStringLiteral("format"), m_formatVersion}, {m_member, entries}};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1.").arg(info.absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(m_described, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(m_described, file.errorString());
    return {};
}

} // namespace PortalKeys
