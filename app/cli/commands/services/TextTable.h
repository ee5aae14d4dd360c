#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::Cli {

// Left-aligned columns for terminal output: a header row, then one row per line, without trailing spaces.
class TextTable {
public:
    explicit TextTable(const QStringList &header);

    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.size() <= 1; }
    QString text() const;

private:
    QList<QStringList> m_rows;
};

} // namespace PortalKeys::Cli
