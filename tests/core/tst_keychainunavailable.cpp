// With no D-Bus session reachable there is no keychain: every operation must fail with a clear
// "unavailable" error that says how to fix it, and nothing may be written anywhere else.
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace PortalKeys;

class TestKeychainUnavailable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOperationReportsTheMissingKeychain();
    void nothingIsWrittenAsAFallback();
};

void TestKeychainUnavailable::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/portalkeys-test-bus");
    qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
    qunsetenv("XDG_CURRENT_DESKTOP");
}

void TestKeychainUnavailable::everyOperationReportsTheMissingKeychain()
{
    KeychainSecretStore store(QStringLiteral("PortalKeys-tests"));
    std::optional<SecretError> writeError, readError, removeError;
    store.write(QStringLiteral("k"), QByteArrayLiteral("sk-never-stored"), this,
                [&](const SecretError &error) { writeError = error; });
    store.read(QStringLiteral("k"), this,
               [&](const SecretError &error, const QByteArray &) { readError = error; });
    store.remove(QStringLiteral("k"), this, [&](const SecretError &error) { removeError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(writeError && readError && removeError, 30000);

    for (const SecretError &error : {*writeError, *readError, *removeError}) {
        QCOMPARE(error.kind(), SecretError::Kind::Unavailable);
        QVERIFY2(error.message().contains(QStringLiteral("No keychain is available")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("gnome-keyring-daemon")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(QStringLiteral("sk-never-stored")));
    }
}

void TestKeychainUnavailable::nothingIsWrittenAsAFallback()
{
    // QtKeychain's optional plaintext fallback writes to QSettings; it must stay off.
    const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                               QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                               QDir::homePath()};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("sk-never-stored"), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
