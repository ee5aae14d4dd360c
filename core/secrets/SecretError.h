#pragma once

#include <QCoreApplication>
#include <QString>

namespace PortalKeys {

// The outcome of a secret-store operation. The message never contains a secret value.
class SecretError {
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind {
        None,
        NotFound,     // nothing stored under that key
        Unavailable,  // no keychain backend answers (no Secret Service, no D-Bus session, ...)
        AccessDenied, // the keychain is locked or the user refused access
        Failed,       // anything else the backend reported
    };

    SecretError() = default;
    SecretError(Kind kind, QString message);

    static SecretError notFound(const QString &key);
    static SecretError unavailable(const QString &backendDetail);
    static SecretError accessDenied(const QString &backendDetail);
    static SecretError failed(const QString &backendDetail);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // A complete sentence for the user: what is wrong and, where we know it, how to fix it.
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace PortalKeys
