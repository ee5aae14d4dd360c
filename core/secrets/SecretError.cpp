#include "secrets/SecretError.h"

namespace PortalKeys {

namespace {

QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.trimmed().isEmpty())
        return sentence;
    return SecretError::tr("%1 (The keychain said: %2)").arg(sentence, detail.trimmed());
}

QString howToProvideKeychain()
{
#if defined(Q_OS_MACOS)
    return SecretError::tr("Make sure you are logged in to a graphical session so the login keychain is "
                           "available, and unlock it in Keychain Access.");
#elif defined(Q_OS_WIN)
    return SecretError::tr("Make sure the Windows Credential Manager service is running.");
#else
    return SecretError::tr(
        "Start and unlock a Secret Service provider in your desktop session: GNOME Keyring, KWallet "
        "with its Secret Service interface, or KeePassXC with Secret Service integration. Without a "
        "desktop (over SSH, in a container) run PortalKeys inside “dbus-run-session” with "
        "“gnome-keyring-daemon --unlock --components=secrets” started first.");
#endif
}

} // namespace

SecretError::SecretError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{}

SecretError SecretError::notFound(const QString &key)
{
    return {Kind::NotFound, tr("No secret is stored in the keychain under “%1”.").arg(key)};
}

SecretError SecretError::unavailable(const QString &backendDetail)
{
    const QString sentence = tr("No keychain is available. PortalKeys keeps secrets only in the "
                                "system keychain and never writes them to a file.") +
                             QLatin1Char(' ') + howToProvideKeychain();
    return {Kind::Unavailable, withDetail(sentence, backendDetail)};
}

SecretError SecretError::accessDenied(const QString &backendDetail)
{
    return {Kind::AccessDenied,
            withDetail(tr("The keychain refused access: it is locked, or the request was denied. "
                          "Unlock it and try again."),
                       backendDetail)};
}

SecretError SecretError::failed(const QString &backendDetail)
{
    return {Kind::Failed, withDetail(tr("The keychain could not complete the operation."), backendDetail)};
}

} // namespace PortalKeys
