#include "widgets/JsonHighlighter.h"

#include "widgets/StatusColors.h"

#include <QRegularExpression>

namespace PortalKeys::Ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    m_memberName.setForeground(
        StatusColors::readable(QColor(0x1a, 0x56, 0xdb), QColor(0x8a, 0xb4, 0xf8), palette));
    m_stringValue.setForeground(
        StatusColors::readable(QColor(0x0b, 0x7a, 0x3b), QColor(0x81, 0xc9, 0x95), palette));
    m_number.setForeground(
        StatusColors::readable(QColor(0xb4, 0x53, 0x09), QColor(0xff, 0xb7, 0x4d), palette));
    m_literal.setForeground(
        StatusColors::readable(QColor(0x9d, 0x17, 0x4d), QColor(0xf4, 0x8f, 0xb1), palette));
    m_literal.setFontWeight(QFont::DemiBold);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression strings(QStringLiteral(R"("(?:[^"\\]|\\.)*"(\s*:)?)"));
    static const QRegularExpression numbers(QStringLiteral(R"((?<![\w."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"));
    static const QRegularExpression literals(QStringLiteral(R"(\b(?:true|false|null)\b)"));

    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_number);
    }
    for (auto it = literals.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_literal);
    }
    // Strings last, so digits and words inside them keep the string colour.
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool isName = match.capturedLength(1) > 0;
        setFormat(int(match.capturedStart()), int(match.capturedLength() - match.capturedLength(1)),
                  isName ? m_memberName : m_stringValue);
    }
}

} // namespace PortalKeys::Ui
