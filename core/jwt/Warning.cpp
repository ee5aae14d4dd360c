#include "jwt/Warning.h"

namespace PortalKeys::Jwt {

bool Warning::concernsKey() const
{
    return code.startsWith(QLatin1String("hmac-key")) || code.startsWith(QLatin1String("rsa-key"));
}

QString severityName(Warning::Severity severity)
{
    switch (severity) {
    case Warning::Severity::Info:
        return QStringLiteral("info");
    case Warning::Severity::Warning:
        return QStringLiteral("warning");
    case Warning::Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

} // namespace PortalKeys::Jwt
