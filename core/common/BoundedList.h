#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PortalKeys {

// Names a few items of a list that came from input and counts the rest, so that no message grows with the
// input: a JWK Set of 100,000 keys or a portal answering 10,000 scopes still makes a one-line message.
class BoundedList {
    Q_DECLARE_TR_FUNCTIONS(BoundedList)

public:
    static constexpr qsizetype defaultShown = 5;
    // A list the reader picks from (the scopes a portal knows) is worth more names, still a bounded number.
    static constexpr qsizetype choicesShown = 20;
    static constexpr qsizetype maxItemChars = 80;

    // "a, b, c, d, e and 99,995 more": at most `shown` items, each cut to maxItemChars.
    static QString join(const QStringList &items, const QString &separator = QStringLiteral(", "),
                        qsizetype shown = defaultShown);
    // The same with each item in quotation marks: “a”, “b” and 3 more.
    static QString quoted(const QStringList &items, qsizetype shown = defaultShown);
    // One item cut to `maxChars` characters with "…" at the end, never inside a surrogate pair.
    static QString shortened(const QString &item, qsizetype maxChars = maxItemChars);
};

} // namespace PortalKeys
