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
#include "support/PortalSimulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using AuthService::KeyDriftModel;
using Portal::CredentialKind;
using Portal::PortalProfile;
using Testing::PortalSimulator;

namespace {

constexpr int networkTimeoutMs = 15000;
const QString googleId = QStringLiteral("1234-abc.apps.googleusercontent.com");
const QString portalSecret = QStringLiteral("GOCSPX-the-portal-secret");
const QByteArray draftSecret = QByteArrayLiteral("GOCSPX-the-prepared-secret");

} // namespace

class TestCompareDialog : public QObject {
    Q_OBJECT

private:
    PortalProfile portal(const QString &name, const QUrl &url)
    {
        PortalProfile profile = PortalProfile::create(name, url, CredentialKind::ApiKey);
        bool written = false;
        m_store->write(profile.secretKey(Portal::SecretSlot::ApiKey), PortalSimulator::fullApiKey(), this,
                       [&written](const SecretError &) { written = true; });
        if (!QTest::qWaitFor([&written] { return written; }))
            qFatal("the memory store did not answer");
        return profile;
    }
    // Google's keys saved on the simulator through core, as the page would.
    void setPortalKeys(const PortalProfile &profile)
    {
        auto *session = new Portal::PortalSession(profile, m_store.get(), this);
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
        QString error = QStringLiteral("no answer");
        Drafts::DraftStore(m_draftsPath)
            .saveDraft(draft,
                       {{QStringLiteral("googleClientId"), googleId.toUtf8()},
                        {QStringLiteral("googleClientSecret"), draftSecret}},
                       *m_store, this, [&error](const QString &result) { error = result; });
        if (!QTest::qWaitFor([&error] { return error != QStringLiteral("no answer"); }) || !error.isEmpty())
            qFatal("cannot seed a draft: %s", qPrintable(error));
        return draft.id;
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

    PortalSimulator m_simulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    QString m_draftsPath;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = m_simulator.start({{}, false});
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("portal simulator not available: ") + problem));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_draftsPath = m_dir->filePath(QStringLiteral("drafts.json"));
        m_store = std::make_unique<MemorySecretStore>();
        m_simulator.reset();
    }

    void aDriftedSecretIsReportedWithoutItsValue()
    {
        const PortalProfile prod = portal(QStringLiteral("prod"), m_simulator.httpUrl());
        setPortalKeys(prod);
        const QString draftId = seedDraft();
        CompareDialog dialog(m_store.get(), m_draftsPath, {prod}, {});
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
        const PortalProfile prod = portal(QStringLiteral("prod"), m_simulator.httpUrl());
        const PortalProfile copy = portal(QStringLiteral("copy"), m_simulator.httpUrl());
        setPortalKeys(prod);
        CompareDialog dialog(m_store.get(), m_draftsPath, {prod, copy}, {});
        dialog.setOther(CompareDialog::Other::Portal);
        dialog.show();
        QVERIFY(compare(dialog));
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
        QUrl dead = m_simulator.httpUrl();
        dead.setPort(1); // nothing listens there
        const PortalProfile gone = portal(QStringLiteral("gone"), dead);
        seedDraft();
        CompareDialog dialog(m_store.get(), m_draftsPath, {gone}, {});
        dialog.show();
        QVERIFY(compare(dialog));
        QVERIFY2(summary(dialog).startsWith(QStringLiteral("The keys of gone could not be read.")),
                 qPrintable(summary(dialog)));
        QCOMPARE(dialog.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
