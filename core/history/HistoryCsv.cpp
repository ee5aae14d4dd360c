#include "history/HistoryCsv.h"

#include <QStringList>

namespace PortalKeys::History {

namespace {

const QString lineEnd = QStringLiteral("\r\n");

QString joined(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << HistoryCsv::field(value);
    return quoted.join(QLatin1Char(','));
}

} // namespace

QString HistoryCsv::field(const QString &value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString HistoryCsv::header()
{
    // Column names are for programs as much as for people: fixed, not translated.
    return QStringLiteral("time,source,portal,host,user,area,action,subject,keys,result,reason");
}

QString HistoryCsv::row(const HistoryEntry &entry)
{
    const bool portal = entry.origin == HistoryEntry::Origin::Portal;
    const QString result =
        portal ? QStringLiteral("recorded") : (entry.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    return joined({entry.time.toUTC().toString(Qt::ISODate),
                   portal ? QStringLiteral("portal") : QStringLiteral("local"), entry.portal, entry.host,
                   entry.user, HistoryEntry::areaName(entry.area), entry.action, entry.subject,
                   entry.keys.join(QStringLiteral("; ")), result, entry.reason});
}

QString HistoryCsv::document(const QList<HistoryEntry> &entries)
{
    QString text = header() + lineEnd;
    for (const HistoryEntry &entry : entries)
        text += row(entry) + lineEnd;
    return text;
}

} // namespace PortalKeys::History
