// Appends COUNT history lines as PortalKeys does (HistoryLog::append), for tst_clihistory's test of many
// processes writing at once: portalkeys_historywriter PATH COUNT TAG
#include "history/HistoryLog.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4)
        return 2;
    const PortalKeys::History::HistoryLog log(arguments.at(1));
    const int count = arguments.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        PortalKeys::History::HistoryEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.portal = QStringLiteral("concurrency");
        entry.action = QStringLiteral("saved");
        entry.subject = QStringLiteral("%1-%2").arg(arguments.at(3)).arg(i);
        if (const QString problem = log.append(entry); !problem.isEmpty()) {
            QTextStream(stderr) << problem << Qt::endl;
            return 1;
        }
    }
    return 0;
}
