#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace PortalKeys {

// A secret store in memory, for unit tests of code that needs one. Asynchronous like the real one.
class MemorySecretStore final : public SecretStore {
public:
    void write(const QString &key, const QByteArray &secret, QObject *context, DoneHandler handler) override;
    void read(const QString &key, QObject *context, ReadHandler handler) override;
    void remove(const QString &key, QObject *context, DoneHandler handler) override;
    QString backendName() const override;
    // Remembers the keys, so that tests can see what a keychain would have journaled.
    QString journal(const QStringList &keys) override;
    const QStringList &journaled() const { return m_journaled; }

    // Makes every following operation fail with `error` (e.g. to test the "no keychain" paths);
    // a default-constructed error restores normal operation.
    void failWith(const SecretError &error) { m_failure = error; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
    SecretError m_failure;
    QStringList m_journaled;
};

} // namespace PortalKeys
