#include "jwt/TokenHighlighter.h"

namespace PortalKeys::Ui {

TokenHighlighter::TokenHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

QColor TokenHighlighter::segmentColor(int segment)
{
    switch (segment) {
    case 0:
        return QColor(0xc2, 0x18, 0x5b); // header
    case 1:
        return QColor(0x6a, 0x1b, 0x9a); // payload
    case 2:
        return QColor(0x02, 0x77, 0xbd); // signature
    default:
        return QColor(0x75, 0x75, 0x75); // segments beyond the third (a JWE)
    }
}

void TokenHighlighter::highlightBlock(const QString &text)
{
    int segment = std::max(previousBlockState(), 0);
    QTextCharFormat format;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('.')) {
            ++segment;
            continue;
        }
        format.setForeground(segmentColor(segment));
        setFormat(i, 1, format);
    }
    setCurrentBlockState(segment);
}

} // namespace PortalKeys::Ui
