#pragma once

#include "history/HistoryEntry.h"

#include <QList>
#include <QString>

namespace PortalKeys::History {

// The history as CSV (RFC 4180, comma separated, CRLF line ends) for a spreadsheet: time in UTC (ISO 8601),
// source, portal, host, user, area, action, subject, keys, result and reason. A field that a spreadsheet
// would run as a formula (starting with =, +, -, @) is kept as text, since subjects and users come from the
// portal and anyone may have named them.
class HistoryCsv {
public:
    static QString header();
    static QString row(const HistoryEntry &entry);
    // The header and one row per entry, each line ending in CRLF.
    static QString document(const QList<HistoryEntry> &entries);
    // One field, quoted when it has a comma, a quote or a line break.
    static QString field(const QString &value);
};

} // namespace PortalKeys::History
