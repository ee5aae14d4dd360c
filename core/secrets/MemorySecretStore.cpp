#include "secrets/MemorySecretStore.h"

#include <QObject>
#include <QTimer>

namespace PortalKeys {

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                              DoneHandler handler)
{
    const SecretError failure = m_failure;
    if (!failure.isError())
        m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [handler = std::move(handler), failure] { handler(failure); });
}

QString MemorySecretStore::journal(const QStringList &keys)
{
    m_journaled.append(keys);
    return {};
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadHandler handler)
{
    SecretError error = m_failure;
    QByteArray secret;
    if (!error.isError()) {
        if (m_secrets.contains(key))
            secret = m_secrets.value(key);
        else
            error = SecretError::notFound(key);
    }
    QTimer::singleShot(0, context, [handler = std::move(handler), error, secret] { handler(error, secret); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneHandler handler)
{
    const SecretError failure = m_failure;
    if (!failure.isError())
        m_secrets.remove(key);
    QTimer::singleShot(0, context, [handler = std::move(handler), failure] { handler(failure); });
}

QString MemorySecretStore::backendName() const
{
    return QObject::tr("memory (tests only)");
}

} // namespace PortalKeys
