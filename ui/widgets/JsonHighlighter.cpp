#include "widgets/JsonHighlighter.h"

#include <QRegularExpression>

namespace PortalKeys::Ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression strings(QStringLiteral(R"("(?:[^"\\]|\\.)*"(\s*:)?)"));
    static const QRegularExpression numbers(QStringLiteral(R"((?<![\w."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"));
    static const QRegularExpression literals(QStringLiteral(R"(\b(?:true|false|null)\b)"));

    QTextCharFormat memberName;
    memberName.setForeground(QColor(0x1a, 0x56, 0xdb));
    QTextCharFormat stringValue;
    stringValue.setForeground(QColor(0x0b, 0x7a, 0x3b));
    QTextCharFormat number;
    number.setForeground(QColor(0xb4, 0x53, 0x09));
    QTextCharFormat literal;
    literal.setForeground(QColor(0x9d, 0x17, 0x4d));
    literal.setFontWeight(QFont::DemiBold);

    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), number);
    }
    for (auto it = literals.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), literal);
    }
    // Strings last, so digits and words inside them keep the string colour.
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool isName = match.capturedLength(1) > 0;
        setFormat(int(match.capturedStart()), int(match.capturedLength() - match.capturedLength(1)),
                  isName ? memberName : stringValue);
    }
}

} // namespace PortalKeys::Ui
