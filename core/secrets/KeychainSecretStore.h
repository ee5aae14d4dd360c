#pragma once

#include "secrets/SecretStore.h"

namespace PortalKeys {

// Secrets in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential
// Manager). There is deliberately no plaintext fallback: without a keychain every call fails with
// SecretError::Kind::Unavailable and a message saying how to get one.
class KeychainSecretStore final : public SecretStore {
public:
    static QString defaultServiceName();

    explicit KeychainSecretStore(QString serviceName = defaultServiceName());

    void write(const QString &key, const QByteArray &secret, QObject *context, DoneHandler handler) override;
    void read(const QString &key, QObject *context, ReadHandler handler) override;
    void remove(const QString &key, QObject *context, DoneHandler handler) override;
    QString backendName() const override;
    // Journals the keys of portals and drafts (SecretJournal::covers) when this is PortalKeys' own service.
    QString journal(const QStringList &keys) override;

private:
    QString m_serviceName;
};

} // namespace PortalKeys
