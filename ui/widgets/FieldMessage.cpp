#include "widgets/FieldMessage.h"

#include "widgets/Announcer.h"
#include "widgets/StatusColors.h"

#include <QTimer>

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
    // A form checks itself on every key and clears its messages before it shows them again: what to announce
    // is known once the event loop is back, and only a message that differs from the last one is news.
    if (!m_announcing) {
        m_announcing = true;
        QTimer::singleShot(0, this, &FieldMessage::announce);
    }
}

void FieldMessage::announce()
{
    m_announcing = false;
    const bool problem = m_kind == Kind::Error || m_kind == Kind::Warning;
    if (m_field) {
        // Notes (why a field is read-only) are read with the field, never spoken out of turn.
        if (problem)
            Announcer::fieldMessage(m_field, text());
        else
            Announcer::describe(m_field, text());
        return;
    }
    // A message about the whole form.
    if (problem && text() != m_announced)
        Announcer::alert(this);
    m_announced = text();
}

} // namespace PortalKeys::Ui
