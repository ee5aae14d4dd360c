// The drift check of the Third-party page, offscreen against the portal simulator: a portal compared with the
// offline drafts and with itself, the secret that drifted reported without its value, values of non-secrets
// only when asked, the prepared keys of the services that differ handed to Apply, and a portal that cannot be
// reached. Secrets live in a MemorySecretStore; the portal list and the drafts in temporary files.
#include "thirdparty/CompareDialog.h"
#include "widgets/VerdictBanner.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/KeyDriftModel.h"
#include "drafts/DraftStore.h"
#include "portal/PortalSession.h"
#include "secrets/MemorySecretStore.h"
#include "support/GuiTestFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using AuthService::KeyDriftModel;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Testing::networkTimeoutMs;
using Testing::PortalSimulator;

namespace {

const QString googleId = QStringLiteral("1234-abc.apps.googleusercontent.com");
const QString portalSecret = QStringLiteral("GOCSPX-the-portal-secret");
const QByteArray draftSecret = QByteArrayLiteral("GOCSPX-the-prepared-secret");

} // namespace

class TestCompareDialog : public QObject {
    Q_OBJECT

private:
    PortalProfile portal(const QString &name, const QUrl &url)
    {
        const PortalProfile profile = PortalProfile::create(name, url, CredentialKind::ApiKey);
        m_fixture.writeSecret(profile.secretKey(Portal::SecretSlot::ApiKey), PortalSimulator::fullApiKey());
        return profile;
    }
    // Google's keys saved on the simulator through core, as the page would.
    void setPortalKeys(const PortalProfile &profile)
    {
        auto *session = new Portal::PortalSession(profile, m_fixture.store(), this);
        QString error = QStringLiteral("no answer");
        session->open([&error](const Portal::PortalError &opened, Portal::PortalClient *client) {
            if (opened.isError()) {
                error = opened.message();
                return;
            }
            AuthService::AuthServiceApi::save(
                client, QStringLiteral("google"),
                {{QStringLiteral("googleClientId"), googleId},
                 {QStringLiteral("googleClientSecret"), portalSecret}},
                [&error](const Portal::PortalError &saved, const auto &...) { error = saved.message(); });
        });
        QVERIFY(QTest::qWaitFor([&error] { return error != QStringLiteral("no answer"); }, networkTimeoutMs));
        QCOMPARE(error, QString());
        session->deleteLater();
    }
    QString seedDraft()
    {
        Drafts::Draft draft =
            Drafts::Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                                  {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
        return m_fixture.addDraft(draft, {{QStringLiteral("googleClientId"), googleId.toUtf8()},
                                          {QStringLiteral("googleClientSecret"), draftSecret}});
    }
    bool compare(CompareDialog &dialog)
    {
        dialog.findChild<QPushButton *>(QStringLiteral("compareButton"))->click();
        return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, networkTimeoutMs);
    }
    static QString summary(const CompareDialog &dialog)
    {
        return dialog.findChild<VerdictBanner *>(QStringLiteral("compareSummary"))->text();
    }
    static QString cell(const CompareDialog &dialog, int row, int column)
    {
        return dialog.model()->index(row, column).data().toString();
    }

    Testing::GuiTestFixture m_fixture;

private slots:
    void initTestCase()
    {
        m_fixture.start({{}, false});
        REQUIRE_SIMULATOR(m_fixture);
    }

    void init() { m_fixture.init(); }

    void cleanup() { m_fixture.cleanup(); }

    void aDriftedSecretIsReportedWithoutItsValue()
    {
        const PortalProfile prod = portal(QStringLiteral("prod"), m_fixture.simulator().httpUrl());
        setPortalKeys(prod);
        const QString draftId = seedDraft();
        CompareDialog dialog(m_fixture.store(), m_fixture.draftsPath(), {prod}, {});
        dialog.show();
        QVERIFY(compare(dialog));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(cell(dialog, 0, KeyDriftModel::Key), QStringLiteral("googleClientId"));
        QCOMPARE(cell(dialog, 0, KeyDriftModel::State), QStringLiteral("same"));
        QCOMPARE(cell(dialog, 1, KeyDriftModel::State), QStringLiteral("differs"));
        QCOMPARE(cell(dialog, 1, KeyDriftModel::Here), QStringLiteral("(secret)"));
        QCOMPARE(summary(dialog),
                 QStringLiteral("Keys that differ between portal prod and offline drafts: 1 of 2."));
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            for (int column = 0; column < KeyDriftModel::ColumnCount; ++column) {
                const QString text = cell(dialog, row, column);
                QVERIFY(!text.contains(portalSecret) && !text.contains(QString::fromUtf8(draftSecret)));
                QVERIFY(!text.contains(googleId)); // values were not asked for
            }
        }

        // Apply hands the differing service's draft and the portal on.
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("compareApplyButton"));
        QVERIFY(apply->isEnabled());
        QSignalSpy requested(&dialog, &CompareDialog::applyRequested);
        apply->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toStringList(), QStringList{draftId});
        QCOMPARE(requested.first().at(2).toString(), prod.id);

        // Values of keys that are no secret, when asked for.
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(compare(dialog));
        QCOMPARE(cell(dialog, 0, KeyDriftModel::Here), googleId);
        QCOMPARE(cell(dialog, 1, KeyDriftModel::There), QStringLiteral("(secret)"));
    }

    void theSamePortalTwiceHasNoDifferences()
    {
        const PortalProfile prod = portal(QStringLiteral("prod"), m_fixture.simulator().httpUrl());
        const PortalProfile copy = portal(QStringLiteral("copy"), m_fixture.simulator().httpUrl());
        setPortalKeys(prod);
        CompareDialog dialog(m_fixture.store(), m_fixture.draftsPath(), {prod, copy}, {});
        dialog.setOther(CompareDialog::Other::Portal);
        dialog.show();
        // A portal far away: the two portals are read at the same time, not one after the other (the calls
        // before, saving the keys, came one at a time).
        m_fixture.simulator().control("POST", QStringLiteral("/__sim/config"),
                                      QJsonObject{{QStringLiteral("latency"), 0.3}});
        QVERIFY(compare(dialog));
        const int atOnce =
            m_fixture.simulator().state().value(QStringLiteral("max_concurrent_calls")).toInt();
        m_fixture.simulator().control("POST", QStringLiteral("/__sim/config"),
                                      QJsonObject{{QStringLiteral("latency"), 0}});
        QVERIFY2(atOnce >= 2, qPrintable(QStringLiteral("at most %1 call at once").arg(atOnce)));
        QCOMPARE(summary(dialog),
                 QStringLiteral("No differences between portal prod and portal copy (keys compared: 2)."));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("compareApplyButton"))->isEnabled());

        // A portal is never compared with itself.
        auto *other = dialog.findChild<QComboBox *>(QStringLiteral("compareOtherPortal"));
        other->setCurrentIndex(0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
    }

    void anUnreachablePortalIsExplained()
    {
        QUrl dead = m_fixture.simulator().httpUrl();
        dead.setPort(1); // nothing listens there
        const PortalProfile gone = portal(QStringLiteral("gone"), dead);
        seedDraft();
        CompareDialog dialog(m_fixture.store(), m_fixture.draftsPath(), {gone}, {});
        dialog.show();
        QVERIFY(compare(dialog));
        QVERIFY2(summary(dialog).startsWith(QStringLiteral("The keys of gone could not be read.")),
                 qPrintable(summary(dialog)));
        QCOMPARE(dialog.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
