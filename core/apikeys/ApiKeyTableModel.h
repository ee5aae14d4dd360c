#pragma once

#include "apikeys/ApiKey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace PortalKeys::ApiKeys {

// A portal's API keys as a table: name, masked key, permissions, created, by, last used, expires, active.
// Which keys expire soon or have expired is a role of its own (ExpiryRole), so that a view can colour them
// from its palette; the texts say it too ("expired 2 days ago").
class ApiKeyTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Key, Permissions, Created, CreatedBy, LastUsed, Expires, Active, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ExpiryRole, // int(ApiKey::Expiry) of the row's key
        ActiveRole, // bool
    };

    explicit ApiKeyTableModel(QObject *parent = nullptr);

    void setKeys(const QList<ApiKey> &keys);
    const QList<ApiKey> &keys() const { return m_keys; }
    // The key of `row`, or nullptr.
    const ApiKey *keyAt(int row) const;
    // The row of the key with this ID, or -1.
    int rowOf(const QString &id) const;
    // Replaces the key with the same ID (or adds it at the top) and tells the views.
    void upsert(const ApiKey &key);
    void removeKey(const QString &id);

    // Keys expiring within this many days count as "expiring soon" (default ApiKey::defaultWarningDays).
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }
    // The moment expiry is judged against; invalid (the default): the current time at each question.
    void setReferenceTime(const QDateTime &now);
    QDateTime now() const;
    // How many keys expire within the warning period or have expired.
    int expiringCount() const;
    int expiredCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ApiKey &key, int column) const;
    QString toolTip(const ApiKey &key, int column) const;

    QList<ApiKey> m_keys;
    int m_warningDays = ApiKey::defaultWarningDays;
    QDateTime m_now;
};

} // namespace PortalKeys::ApiKeys
