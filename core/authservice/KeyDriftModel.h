#pragma once

#include "authservice/KeyDrift.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace PortalKeys::AuthService {

// A drift check's result as a table: service, key, state, and the two values for keys that are no secret
// (only when the check was asked for values). The state is a role of its own (StateRole) so that a view can
// colour rows from its palette; the text says it too.
class KeyDriftModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Service, Key, State, Here, There, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(KeyDrift::State)
        SecretRole,                   // bool
        ServiceNameRole,              // the service's catalog name
    };

    explicit KeyDriftModel(QObject *parent = nullptr);

    void setResult(const KeyDrift::Result &result, const QString &hereLabel, const QString &thereLabel);
    const KeyDrift::Result &result() const { return m_result; }
    // The services with at least one key that is not the same on both sides, in table order.
    QStringList differingServices() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const KeyDrift::Row &row, int column) const;

    KeyDrift::Result m_result;
    QString m_hereLabel;
    QString m_thereLabel;
};

} // namespace PortalKeys::AuthService
