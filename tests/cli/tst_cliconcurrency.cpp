// Many portalkeys-cli processes changing the same list at once lose nothing: twenty `portal add` and twenty
// `bundle import` started together, several rounds, against the private test keyring.
#include "drafts/Bundle.h"
#include "drafts/BundleContent.h"
#include "drafts/DraftStore.h"
#include "portal/ProfileStore.h"
#include "support/CliRunner.h"
#include "support/KeychainProbe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace PortalKeys;
using PortalKeys::Testing::KeychainProbe;
using PortalKeys::Testing::probeKeychain;

namespace {

constexpr int writersAtOnce = 20;
constexpr int rounds = 3;
const QString secretVariable = QStringLiteral("PK_TEST_SECRET");
const QString passphraseVariable = QStringLiteral("PK_TEST_PASSPHRASE");

QByteArray apiKeyFor(const QString &name)
{
    // sk- and 64 hex digits, as DocSpace makes them, so that the CLI has nothing to warn about.
    return "sk-" + QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
}

struct Finished {
    int exitCode = -1;
    QString err;
};

// Starts every command before waiting for any, so that they really run at the same time.
QList<Finished> runAtOnce(const QList<QPair<QStringList, QProcessEnvironment>> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const auto &command : commands) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(command.second);
        process->start(QStringLiteral(PORTALKEYS_CLI_PATH), command.first);
        processes.push_back(std::move(process));
    }
    QList<Finished> results;
    for (const auto &process : processes) {
        if (!process->waitForFinished(120000))
            process->kill();
        process->waitForFinished();
        results.append({process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                        QString::fromUtf8(process->readAllStandardError())});
    }
    return results;
}

} // namespace

class TestCliConcurrency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twentyPortalAddsAtOnceKeepEveryPortal();
    void twentyBundleImportsAtOnceKeepEveryDraft();
};

void TestCliConcurrency::initTestCase()
{
    // The test reads the same lists as the CLI it runs.
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/support/with-test-keyring.sh (ctest does).");
    QFile::remove(Portal::ProfileStore::defaultPath());
    QFile::remove(Drafts::DraftStore::defaultPath());
}

void TestCliConcurrency::twentyPortalAddsAtOnceKeepEveryPortal()
{
    QStringList expected;
    for (int round = 1; round <= rounds; ++round) {
        QList<QPair<QStringList, QProcessEnvironment>> commands;
        for (int i = 1; i <= writersAtOnce; ++i) {
            const QString name = QStringLiteral("r%1-p%2").arg(round).arg(i);
            expected.append(name);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(secretVariable, QString::fromLatin1(apiKeyFor(name)));
            commands.append({{QStringLiteral("portal"), QStringLiteral("add"), name, QStringLiteral("--url"),
                              QStringLiteral("https://%1.example.com").arg(name), QStringLiteral("--auth"),
                              QStringLiteral("apikey"), QStringLiteral("--secret-env"), secretVariable},
                             environment});
        }
        const QList<Finished> results = runAtOnce(commands);
        for (qsizetype i = 0; i < results.size(); ++i)
            QVERIFY2(results.at(i).exitCode == 0,
                     qPrintable(QStringLiteral("round %1, writer %2: exit %3: %4")
                                    .arg(round)
                                    .arg(i + 1)
                                    .arg(results.at(i).exitCode)
                                    .arg(results.at(i).err)));

        const Portal::ProfileStore::LoadResult loaded = Portal::ProfileStore().load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QStringList names;
        for (const Portal::PortalProfile &profile : loaded.profiles)
            names.append(profile.name);
        names.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(names, sortedExpected);
        // Every portal has its own key in the keychain, not one of its neighbours'.
        for (const Portal::PortalProfile &profile : loaded.profiles) {
            const KeychainProbe probe = probeKeychain(profile.secretKey(Portal::SecretSlot::ApiKey));
            QVERIFY2(probe.state == KeychainProbe::State::Stored, qPrintable(profile.name + probe.error));
            QCOMPARE(probe.value, apiKeyFor(profile.name));
        }
        QVERIFY2(!QFile::exists(Portal::ProfileStore::defaultPath() + QStringLiteral(".lock")),
                 "the lock was left behind");
    }
}

void TestCliConcurrency::twentyBundleImportsAtOnceKeepEveryDraft()
{
    // One bundle with one draft; every import makes a new draft of it (with a new id).
    Drafts::BundleContent::Entry entry{
        Drafts::Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                              {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")}),
        {{QStringLiteral("googleClientId"), QByteArrayLiteral("concurrency-client.apps.example.com")},
         {QStringLiteral("googleClientSecret"), QByteArrayLiteral("GOCSPX-concurrency-secret-0042")}}};
    Drafts::BundleContent::BuildResult built = Drafts::BundleContent::toJson({entry});
    QVERIFY2(built.error.isEmpty(), qPrintable(built.error));
    const QByteArray passphrase = "correct horse battery staple concurrency";
    const Drafts::Bundle::EncryptResult encrypted = Drafts::Bundle::encrypt(built.json, passphrase);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.error));
    QTemporaryDir dir;
    const QString bundlePath = dir.filePath(QStringLiteral("concurrency.pkbundle"));
    QFile file(bundlePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encrypted.file);
    file.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passphraseVariable, QString::fromUtf8(passphrase));
    const QStringList import{QStringLiteral("bundle"), QStringLiteral("import"), bundlePath,
                             QStringLiteral("--passphrase-env"), passphraseVariable};
    for (int round = 1; round <= rounds; ++round) {
        const QList<Finished> results = runAtOnce(
            QList<QPair<QStringList, QProcessEnvironment>>(writersAtOnce, qMakePair(import, environment)));
        for (qsizetype i = 0; i < results.size(); ++i)
            QVERIFY2(results.at(i).exitCode == 0,
                     qPrintable(QStringLiteral("round %1, writer %2: exit %3: %4")
                                    .arg(round)
                                    .arg(i + 1)
                                    .arg(results.at(i).exitCode)
                                    .arg(results.at(i).err)));
        const Drafts::DraftStore::LoadResult loaded = Drafts::DraftStore().load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.drafts.size(), qsizetype(round * writersAtOnce));
        for (const Drafts::Draft &draft : loaded.drafts) {
            const KeychainProbe probe = probeKeychain(draft.secretKey(QStringLiteral("googleClientSecret")));
            QVERIFY2(probe.state == KeychainProbe::State::Stored, qPrintable(draft.id + probe.error));
            QCOMPARE(probe.value, QByteArrayLiteral("GOCSPX-concurrency-secret-0042"));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cliconcurrency.moc"
