#include "apikeys/ApiKeyTableModel.h"

#include "apikeys/ApiKeyPermissions.h"

#include <QLocale>

namespace PortalKeys::ApiKeys {

namespace {

QString shortDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString longTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

ApiKeyTableModel::ApiKeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ApiKeyTableModel::setKeys(const QList<ApiKey> &keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

const ApiKey *ApiKeyTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int ApiKeyTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id.compare(id, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void ApiKeyTableModel::upsert(const ApiKey &key)
{
    const int row = rowOf(key.id);
    if (row >= 0) {
        m_keys[row] = key;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_keys.prepend(key);
    endInsertRows();
}

void ApiKeyTableModel::removeKey(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    endRemoveRows();
}

void ApiKeyTableModel::setWarningDays(int days)
{
    m_warningDays = qMax(0, days);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

void ApiKeyTableModel::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

QDateTime ApiKeyTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int ApiKeyTableModel::expiringCount() const
{
    const QDateTime moment = now();
    int count = 0;
    for (const ApiKey &key : m_keys)
        count += key.expiry(moment, m_warningDays) == ApiKey::Expiry::Soon;
    return count;
}

int ApiKeyTableModel::expiredCount() const
{
    const QDateTime moment = now();
    int count = 0;
    for (const ApiKey &key : m_keys)
        count += key.isExpired(moment);
    return count;
}

int ApiKeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiKeyTableModel::text(const ApiKey &key, int column) const
{
    switch (column) {
    case Name:
        return key.name;
    case Key:
        return key.maskedKey();
    case Permissions:
        return key.permissionsText();
    case Created:
        return key.createdOn.isValid() ? shortDate(key.createdOn) : QString();
    case CreatedBy:
        return key.createdBy;
    case LastUsed:
        return key.lastUsed.isValid() ? shortDate(key.lastUsed) : tr("never");
    case Expires: {
        const QDateTime moment = now();
        if (!key.expiresAt.isValid())
            return tr("never");
        if (key.isExpired(moment))
            return tr("Expired %1").arg(shortDate(key.expiresAt));
        return tr("%1 (%2)").arg(shortDate(key.expiresAt), key.expiryText(moment));
    }
    case Active:
        return key.isExpired(now()) ? tr("Off (expired)") : key.isActive ? tr("On") : tr("Off");
    }
    return {};
}

QString ApiKeyTableModel::toolTip(const ApiKey &key, int column) const
{
    switch (column) {
    case Key:
        return tr("The portal shows only the last four characters of a key after it was made.");
    case Permissions: {
        QStringList lines;
        for (const QString &permission :
             key.permissions.isEmpty() ? QStringList{ApiKeyPermissions::all()} : key.permissions)
            lines.append(
                QStringLiteral("%1 — %2").arg(permission, ApiKeyPermissions::scopeDescription(permission)));
        return lines.join(QLatin1Char('\n'));
    }
    case Created:
        return key.createdOn.isValid() ? longTime(key.createdOn) : QString();
    case LastUsed:
        return key.lastUsed.isValid() ? longTime(key.lastUsed) : tr("Not used since it was made.");
    case Expires:
        if (!key.expiresAt.isValid())
            return tr("This key never expires.");
        return key.isExpired(now())
                   ? tr("Expired %1 (%2). The portal no longer accepts it.")
                         .arg(longTime(key.expiresAt), key.expiryText(now()))
                   : tr("Expires %1 (%2).").arg(longTime(key.expiresAt), key.expiryText(now()));
    case Active:
        return key.isActive ? tr("The portal accepts this key.")
                            : tr("Switched off: the portal refuses this key until it is switched on.");
    }
    return text(key, column);
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const
{
    const ApiKey *key = index.isValid() ? keyAt(index.row()) : nullptr;
    if (!key)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*key, index.column());
    case Qt::ToolTipRole:
        return toolTip(*key, index.column());
    case IdRole:
        return key->id;
    case ExpiryRole:
        return int(key->expiry(now(), m_warningDays));
    case ActiveRole:
        return key->isActive;
    }
    return {};
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Key:
        return tr("Key");
    case Permissions:
        return tr("Permissions");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("By");
    case LastUsed:
        return tr("Last used");
    case Expires:
        return tr("Expires");
    case Active:
        return tr("Active");
    }
    return {};
}

} // namespace PortalKeys::ApiKeys
