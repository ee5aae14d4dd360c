#include "HelpFormatter.h"

#include <QCoreApplication>

#include <algorithm>

namespace PortalKeys::Cli {

namespace {

constexpr int maxFirstColumn = 30;

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

} // namespace

HelpFormatter &HelpFormatter::usage(const QString &line)
{
    m_text +=
        (m_hasUsage ? QStringLiteral("       ") : QCoreApplication::translate("HelpFormatter", "Usage: ")) +
        line + QLatin1Char('\n');
    m_hasUsage = true;
    return *this;
}

HelpFormatter &HelpFormatter::paragraph(const QString &text)
{
    m_text += QLatin1Char('\n') + text + QLatin1Char('\n');
    return *this;
}

HelpFormatter &HelpFormatter::section(const QString &title, const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, std::min(static_cast<int>(row.first.size()), maxFirstColumn));
    m_text += QLatin1Char('\n') + title + QLatin1Char('\n');
    for (const auto &row : rows) {
        QString line = QStringLiteral("  ") + row.first;
        if (row.first.size() > maxFirstColumn)
            line += QLatin1Char('\n') + QString(width + 2, QLatin1Char(' '));
        else
            line += QString(width - row.first.size(), QLatin1Char(' '));
        m_text += line + QStringLiteral("  ") + row.second + QLatin1Char('\n');
    }
    return *this;
}

HelpFormatter &HelpFormatter::options(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options)
        rows.append({optionNames(option), option.description()});
    rows.append(
        {QStringLiteral("-h, --help"), QCoreApplication::translate("HelpFormatter", "Show this help.")});
    return section(QCoreApplication::translate("HelpFormatter", "Options:"), rows);
}

} // namespace PortalKeys::Cli
