// The Apply dialog with several portals at once, offscreen against one simulator process serving three
// portals: each portal's rows show as soon as it is done, in the place the portal has in the list, while a
// slow one still runs; Cancel stops the rest and keeps what was shown. Secrets live in a MemorySecretStore,
// the drafts in a temporary file.
#include "thirdparty/ApplyDialog.h"
#include "thirdparty/ApplyReport.h"

#include "drafts/DraftStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/PortalSimulator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using AuthService::KeyApplier;
using Portal::PortalProfile;
using Testing::PortalSimulator;

namespace {

constexpr int timeoutMs = 15000;
const QString authservice = QStringLiteral("/api/2.0/settings/authservice");

} // namespace

class TestApplyDialog : public QObject {
    Q_OBJECT

private:
    PortalSimulator m_simulator;
    QString m_problem;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    QList<PortalProfile> m_profiles;
    QString m_draftId;

    template <typename Call> void waitFor(Call call)
    {
        bool done = false;
        QObject context;
        call(&context, [&done] { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, timeoutMs));
    }

    std::unique_ptr<ApplyDialog> dialog()
    {
        auto result =
            std::make_unique<ApplyDialog>(m_store.get(), m_dir->filePath(QStringLiteral("drafts.json")),
                                          m_profiles, ApplyDialog::BundleChooser());
        QStringList ids;
        for (const PortalProfile &profile : std::as_const(m_profiles))
            ids << profile.id;
        result->setChecked({m_draftId}, ids);
        return result;
    }

    static QStringList portalsShown(const ApplyDialog &dialog)
    {
        QStringList portals;
        auto *report = dialog.findChild<QTreeWidget *>(QStringLiteral("applyReport"));
        for (int row = 0; row < report->topLevelItemCount(); ++row)
            portals << report->topLevelItem(row)->text(ApplyReport::PortalColumn);
        return portals;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the history goes to the test paths
        m_problem = m_simulator.start({{QStringLiteral("--portals"), QStringLiteral("3")}, false});
    }

    void init()
    {
        if (!m_problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator unavailable: ") + m_problem));
        for (int index = 0; index < 3; ++index)
            m_simulator.resetAt(index);
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<MemorySecretStore>();
        m_profiles.clear();
        for (const QString &name :
             {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}) {
            const PortalProfile profile = PortalProfile::create(
                name, m_simulator.httpUrl(int(m_profiles.size())), Portal::CredentialKind::ApiKey);
            waitFor([&](QObject *context, auto done) {
                m_store->write(profile.secretKey(Portal::SecretSlot::ApiKey), PortalSimulator::fullApiKey(),
                               context, [done](const SecretError &) { done(); });
            });
            m_profiles.append(profile);
        }
        Drafts::Draft draft =
            Drafts::Draft::create(Catalog::Product::DocSpace, QStringLiteral("dropbox"),
                                  {QStringLiteral("dropboxClientId"), QStringLiteral("dropboxClientSecret")});
        m_draftId = draft.id;
        waitFor([&](QObject *context, auto done) {
            Drafts::DraftStore(m_dir->filePath(QStringLiteral("drafts.json")))
                .saveDraft(draft,
                           {{QStringLiteral("dropboxClientId"), "dropbox-app-key"},
                            {QStringLiteral("dropboxClientSecret"), "dropbox-app-secret"}},
                           *m_store, context, [done](const QString &) { done(); });
        });
    }

    void rowsShowAsEachPortalIsDoneInTheListsOrder()
    {
        m_simulator.addFaultAt(0, {{QStringLiteral("method"), QStringLiteral("GET")},
                                   {QStringLiteral("path"), authservice},
                                   {QStringLiteral("delay"), 2.0}});
        m_simulator.addFaultAt(2, {{QStringLiteral("method"), QStringLiteral("GET")},
                                   {QStringLiteral("path"), authservice},
                                   {QStringLiteral("status"), 403}});
        const auto applyDialog = dialog();
        applyDialog->checkChanges();
        QVERIFY(applyDialog->isBusy());
        // The slow first portal still runs; the other two are shown already, in their places.
        QTRY_COMPARE_WITH_TIMEOUT(portalsShown(*applyDialog),
                                  QStringList({QStringLiteral("second"), QStringLiteral("third")}),
                                  timeoutMs);
        QVERIFY(applyDialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!applyDialog->isBusy(), timeoutMs);
        QCOMPARE(portalsShown(*applyDialog),
                 QStringList({QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
        const QList<KeyApplier::Row> rows = applyDialog->rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).outcome, KeyApplier::Outcome::WouldApply);
        QCOMPARE(rows.at(1).outcome, KeyApplier::Outcome::WouldApply);
        QCOMPARE(rows.at(2).outcome, KeyApplier::Outcome::Refused);
    }

    void cancelStopsTheRestAndKeepsWhatWasShown()
    {
        m_simulator.addFaultAt(1, {{QStringLiteral("method"), QStringLiteral("GET")},
                                   {QStringLiteral("path"), authservice},
                                   {QStringLiteral("hang"), true}});
        const auto applyDialog = dialog();
        applyDialog->checkChanges();
        QTRY_COMPARE_WITH_TIMEOUT(portalsShown(*applyDialog).size(), 2, timeoutMs);
        QVERIFY(applyDialog->isBusy());
        applyDialog->cancelOperation();
        QVERIFY(!applyDialog->isBusy());
        QCOMPARE(portalsShown(*applyDialog), QStringList({QStringLiteral("first"), QStringLiteral("third")}));
        QTest::qWait(300);
        QCOMPARE(portalsShown(*applyDialog).size(), 2);
    }
};

QTEST_MAIN(TestApplyDialog)
#include "tst_applydialog.moc"
