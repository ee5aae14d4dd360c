#include "oauthapps/FieldMessage.h"

#include "widgets/StatusColors.h"

namespace PortalKeys::Ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // messages quote what was typed
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

// A wrapped QLabel under a form field ends up far taller than its text: QFormLayout and QScrollArea size it
// by its size hints, which wrap the text into a narrow column. This label instead reports the height of its
// text at the width it has, and asks for a new layout when a resize changes that height.
int FieldMessage::wrappedHeight() const
{
    const QMargins margins = contentsMargins();
    const int width = qMax(1, this->width() - margins.left() - margins.right());
    return QLabel::heightForWidth(width);
}

QSize FieldMessage::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, wrappedHeight()};
}

QSize FieldMessage::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, wrappedHeight()};
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    const int height = wrappedHeight();
    if (height != m_lastHeight) {
        m_lastHeight = height;
        updateGeometry();
    }
}

void FieldMessage::showIssue(const OAuth::OAuthAppIssue &issue)
{
    showMessage(issue.isError() ? Kind::Error : Kind::Warning, issue.message);
}

void FieldMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = text.isEmpty() ? Kind::None : kind;
    setText(text);
    // The colours of the portal list's states, readable on light and dark palettes; the words carry the
    // meaning, the colour only helps.
    switch (m_kind) {
    case Kind::Error:
        setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Error, palette()));
        break;
    case Kind::Warning:
        setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Warning, palette()));
        break;
    case Kind::Note:
    case Kind::None:
        setStyleSheet(QString());
        setForegroundRole(QPalette::PlaceholderText);
        break;
    }
    setVisible(m_kind != Kind::None);
}

} // namespace PortalKeys::Ui
