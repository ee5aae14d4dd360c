#pragma once

#include <QSyntaxHighlighter>

namespace PortalKeys::Ui {

// Colours the three segments of a compact JWS (header, payload, signature), as jwt.io users know them.
// A token pasted over several lines keeps its colours: each line carries the segment it ends in.
class TokenHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit TokenHighlighter(QTextDocument *document);

    static QColor segmentColor(int segment);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace PortalKeys::Ui
