// The history as a table (newest first, local time, areas and sources in words) and as CSV (header, quoting,
// formulas kept as text).
#include "history/HistoryCsv.h"
#include "history/HistoryEntry.h"
#include "history/HistoryTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using PortalKeys::History::HistoryCsv;
using PortalKeys::History::HistoryEntry;
using PortalKeys::History::HistoryTableModel;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

HistoryEntry entry(const QDateTime &time, const QString &subject,
                   HistoryEntry::Area area = HistoryEntry::Area::Keys)
{
    HistoryEntry made;
    made.time = time;
    made.portal = QStringLiteral("prod");
    made.host = QStringLiteral("docspace.example.com");
    made.user = QStringLiteral("admin@example.com");
    made.area = area;
    made.action = QStringLiteral("saved");
    made.subject = subject;
    made.keys = {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")};
    return made;
}

} // namespace

class TestHistoryTableModel : public QObject {
    Q_OBJECT

private slots:
    void newestFirst()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model);
        const QDateTime base = utc("2026-03-01T10:00:00Z");
        model.setEntries({entry(base, QStringLiteral("old")), entry(base.addDays(2), QStringLiteral("new")),
                          entry(base.addDays(1), QStringLiteral("middle"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(HistoryTableModel::ColumnCount));
        QCOMPARE(model.index(0, HistoryTableModel::Subject).data().toString(), QStringLiteral("new"));
        QCOMPARE(model.index(2, HistoryTableModel::Subject).data().toString(), QStringLiteral("old"));
        QCOMPARE(model.index(0, HistoryTableModel::Time).data().toString(),
                 base.addDays(2).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.headerData(HistoryTableModel::Source, Qt::Horizontal).toString(),
                 QStringLiteral("Source"));
    }

    void sameSecondKeepsWrittenOrderReversed()
    {
        HistoryTableModel model;
        const QDateTime when = utc("2026-03-01T10:00:00Z");
        model.setEntries({entry(when, QStringLiteral("first")), entry(when, QStringLiteral("second"))});
        QCOMPARE(model.index(0, HistoryTableModel::Subject).data().toString(), QStringLiteral("second"));
    }

    void columnsInWords()
    {
        HistoryTableModel model;
        HistoryEntry failed = entry(QDateTime::currentDateTimeUtc(), QStringLiteral("google"));
        failed.ok = false;
        failed.reason = QStringLiteral("Bad keys.");
        HistoryEntry audit = entry(QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("My app"),
                                   HistoryEntry::Area::OAuthApp);
        audit.origin = HistoryEntry::Origin::Portal;
        model.setEntries({audit, failed});
        QCOMPARE(model.index(0, HistoryTableModel::Result).data().toString(),
                 QStringLiteral("failed: Bad keys."));
        QCOMPARE(model.index(0, HistoryTableModel::Keys).data().toString(),
                 QStringLiteral("googleClientId, googleClientSecret"));
        QCOMPARE(model.index(0, HistoryTableModel::Area).data().toString(),
                 QStringLiteral("Authorization keys"));
        QCOMPARE(model.index(0, HistoryTableModel::Source).data().toString(), QStringLiteral("PortalKeys"));
        QCOMPARE(model.index(0, HistoryTableModel::Result).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Bad keys."));
        QCOMPARE(model.index(0, HistoryTableModel::Portal).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("docspace.example.com"));
        QCOMPARE(model.index(0, HistoryTableModel::Keys).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("googleClientId, googleClientSecret"));
        QCOMPARE(model.index(1, HistoryTableModel::Source).data().toString(), QStringLiteral("Portal audit"));
        QCOMPARE(model.index(1, HistoryTableModel::Area).data().toString(), QStringLiteral("OAuth apps"));
        QCOMPARE(model.index(1, HistoryTableModel::Result).data().toString(),
                 QStringLiteral("recorded by the portal"));
        QVERIFY(!model.index(0, 0).data(HistoryTableModel::EntryOkRole).toBool());
    }

    void areaFilter()
    {
        const HistoryEntry apiKey =
            entry(QDateTime::currentDateTimeUtc(), QStringLiteral("ci"), HistoryEntry::Area::ApiKey);
        QVERIFY(HistoryTableModel::matchesArea(apiKey, std::nullopt));
        QVERIFY(HistoryTableModel::matchesArea(apiKey, HistoryEntry::Area::ApiKey));
        QVERIFY(!HistoryTableModel::matchesArea(apiKey, HistoryEntry::Area::Bundle));
        QCOMPARE(HistoryTableModel::areas().size(), 4);
        for (HistoryEntry::Area area : HistoryTableModel::areas())
            QVERIFY(!HistoryTableModel::areaTitle(area).isEmpty());
    }

    void csvQuoting()
    {
        QCOMPARE(HistoryCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(HistoryCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(HistoryCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(HistoryCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(HistoryCsv::field(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
        QCOMPARE(HistoryCsv::field(QStringLiteral("@a,b")), QStringLiteral("\"'@a,b\""));
        QCOMPARE(HistoryCsv::field(QString()), QString());
    }

    void csvDocument()
    {
        HistoryEntry failed = entry(utc("2026-03-01T10:00:05Z"), QStringLiteral("google, inc"));
        failed.ok = false;
        failed.reason = QStringLiteral("Bad keys.");
        const QString csv = HistoryCsv::document({failed});
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.last().isEmpty());
        QCOMPARE(lines.at(0), HistoryCsv::header());
        QCOMPARE(lines.at(1), QStringLiteral("2026-03-01T10:00:05Z,local,prod,docspace.example.com,"
                                             "admin@example.com,keys,saved,\"google, inc\","
                                             "googleClientId; googleClientSecret,failed,Bad keys."));
        QCOMPARE(HistoryCsv::header().count(QLatin1Char(',')), lines.at(1).count(QLatin1Char(',')) - 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryTableModel)
#include "tst_historytablemodel.moc"
