// Runs against a real Secret Service: a private D-Bus session with an unlocked gnome-keyring-daemon
// started by tests/support/with-test-keyring.sh.
#include "secrets/KeychainSecretStore.h"

#include <QTest>

#include <optional>

using namespace PortalKeys;

namespace {

// Waits for one store operation; the bound only keeps a broken keychain from hanging the suite.
constexpr int answerTimeoutMs = 30000;

struct ReadOutcome {
    SecretError error;
    QByteArray secret;
};

} // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private:
    SecretError write(const QString &key, const QByteArray &secret);
    ReadOutcome read(const QString &key);
    SecretError remove(const QString &key);

    KeychainSecretStore m_store{QStringLiteral("PortalKeys-tests")};

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void binaryAndUnicodeSecretsSurviveUnchanged();
    void removingAMissingSecretSucceeds();
    void servicesDoNotSeeEachOthersSecrets();
};

SecretError TestKeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    std::optional<SecretError> result;
    m_store.write(key, secret, this, [&](const SecretError &error) { result = error; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), answerTimeoutMs);
    }();
    return result.value_or(SecretError::failed(QStringLiteral("no answer")));
}

ReadOutcome TestKeychainSecretStore::read(const QString &key)
{
    std::optional<ReadOutcome> result;
    m_store.read(key, this, [&](const SecretError &error, const QByteArray &secret) {
        result = {error, secret};
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), answerTimeoutMs);
    }();
    return result.value_or(ReadOutcome{SecretError::failed(QStringLiteral("no answer")), {}});
}

SecretError TestKeychainSecretStore::remove(const QString &key)
{
    std::optional<SecretError> result;
    m_store.remove(key, this, [&](const SecretError &error) { result = error; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), answerTimeoutMs);
    }();
    return result.value_or(SecretError::failed(QStringLiteral("no answer")));
}

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run this test through tests/support/with-test-keyring.sh (ctest does).");
}

void TestKeychainSecretStore::writeReadOverwriteDelete()
{
    const QString key = QStringLiteral("round-trip");
    const SecretError written = write(key, QByteArrayLiteral("sk-first-value"));
    QVERIFY2(!written.isError(), qPrintable(written.message()));

    ReadOutcome outcome = read(key);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.secret, QByteArrayLiteral("sk-first-value"));

    QVERIFY(!write(key, QByteArrayLiteral("sk-second-value")).isError());
    QCOMPARE(read(key).secret, QByteArrayLiteral("sk-second-value"));

    QVERIFY(!remove(key).isError());
    outcome = read(key);
    QCOMPARE(outcome.error.kind(), SecretError::Kind::NotFound);
    QVERIFY(outcome.secret.isEmpty());
    QVERIFY(!outcome.error.message().contains(QStringLiteral("sk-second-value")));
}

void TestKeychainSecretStore::binaryAndUnicodeSecretsSurviveUnchanged()
{
    const QByteArray binary("\x00\x01\xff\xfe secret\n\r\t", 14);
    QVERIFY(!write(QStringLiteral("binary"), binary).isError());
    QCOMPARE(read(QStringLiteral("binary")).secret, binary);

    const QByteArray unicode = QStringLiteral("пароль-密码-🔑").toUtf8();
    QVERIFY(!write(QStringLiteral("unicode/ключ"), unicode).isError());
    QCOMPARE(read(QStringLiteral("unicode/ключ")).secret, unicode);

    QVERIFY(!remove(QStringLiteral("binary")).isError());
    QVERIFY(!remove(QStringLiteral("unicode/ключ")).isError());
}

void TestKeychainSecretStore::removingAMissingSecretSucceeds()
{
    const SecretError error = remove(QStringLiteral("never-written"));
    QVERIFY2(!error.isError(), qPrintable(error.message()));
}

void TestKeychainSecretStore::servicesDoNotSeeEachOthersSecrets()
{
    QVERIFY(!write(QStringLiteral("shared-key"), QByteArrayLiteral("mine")).isError());
    KeychainSecretStore other(QStringLiteral("PortalKeys-tests-other"));
    std::optional<SecretError> otherError;
    other.read(QStringLiteral("shared-key"), this,
               [&](const SecretError &error, const QByteArray &) { otherError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(otherError.has_value(), answerTimeoutMs);
    QCOMPARE(otherError->kind(), SecretError::Kind::NotFound);
    QVERIFY(!remove(QStringLiteral("shared-key")).isError());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
