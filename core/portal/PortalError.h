#pragma once

#include "portal/CertificateInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace PortalKeys::Portal {

// One field the portal rejected (RFC 7807 "errors" of the OAuth app endpoints).
struct FieldError {
    QString field; // snake_case, as the server names it
    QString code;  // e.g. "ErrorWrongURL"
    QString message;
};

// Why a call to a portal did not succeed, with a message a user understands. Never holds a secret.
class PortalError {
    Q_DECLARE_TR_FUNCTIONS(PortalError)

public:
    enum class Kind {
        None,
        InvalidUrl,          // the address cannot be used
        InsecureUrl,         // http to a host other than this machine
        Unauthorized,        // 401: wrong or expired credentials
        Forbidden,           // 403: not an admin, or the API key lacks a permission
        PaymentRequired,     // 402: the plan does not include it
        NotFound,            // 404
        BadRequest,          // 400 and other 4xx: refused for the data given
        RateLimited,         // 429
        ServerError,         // 5xx
        Timeout,             // no answer in time
        ConnectionRefused,   // nothing listens there
        HostNotFound,        // DNS
        Tls,                 // certificate or handshake problem (certificate() has details)
        CrossOriginRedirect, // the portal sent us elsewhere; not followed
        Malformed,           // not JSON, broken or truncated JSON, unexpected shape
        Network,             // any other transport failure
        Cancelled,           // the user or the program stopped the call
        Keychain,            // a secret could not be read or written
        TwoFactorRequired,   // the login needs a code from the authenticator app
    };

    PortalError() = default;
    PortalError(Kind kind, QString message);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    void setMessage(const QString &message) { m_message = message; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // The portal's own words (error.message, problem detail), when it gave any.
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString &message) { m_serverMessage = message; }
    // The exception type the portal named (envelope error.type, e.g. "System.InvalidOperationException");
    // DocSpace leaves it out for some refusals (sign-in locks), which is itself telling. Not translated,
    // unlike the message.
    QString serverErrorType() const { return m_serverErrorType; }
    void setServerErrorType(const QString &type) { m_serverErrorType = type; }
    // Seconds from Retry-After (429, 503), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    const CertificateInfo &certificate() const { return m_certificate; }
    void setCertificate(const CertificateInfo &certificate) { m_certificate = certificate; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    void setFieldErrors(const QList<FieldError> &errors) { m_fieldErrors = errors; }

    // Whether trying the same idempotent request again may help.
    bool isTransient() const;

    static PortalError cancelled();
    static PortalError keychain(const QString &message);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_serverMessage;
    QString m_serverErrorType;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    CertificateInfo m_certificate;
    QList<FieldError> m_fieldErrors;
};

} // namespace PortalKeys::Portal

Q_DECLARE_METATYPE(PortalKeys::Portal::PortalError)
