// Drives the History dialog offscreen: the local history file written with HistoryLog in the test's data
// folder, shown newest first; the portal, area and since filters; the portal's audit trail beside it and,
// when the portal refuses (not an admin), the reason with the local rows kept; damaged lines noted; and
// Export CSV… writing the header and the rows shown.
#include "history/HistoryDialog.h"
#include "widgets/VerdictBanner.h"

#include "history/HistoryCsv.h"
#include "history/HistoryLog.h"
#include "history/HistoryTableModel.h"
#include "portal/PortalListModel.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/GuiTestFixture.h"
#include "support/WidgetLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using History::HistoryEntry;
using History::HistoryLog;
using History::HistoryTableModel;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Portal::SecretSlot;
using Testing::child;
using Testing::networkTimeoutMs;
using Testing::PortalSimulator;

namespace {

HistoryEntry entry(const QString &portal, int daysAgo, HistoryEntry::Area area, const QString &subject)
{
    HistoryEntry made;
    made.time = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    made.portal = portal;
    made.host = QStringLiteral("docspace.example.com");
    made.user = QStringLiteral("admin@example.com");
    made.area = area;
    made.action = QStringLiteral("saved");
    made.subject = subject;
    made.keys = {QStringLiteral("googleClientId")};
    return made;
}

QStringList subjects(const HistoryTableModel *model)
{
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, HistoryTableModel::Subject).data().toString();
    return shown;
}

} // namespace

class TestHistoryDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture.start(); }

    void init()
    {
        m_fixture.init();
        QFile::remove(HistoryLog::defaultPath());
        QFile::remove(HistoryLog().rotatedPath());
        const HistoryLog log;
        using A = HistoryEntry::Area;
        QCOMPARE(log.append(entry(QStringLiteral("sim"), 40, A::Keys, QStringLiteral("ancient"))), QString());
        QCOMPARE(log.append(entry(QStringLiteral("sim"), 5, A::Keys, QStringLiteral("google"))), QString());
        QCOMPARE(log.append(entry(QStringLiteral("other"), 3, A::ApiKey, QStringLiteral("ci key"))),
                 QString());
        QCOMPARE(log.append(entry(QStringLiteral("sim"), 1, A::OAuthApp, QStringLiteral("My app"))),
                 QString());
        m_fixture.addSimulatorUser(QStringLiteral("sim"), PortalSimulator::adminEmail(),
                                   PortalSimulator::adminPassword());
        m_fixture.addSimulatorUser(QStringLiteral("asuser"), PortalSimulator::userEmail(),
                                   PortalSimulator::userPassword());
        m_portals = std::make_unique<Portal::PortalListModel>(m_fixture.profilesPath());
        m_dialog = std::make_unique<HistoryDialog>(m_fixture.store(), m_portals.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_portals.reset();
        m_fixture.cleanup();
        QFile::remove(HistoryLog::defaultPath());
    }

    void showsRecentEntriesNewestFirst()
    {
        // "ancient" is older than the 30 days shown by default.
        QCOMPARE(subjects(m_dialog->model()),
                 QStringList({QStringLiteral("My app"), QStringLiteral("ci key"), QStringLiteral("google")}));
        QCOMPARE(child<QTableView>(m_dialog.get(), QStringLiteral("historyTable"))->model(),
                 m_dialog->model());
        QVERIFY(!child<QCheckBox>(m_dialog.get(), QStringLiteral("includeAudit"))->isEnabled());
        QVERIFY(child<QLabel>(m_dialog.get(), QStringLiteral("historyNote"))->isHidden());
    }

    void filtersByPortalAreaAndSince()
    {
        auto *portal = child<QComboBox>(m_dialog.get(), QStringLiteral("portalFilter"));
        QCOMPARE(portal->count(), 3); // All portals, sim, asuser
        portal->setCurrentIndex(portal->findText(QStringLiteral("sim")));
        QCOMPARE(subjects(m_dialog->model()),
                 QStringList({QStringLiteral("My app"), QStringLiteral("google")}));
        QVERIFY(child<QCheckBox>(m_dialog.get(), QStringLiteral("includeAudit"))->isEnabled());

        auto *area = child<QComboBox>(m_dialog.get(), QStringLiteral("areaFilter"));
        area->setCurrentIndex(area->findText(QStringLiteral("Authorization keys")));
        QCOMPARE(subjects(m_dialog->model()), QStringList({QStringLiteral("google")}));

        child<QDateEdit>(m_dialog.get(), QStringLiteral("sinceFilter"))
            ->setDate(QDate::currentDate().addDays(-60));
        QCOMPARE(subjects(m_dialog->model()),
                 QStringList({QStringLiteral("google"), QStringLiteral("ancient")}));

        portal->setCurrentIndex(0);
        area->setCurrentIndex(area->findText(QStringLiteral("API keys")));
        QCOMPARE(subjects(m_dialog->model()), QStringList({QStringLiteral("ci key")}));
    }

    void damagedLinesAreNoted()
    {
        QFile file(HistoryLog::defaultPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{not json\n");
        file.close();
        m_dialog->refresh();
        auto *note = child<QLabel>(m_dialog.get(), QStringLiteral("historyNote"));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("1")), qPrintable(note->text()));
        QVERIFY(note->toolTip().contains(QStringLiteral("Line 5")));
        QCOMPARE(m_dialog->model()->rowCount(), 3);
    }

    void exportsCsv()
    {
        const QString path = m_fixture.filePath(QStringLiteral("history.csv"));
        QString suggested;
        m_dialog->setSaveFileChooser([&suggested, path](const QString &name) {
            suggested = name;
            return path;
        });
        child<QPushButton>(m_dialog.get(), QStringLiteral("exportCsv"))->click();
        QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last line end
        QCOMPARE(lines.at(0), History::HistoryCsv::header());
        QVERIFY(lines.at(1).contains(QStringLiteral(",My app,")));
        QVERIFY(lines.at(3).contains(QStringLiteral(",sim,")));
        auto *banner = child<VerdictBanner>(m_dialog.get(), QStringLiteral("historyBanner"));
        QCOMPARE(banner->state(), VerdictBanner::State::Valid);
    }

    void auditTrailBesideLocalRows()
    {
        REQUIRE_SIMULATOR(m_fixture);
        auto *portal = child<QComboBox>(m_dialog.get(), QStringLiteral("portalFilter"));
        portal->setCurrentIndex(portal->findText(QStringLiteral("sim")));
        child<QCheckBox>(m_dialog.get(), QStringLiteral("includeAudit"))->setChecked(true);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, networkTimeoutMs));
        auto *banner = child<VerdictBanner>(m_dialog.get(), QStringLiteral("historyBanner"));
        QVERIFY2(banner->state() != VerdictBanner::State::Invalid, qPrintable(banner->text()));
        QVERIFY(m_dialog->model()->rowCount() >= 2);
    }

    void refusedAuditTrailKeepsLocalRows()
    {
        REQUIRE_SIMULATOR(m_fixture);
        const HistoryLog log;
        QCOMPARE(
            log.append(entry(QStringLiteral("asuser"), 2, HistoryEntry::Area::Keys, QStringLiteral("mine"))),
            QString());
        auto *portal = child<QComboBox>(m_dialog.get(), QStringLiteral("portalFilter"));
        portal->setCurrentIndex(portal->findText(QStringLiteral("asuser")));
        child<QCheckBox>(m_dialog.get(), QStringLiteral("includeAudit"))->setChecked(true);
        QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, networkTimeoutMs));
        auto *banner = child<VerdictBanner>(m_dialog.get(), QStringLiteral("historyBanner"));
        QCOMPARE(banner->state(), VerdictBanner::State::Warning);
        QVERIFY2(banner->text().contains(QStringLiteral("admins")), qPrintable(banner->text()));
        QCOMPARE(subjects(m_dialog->model()), QStringList({QStringLiteral("mine")}));
    }

private:
    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<Portal::PortalListModel> m_portals;
    std::unique_ptr<HistoryDialog> m_dialog;
};

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
