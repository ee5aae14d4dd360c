#include "Sha256Fingerprint.h"

#include <QRegularExpression>

namespace PortalKeys::Cli {

Sha256Fingerprint::Result Sha256Fingerprint::normalize(const QString &input)
{
    QString hex = input.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pattern.match(hex).hasMatch())
        return {{},
                tr("A SHA-256 fingerprint is 64 hexadecimal digits (colons between the pairs are allowed), "
                   "as “portalkeys-cli portal test” shows it.")};
    return {hex, {}};
}

} // namespace PortalKeys::Cli
