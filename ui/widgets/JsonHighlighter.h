#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace PortalKeys::Ui {

// Colours JSON text: member names, strings, numbers, and true/false/null.
class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    // `palette`: the editor's, for colours that read well on its background (light or dark).
    JsonHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_memberName;
    QTextCharFormat m_stringValue;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace PortalKeys::Ui
