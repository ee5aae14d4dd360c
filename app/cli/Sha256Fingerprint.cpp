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

QString Sha256Fingerprint::formatted(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

} // namespace PortalKeys::Cli
