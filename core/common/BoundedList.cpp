#include "common/BoundedList.h"

#include <climits>

namespace PortalKeys {

namespace {

// The named items joined, then how many of `total` are left out.
QString withRest(const QStringList &named, qsizetype total, const QString &separator)
{
    const QString text = named.join(separator);
    const qsizetype rest = total - named.size();
    if (rest <= 0)
        return text;
    // %Ln: the count is written as the reader's locale writes numbers (99,995 in English).
    return BoundedList::tr("%1 and %Ln more", "a few items of a list, then how many are not named",
                           int(qMin<qsizetype>(rest, INT_MAX)))
        .arg(text);
}

} // namespace

QString BoundedList::shortened(const QString &item, qsizetype maxChars)
{
    if (item.size() <= maxChars)
        return item;
    qsizetype cut = qMax<qsizetype>(maxChars - 1, 0);
    if (cut > 0 && item.at(cut - 1).isHighSurrogate())
        --cut;
    return item.left(cut) + QChar(0x2026);
}

QString BoundedList::join(const QStringList &items, const QString &separator, qsizetype shown)
{
    QStringList named;
    for (qsizetype i = 0; i < items.size() && i < qMax<qsizetype>(shown, 1); ++i)
        named.append(shortened(items.at(i)));
    return withRest(named, items.size(), separator);
}

QString BoundedList::quoted(const QStringList &items, qsizetype shown)
{
    QStringList named;
    for (qsizetype i = 0; i < items.size() && i < qMax<qsizetype>(shown, 1); ++i)
        named.append(QStringLiteral("“%1”").arg(shortened(items.at(i), maxItemChars - 2)));
    return withRest(named, items.size(), QStringLiteral(", "));
}

} // namespace PortalKeys
