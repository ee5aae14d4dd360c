#include "PortalErrorReport.h"

#include "ExitCodeMapping.h"

#include "Console.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace PortalKeys::Cli {

using Portal::PortalError;

void PortalErrorReport::print(const PortalError &error, const TrustAdvice &trustAdvice,
                              const QString &portalName)
{
    Console::error(portalName.isEmpty() ? error.message() : tr("%1: %2").arg(portalName, error.message()));
    const Portal::CertificateInfo &certificate = error.certificate();
    if (error.kind() != PortalError::Kind::Tls || certificate.isNull())
        return;
    QString details = certificate.describe();
    if (!details.endsWith(QLatin1Char('\n')))
        details += QLatin1Char('\n');
    Console::err() << details;
    if (trustAdvice)
        Console::err() << trustAdvice(certificate.sha256) << Qt::endl;
    Console::err().flush();
}

QJsonObject PortalErrorReport::toJson(const PortalError &error)
{
    QJsonObject json{
        {QStringLiteral("ok"), false},
        {QStringLiteral("error"), error.message()},
        {QStringLiteral("kind"), kindName(error.kind())},
        {QStringLiteral("exitCode"), toInt(exitCodeFor(error))},
    };
    if (error.httpStatus() > 0)
        json.insert(QStringLiteral("httpStatus"), error.httpStatus());
    if (error.retryAfterSeconds() >= 0)
        json.insert(QStringLiteral("retryAfterSeconds"), error.retryAfterSeconds());
    const Portal::CertificateInfo &certificate = error.certificate();
    if (!certificate.isNull()) {
        json.insert(QStringLiteral("certificate"),
                    QJsonObject{
                        {QStringLiteral("subject"), certificate.subject},
                        {QStringLiteral("issuer"), certificate.issuer},
                        {QStringLiteral("notBefore"), certificate.notBefore.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("notAfter"), certificate.notAfter.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("sha256"), certificate.sha256},
                        {QStringLiteral("selfSigned"), certificate.selfSigned},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(certificate.problems)},
                    });
    }
    return json;
}

QString PortalErrorReport::kindName(PortalError::Kind kind)
{
    switch (kind) {
    case PortalError::Kind::None:
        return QStringLiteral("none");
    case PortalError::Kind::InvalidUrl:
        return QStringLiteral("invalid-url");
    case PortalError::Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case PortalError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case PortalError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case PortalError::Kind::PaymentRequired:
        return QStringLiteral("payment-required");
    case PortalError::Kind::NotFound:
        return QStringLiteral("not-found");
    case PortalError::Kind::BadRequest:
        return QStringLiteral("bad-request");
    case PortalError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case PortalError::Kind::ServerError:
        return QStringLiteral("server-error");
    case PortalError::Kind::Timeout:
        return QStringLiteral("timeout");
    case PortalError::Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case PortalError::Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case PortalError::Kind::Tls:
        return QStringLiteral("tls");
    case PortalError::Kind::CrossOriginRedirect:
        return QStringLiteral("cross-origin-redirect");
    case PortalError::Kind::Malformed:
        return QStringLiteral("malformed");
    case PortalError::Kind::Network:
        return QStringLiteral("network");
    case PortalError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case PortalError::Kind::Keychain:
        return QStringLiteral("keychain");
    case PortalError::Kind::TwoFactorRequired:
        return QStringLiteral("two-factor-required");
    }
    return {};
}

QString PortalErrorReport::shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._@%+=:,/-]+$"));
    if (plain.match(word).hasMatch())
        return word;
#if defined(Q_OS_WIN)
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
#else
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
#endif
}

} // namespace PortalKeys::Cli
