#include "secrets/KeychainSecretStore.h"

#include "secrets/SecretJournal.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>

namespace PortalKeys {

namespace {

// libsecret reports a missing or unreachable D-Bus session as a generic error; these fragments of
// its messages tell "there is no keychain" apart from a real failure of a running one.
bool looksLikeMissingBackend(const QString &detail)
{
    static const QStringList hints = {
        QStringLiteral("dbus"),
        QStringLiteral("d-bus"),
        QStringLiteral("could not connect"),
        QStringLiteral("autolaunch"),
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("not provided by any"),
        QStringLiteral("serviceunknown"),
        QStringLiteral("no such file"),
        QStringLiteral("timeout"),
        QStringLiteral("was not provided"),
    };
    const QString lower = detail.toLower();
    return std::any_of(hints.cbegin(), hints.cend(),
                       [&](const QString &hint) { return lower.contains(hint); });
}

SecretError translateJobError(const QKeychain::Job &job, const QString &key)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretError::notFound(key);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::accessDenied(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::unavailable(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return looksLikeMissingBackend(detail) ? SecretError::unavailable(detail) : SecretError::failed(detail);
}

template <typename JobType> JobType *makeJob(const QString &serviceName, const QString &key)
{
    auto *job = new JobType(serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

QString KeychainSecretStore::defaultServiceName()
{
    return QStringLiteral("PortalKeys");
}

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
{}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                                DoneHandler handler)
{
    // Write-ahead: should this process die before the entry that owns the key is listed, the next start
    // finds the name in the journal and removes the secret (KeychainRepair).
    if (const QString error = journal({key}); !error.isEmpty()) {
        QTimer::singleShot(0, context, [handler = std::move(handler), error] {
            handler(SecretError(SecretError::Kind::Failed,
                                QObject::tr("Nothing was written to the keychain: %1").arg(error)));
        });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [handler = std::move(handler), key](QKeychain::Job *finished) {
                         handler(translateJobError(*finished, key));
                     });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadHandler handler)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [handler = std::move(handler), key](QKeychain::Job *finished) {
                         const SecretError error = translateJobError(*finished, key);
                         const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         handler(error, error.isError() ? QByteArray() : readJob->binaryData());
                     });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneHandler handler)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [handler = std::move(handler), key](QKeychain::Job *finished) {
                         const SecretError error = translateJobError(*finished, key);
                         handler(error.kind() == SecretError::Kind::NotFound ? SecretError() : error);
                     });
    job->start();
}

QString KeychainSecretStore::journal(const QStringList &keys)
{
    // Other service names are tests' private keychains; the repair looks at PortalKeys' own.
    if (m_serviceName != defaultServiceName())
        return {};
    return SecretJournal().record(keys);
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QObject::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QObject::tr("Windows Credential Manager");
#else
    return QObject::tr("Secret Service (D-Bus)");
#endif
}

} // namespace PortalKeys
