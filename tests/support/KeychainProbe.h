#pragma once

// Reads the test keychain directly, to check what the CLI left there.
#include "secrets/KeychainSecretStore.h"

#include <QByteArray>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

namespace PortalKeys::Testing {

struct KeychainProbe {
    enum class State { Stored, Missing, Failed };
    State state = State::Failed;
    QByteArray value;
    QString error;
};

inline KeychainProbe probeKeychain(const QString &key)
{
    KeychainSecretStore store;
    QObject context;
    QEventLoop loop;
    KeychainProbe probe;
    probe.error = QStringLiteral("no answer from the keychain");
    store.read(key, &context, [&](const SecretError &error, const QByteArray &secret) {
        probe.state = !error.isError()                              ? KeychainProbe::State::Stored
                      : error.kind() == SecretError::Kind::NotFound ? KeychainProbe::State::Missing
                                                                    : KeychainProbe::State::Failed;
        probe.value = secret;
        probe.error = error.message();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return probe;
}

// Removes one secret from the test keychain, as a user with a keyring manager (or a killed save) would; true
// when it is gone.
inline bool removeFromKeychain(const QString &key)
{
    KeychainSecretStore store;
    QObject context;
    QEventLoop loop;
    bool removed = false;
    store.remove(key, &context, [&](const SecretError &error) {
        removed = !error.isError() || error.kind() == SecretError::Kind::NotFound;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return removed;
}

} // namespace PortalKeys::Testing
