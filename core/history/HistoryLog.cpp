#include "history/HistoryLog.h"

#include "common/ListFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

namespace PortalKeys::History {

bool HistoryLog::Filter::matches(const HistoryEntry &entry) const
{
    if (!portal.isEmpty() && entry.portal.compare(portal, Qt::CaseInsensitive) != 0)
        return false;
    return !since.isValid() || entry.time.toUTC().date() >= since;
}

HistoryLog::HistoryLog(QString path, qint64 maxBytes)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
    , m_maxBytes(maxBytes)
{}

QString HistoryLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.jsonl");
}

QString HistoryLog::rotatedPath() const
{
    QString rotated = m_path;
    if (rotated.endsWith(QLatin1String(".jsonl")))
        rotated.chop(6);
    return rotated + QStringLiteral(".1.jsonl");
}

QString HistoryLog::append(const HistoryEntry &entry) const
{
    const QString described = tr("The history %1").arg(QDir::toNativeSeparators(m_path));
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (const QString problem = ListFile::takeLock(lock, described); !problem.isEmpty())
        return problem;
    if (const QString problem = rotateIfFull(); !problem.isEmpty())
        return problem;
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return tr("%1 was not changed: %2").arg(described, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A line left without its end by a process that died mid-write must not swallow this one.
    if (file.size() > 0) {
        QFile tail(m_path);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(file.size() - 1) && tail.read(1) != "\n")
            file.write("\n");
    }
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return tr("%1 was not changed: %2").arg(described, file.errorString());
    return {};
}

QString HistoryLog::rotateIfFull() const
{
    if (QFileInfo(m_path).size() < m_maxBytes)
        return {};
    QFile::remove(rotatedPath());
    if (!QFile::rename(m_path, rotatedPath()))
        return tr("The full history %1 could not be moved to %2.")
            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(rotatedPath()));
    return {};
}

HistoryLog::Read HistoryLog::read(const Filter &filter) const
{
    Read read;
    readFile(rotatedPath(), filter, read);
    readFile(m_path, filter, read);
    return read;
}

void HistoryLog::readFile(const QString &path, const Filter &filter, Read &read) const
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        read.error =
            tr("The history %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return;
    }
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const auto entry = document.isObject() ? HistoryEntry::fromJson(document.object()) : std::nullopt;
        if (!entry) {
            read.damaged << tr("Line %1 of %2 is damaged and was skipped.")
                                .arg(number)
                                .arg(QDir::toNativeSeparators(path));
            continue;
        }
        if (filter.matches(*entry))
            read.entries.append(*entry);
    }
}

} // namespace PortalKeys::History
