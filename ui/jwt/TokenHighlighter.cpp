#include "jwt/TokenHighlighter.h"

#include "widgets/StatusColors.h"

namespace PortalKeys::Ui {

TokenHighlighter::TokenHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_palette(palette)
{}

QColor TokenHighlighter::segmentColor(int segment, const QPalette &palette)
{
    switch (segment) {
    case 0: // header
        return StatusColors::readable(QColor(0xc2, 0x18, 0x5b), QColor(0xf4, 0x8f, 0xb1), palette);
    case 1: // payload
        return StatusColors::readable(QColor(0x6a, 0x1b, 0x9a), QColor(0xce, 0x93, 0xd8), palette);
    case 2: // signature
        return StatusColors::readable(QColor(0x02, 0x77, 0xbd), QColor(0x4f, 0xc3, 0xf7), palette);
    default: // segments beyond the third (a JWE)
        return palette.color(QPalette::PlaceholderText);
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
        format.setForeground(segmentColor(segment, m_palette));
        setFormat(i, 1, format);
    }
    setCurrentBlockState(segment);
}

} // namespace PortalKeys::Ui
