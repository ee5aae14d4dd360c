#include "authservice/KeyDriftModel.h"

namespace PortalKeys::AuthService {

KeyDriftModel::KeyDriftModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KeyDriftModel::setResult(const KeyDrift::Result &result, const QString &hereLabel,
                              const QString &thereLabel)
{
    beginResetModel();
    m_result = result;
    m_hereLabel = hereLabel;
    m_thereLabel = thereLabel;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Here, There);
}

QStringList KeyDriftModel::differingServices() const
{
    QStringList services;
    for (const KeyDrift::Row &row : m_result.rows) {
        if (row.state != KeyDrift::State::Same && !services.contains(row.service))
            services.append(row.service);
    }
    return services;
}

int KeyDriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int KeyDriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyDriftModel::text(const KeyDrift::Row &row, int column) const
{
    switch (column) {
    case Service:
        return row.serviceTitle.isEmpty() ? row.service : row.serviceTitle;
    case Key:
        return row.key;
    case State:
        return KeyDrift::stateText(row.state);
    case Here:
    case There: {
        const bool present =
            column == Here ? row.state != KeyDrift::State::OnlyThere : row.state != KeyDrift::State::OnlyHere;
        if (!present)
            return tr("(none)");
        if (row.secret)
            return tr("(secret)");
        const QString &value = column == Here ? row.hereValue : row.thereValue;
        // Values are filled only when the check was asked for them.
        return value.isEmpty() ? tr("(hidden)") : value;
    }
    default:
        return {};
    }
}

QVariant KeyDriftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.rows.size())
        return {};
    const KeyDrift::Row &row = m_result.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Service)
            return row.service;
        if (row.secret && (index.column() == Here || index.column() == There))
            return tr("Secret values are compared without being shown.");
        return {};
    case StateRole:
        return int(row.state);
    case SecretRole:
        return row.secret;
    case ServiceNameRole:
        return row.service;
    default:
        return {};
    }
}

QVariant KeyDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Key:
        return tr("Key");
    case State:
        return tr("State");
    case Here:
        return m_hereLabel.isEmpty() ? tr("Here") : m_hereLabel;
    case There:
        return m_thereLabel.isEmpty() ? tr("There") : m_thereLabel;
    default:
        return {};
    }
}

} // namespace PortalKeys::AuthService
