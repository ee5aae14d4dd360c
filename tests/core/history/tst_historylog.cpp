// The local change history (core/history): lines written and read back, filters, rotation by size, damaged
// lines skipped and reported, and the portal's audit events in the same shape.
#include "history/AuditTrail.h"
#include "history/HistoryEntry.h"
#include "history/HistoryLog.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using PortalKeys::History::AuditTrail;
using PortalKeys::History::HistoryEntry;
using PortalKeys::History::HistoryLog;

namespace {

HistoryEntry entry(const QString &portal, const QDateTime &time,
                   const QString &subject = QStringLiteral("google"))
{
    HistoryEntry made;
    made.time = time;
    made.portal = portal;
    made.host = QStringLiteral("docspace.example.com");
    made.user = QStringLiteral("admin@example.com");
    made.area = HistoryEntry::Area::Keys;
    made.action = QStringLiteral("saved");
    made.subject = subject;
    made.keys = {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")};
    return made;
}

} // namespace

class TestHistoryLog : public QObject {
    Q_OBJECT

private slots:
    void entryRoundTrip()
    {
        HistoryEntry failed = entry(QStringLiteral("prod"), QDateTime::currentDateTimeUtc());
        failed.ok = false;
        failed.reason = HistoryEntry::shortReason(QStringLiteral("Bad keys. The portal tested them.  More."));
        QCOMPARE(failed.reason, QStringLiteral("Bad keys."));
        const auto back = HistoryEntry::fromJson(failed.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), failed.toJson());
        QCOMPARE(back->keys, failed.keys);
        QVERIFY(!back->ok);
        QVERIFY(!HistoryEntry::fromJson(QJsonObject{{QStringLiteral("portal"), QStringLiteral("x")}}));
    }

    void appendReadAndFilter()
    {
        QTemporaryDir dir;
        const HistoryLog log(dir.filePath(QStringLiteral("history.jsonl")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(log.append(entry(QStringLiteral("prod"), now.addDays(-3))), QString());
        QCOMPARE(log.append(entry(QStringLiteral("Test"), now)), QString());
        QCOMPARE(log.read().entries.size(), 2);
        HistoryLog::Filter byPortal;
        byPortal.portal = QStringLiteral("test");
        QCOMPARE(log.read(byPortal).entries.size(), 1);
        HistoryLog::Filter since;
        since.since = now.date().addDays(-1);
        QCOMPARE(log.read(since).entries.size(), 1);
        QCOMPARE(QFile(log.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void damagedLinesAreSkippedAndReported()
    {
        QTemporaryDir dir;
        const HistoryLog log(dir.filePath(QStringLiteral("history.jsonl")));
        QCOMPARE(log.append(entry(QStringLiteral("prod"), QDateTime::currentDateTimeUtc())), QString());
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"not a time\"}\n{broken");
        file.close();
        // The next line starts on a line of its own, after the half-written one.
        QCOMPARE(log.append(entry(QStringLiteral("prod"), QDateTime::currentDateTimeUtc())), QString());
        const HistoryLog::Read read = log.read();
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.damaged.size(), 2);
        QVERIFY(read.damaged.first().contains(QLatin1String("Line 2")));
    }

    void rotatesBySizeKeepingOneOldFile()
    {
        QTemporaryDir dir;
        const HistoryLog log(dir.filePath(QStringLiteral("history.jsonl")), 2000);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 40; ++i)
            QCOMPARE(log.append(entry(QStringLiteral("prod"), now, QString::number(i))), QString());
        QVERIFY(QFile::exists(log.rotatedPath()));
        QCOMPARE(log.rotatedPath(), dir.filePath(QStringLiteral("history.1.jsonl")));
        QVERIFY(QFileInfo(log.path()).size() < 2000 + 400);
        const QList<HistoryEntry> entries = log.read().entries;
        QVERIFY(entries.size() < 40);
        QCOMPARE(entries.last().subject, QStringLiteral("39"));
        // Oldest first across both files.
        for (int i = 1; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).subject.toInt(), entries.at(i - 1).subject.toInt() + 1);
    }

    void auditEventsBecomeEntries()
    {
        const QJsonObject event{
            {QStringLiteral("id"), 7},
            {QStringLiteral("date"), QStringLiteral("2026-03-01T10:20:30.1234560+02:00")},
            {QStringLiteral("user"), QStringLiteral("Ada Admin")},
            {QStringLiteral("action"), QStringLiteral("User Api Key Created: sk-***abcd")},
            {QStringLiteral("actionId"), 6058}};
        const auto made = AuditTrail::entryFromEvent(event, QStringLiteral("prod"), QStringLiteral("h"));
        QVERIFY(made);
        QCOMPARE(made->time, QDateTime(QDate(2026, 3, 1), QTime(8, 20, 30, 123), Qt::UTC));
        QCOMPARE(made->area, HistoryEntry::Area::ApiKey);
        QCOMPARE(made->action, QStringLiteral("created"));
        QCOMPARE(made->origin, HistoryEntry::Origin::Portal);
        QCOMPARE(made->portalActionId, 6058);
        QJsonObject other = event;
        other.insert(QStringLiteral("actionId"), 5000); // a file created: not PortalKeys' business
        QVERIFY(!AuditTrail::entryFromEvent(other, QStringLiteral("prod"), QStringLiteral("h")));
        QVERIFY(AuditTrail::actionIds().contains(5038));
    }
};

QTEST_GUILESS_MAIN(TestHistoryLog)
#include "tst_historylog.moc"
