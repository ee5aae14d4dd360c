#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace PortalKeys;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private slots:
    void roundTripOverwriteAndRemove();
    void handlersRunLaterNotDuringTheCall();
    void noHandlerAfterContextIsDestroyed();
    void simulatedFailureReachesEveryOperation();
};

void TestMemorySecretStore::roundTripOverwriteAndRemove()
{
    MemorySecretStore store;
    bool written = false;
    store.write(QStringLiteral("k"), QByteArrayLiteral("first"), this, [&](const SecretError &error) {
        QVERIFY(!error.isError());
        written = true;
    });
    QTRY_VERIFY(written);
    store.write(QStringLiteral("k"), QByteArrayLiteral("second"), this, [](const SecretError &) {});
    QByteArray value;
    store.read(QStringLiteral("k"), this,
               [&](const SecretError &, const QByteArray &secret) { value = secret; });
    QTRY_COMPARE(value, QByteArrayLiteral("second"));

    bool removed = false;
    store.remove(QStringLiteral("k"), this, [&](const SecretError &error) { removed = !error.isError(); });
    QTRY_VERIFY(removed);
    SecretError readError;
    store.read(QStringLiteral("k"), this,
               [&](const SecretError &error, const QByteArray &) { readError = error; });
    QTRY_COMPARE(readError.kind(), SecretError::Kind::NotFound);
    QVERIFY(readError.message().contains(QStringLiteral("“k”")));
}

void TestMemorySecretStore::handlersRunLaterNotDuringTheCall()
{
    MemorySecretStore store;
    bool called = false;
    store.write(QStringLiteral("k"), QByteArrayLiteral("v"), this,
                [&](const SecretError &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::noHandlerAfterContextIsDestroyed()
{
    MemorySecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("k"), context, [&](const SecretError &, const QByteArray &) { called = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestMemorySecretStore::simulatedFailureReachesEveryOperation()
{
    MemorySecretStore store;
    store.failWith(SecretError::unavailable(QStringLiteral("no bus")));
    int failures = 0;
    store.write(QStringLiteral("k"), QByteArrayLiteral("v"), this, [&](const SecretError &error) {
        failures += error.kind() == SecretError::Kind::Unavailable;
    });
    store.read(QStringLiteral("k"), this, [&](const SecretError &error, const QByteArray &) {
        failures += error.kind() == SecretError::Kind::Unavailable;
    });
    store.remove(QStringLiteral("k"), this, [&](const SecretError &error) {
        failures += error.kind() == SecretError::Kind::Unavailable;
    });
    QTRY_COMPARE(failures, 3);
    QVERIFY(!store.contains(QStringLiteral("k")));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
