#pragma once

// Reading text shown under the pseudo-translation of tests/translations.cmake, in which every translation is
// its source between ⟦ and ⟧: what is left outside the brackets never passed through the translator.
#include <QChar>
#include <QRegularExpression>
#include <QString>

namespace PortalKeys::Testing {

inline const QChar pseudoOpen(0x27e6);

// The text with every ⟦…⟧ taken out, innermost first (a translated part may hold another).
inline QString outsideTranslations(QString text)
{
    static const QRegularExpression innermost(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
    for (qsizetype before = -1; before != text.size();) {
        before = text.size();
        text.remove(innermost);
    }
    return text;
}

inline bool hasLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace PortalKeys::Testing
