#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>

namespace PortalKeys::Ui {

// Colours the three segments of a compact JWS (header, payload, signature), as jwt.io users know them.
// A token pasted over several lines keeps its colours: each line carries the segment it ends in.
class TokenHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    // `palette`: the editor's, for colours that read well on its background (light or dark).
    TokenHighlighter(QTextDocument *document, const QPalette &palette);

    static QColor segmentColor(int segment, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QPalette m_palette;
};

} // namespace PortalKeys::Ui
