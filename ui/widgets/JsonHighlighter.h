#pragma once

#include <QSyntaxHighlighter>

namespace PortalKeys::Ui {

// Colours JSON text: member names, strings, numbers, and true/false/null.
class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace PortalKeys::Ui
