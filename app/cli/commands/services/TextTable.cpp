#include "commands/services/TextTable.h"

#include <algorithm>

namespace PortalKeys::Cli {

TextTable::TextTable(const QStringList &header)
{
    m_rows.append(header);
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::text() const
{
    qsizetype columns = 0;
    for (const QStringList &row : m_rows)
        columns = std::max(columns, row.size());
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row.at(column);
            if (column + 1 < row.size())
                line += QString(widths[column] - row.at(column).size() + 2, QLatin1Char(' '));
        }
        // An empty last cell would otherwise leave the padding of the one before it.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace PortalKeys::Cli
