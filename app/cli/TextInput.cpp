#include "TextInput.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace PortalKeys::Cli {

TextInput::Result TextInput::readFileOrStdin(const QString &pathOrDash, qint64 limit)
{
    QFile file;
    const bool fromStdin = pathOrDash.isEmpty() || pathOrDash == QStringLiteral("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(pathOrDash), file.open(QIODevice::ReadOnly));
    const QString shownName = fromStdin ? tr("standard input") : pathOrDash;
    if (!opened)
        return {{}, tr("Cannot read “%1”: %2.").arg(shownName, file.errorString())};
    // In pieces rather than one read(limit + 1), which would set aside the whole limit for a short token.
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray piece = file.read(std::min<qint64>(64 * 1024, limit + 1 - data.size()));
        if (piece.isEmpty())
            break;
        data += piece;
    }
    if (data.size() > limit)
        return {{}, tr("“%1” is larger than %2 MiB.").arg(shownName).arg(double(limit) / (1024 * 1024))};
    return {data, {}};
}

TextInput::Result TextInput::valueOrStdin(const QString &valueOrDash)
{
    if (valueOrDash.isEmpty() || valueOrDash == QStringLiteral("-"))
        return readFileOrStdin(valueOrDash);
    return {valueOrDash.toUtf8(), {}};
}

} // namespace PortalKeys::Cli
