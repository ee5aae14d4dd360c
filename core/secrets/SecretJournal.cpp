#include "secrets/SecretJournal.h"

#include "common/ListFile.h"
#include "common/RunningProcess.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QSysInfo>

namespace PortalKeys {

namespace {

ListFile listFile(const QString &path)
{
    return ListFile(path, QStringLiteral("keys"), SecretJournal::formatVersion,
                    SecretJournal::tr("The keychain journal %1").arg(path));
}

} // namespace

bool SecretJournal::Record::writerEnded() const
{
    if (!time.isValid() || time.secsTo(QDateTime::currentDateTimeUtc()) > maxAgeSeconds)
        return true;
    if (host != QSysInfo::machineHostName())
        return false;
    const QByteArray currentBoot = QSysInfo::bootUniqueId();
    if (!boot.isEmpty() && !currentBoot.isEmpty() && boot != currentBoot)
        return true;
    return !processIsRunning(pid);
}

QJsonObject SecretJournal::Record::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("host"), host},
            {QStringLiteral("boot"), QString::fromLatin1(boot)},
            {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)}};
}

std::optional<SecretJournal::Record> SecretJournal::Record::fromJson(const QJsonObject &json)
{
    Record record;
    record.key = json.value(QLatin1String("key")).toString();
    record.pid = json.value(QLatin1String("pid")).toInteger();
    record.host = json.value(QLatin1String("host")).toString();
    record.boot = json.value(QLatin1String("boot")).toString().toLatin1();
    record.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    record.time.setTimeSpec(Qt::UTC);
    if (record.key.isEmpty())
        return std::nullopt;
    return record;
}

bool SecretJournal::Record::operator==(const Record &other) const
{
    return key == other.key && pid == other.pid && host == other.host && boot == other.boot &&
           time == other.time;
}

SecretJournal::SecretJournal(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString SecretJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/keychain-journal.json");
}

bool SecretJournal::covers(const QString &key)
{
    return key.startsWith(QLatin1String("portal/")) || key.startsWith(QLatin1String("draft/"));
}

QString SecretJournal::record(const QStringList &keys) const
{
    Record mine;
    mine.pid = QCoreApplication::applicationPid();
    mine.host = QSysInfo::machineHostName();
    mine.boot = QSysInfo::bootUniqueId();
    // Whole milliseconds, as written: the record must compare equal after a round trip.
    mine.time = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QStringList covered;
    for (const QString &key : keys) {
        if (covers(key) && !covered.contains(key))
            covered.append(key);
    }
    if (covered.isEmpty())
        return {};
    return listFile(m_path)
        .update([&](QJsonArray &entries) {
            // One record per key and process is enough: the newest time replaces the older one.
            for (qsizetype i = entries.size() - 1; i >= 0; --i) {
                const QJsonObject entry = entries.at(i).toObject();
                if (entry.value(QLatin1String("pid")).toInteger() == mine.pid &&
                    entry.value(QLatin1String("host")).toString() == mine.host &&
                    covered.contains(entry.value(QLatin1String("key")).toString()))
                    entries.removeAt(i);
            }
            for (const QString &key : std::as_const(covered)) {
                Record record = mine;
                record.key = key;
                entries.append(record.toJson());
            }
            return QString();
        })
        .error;
}

SecretJournal::Read SecretJournal::read() const
{
    const ListFile::Read file = listFile(m_path).read();
    if (!file.ok())
        return {{}, file.error};
    Read result;
    for (const QJsonValue &entry : file.entries) {
        if (std::optional<Record> record = Record::fromJson(entry.toObject()))
            result.records.append(*record);
    }
    return result;
}

QString SecretJournal::forget(const QList<Record> &records) const
{
    if (records.isEmpty())
        return {};
    return listFile(m_path)
        .update([&records](QJsonArray &entries) {
            for (qsizetype i = entries.size() - 1; i >= 0; --i) {
                const std::optional<Record> record = Record::fromJson(entries.at(i).toObject());
                if (!record || records.contains(*record))
                    entries.removeAt(i);
            }
            return QString();
        })
        .error;
}

} // namespace PortalKeys
