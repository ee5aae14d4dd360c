#pragma once

#include <QWidget>

class QLabel;

namespace PortalKeys::Ui {

class HeadingRow;
class SecureClipboard;

// The top of a page: its heading in large type, a line or two saying what the page is for, and on the right
// of the heading a short-lived status (what was copied, when the clipboard was cleared).
class PageHeader : public QWidget {
    Q_OBJECT

public:
    PageHeader(const QString &heading, const QString &intro, QWidget *parent = nullptr);

    // Shows what `clipboard` reports for a few seconds.
    void followClipboard(SecureClipboard *clipboard);
    // Puts `widget` (a page-wide button) at the right end of the heading's row, or under the heading when the
    // page is too narrow for both.
    void addTrailingWidget(QWidget *widget);

private:
    QLabel *m_status;
    HeadingRow *m_row;
};

} // namespace PortalKeys::Ui
