#include "widgets/SecretEdit.h"

#include "shell/Resources.h"
#include "widgets/ThemedIcon.h"

#include <QEvent>
#include <QIcon>
#include <QStyle>
#include <QToolButton>

namespace PortalKeys::Ui {

SecretEdit::SecretEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QToolButton(this))
{
    // Standalone dialogs (and tests) create this before any main window loaded the icons.
    ensureResourcesLoaded();
    setEchoMode(QLineEdit::Password);
    // Keep input methods from learning or suggesting secrets, also while the text is shown.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_reveal->setCheckable(true);
    m_reveal->setAutoRaise(true);
    m_reveal->setCursor(Qt::ArrowCursor);
    // Tab reaches it; a click leaves the focus in the field, where the typing goes on.
    m_reveal->setFocusPolicy(Qt::TabFocus);
    // One name, with the pressed state saying whether the secret shows: "Show secret, toggle button,
    // pressed".
    m_reveal->setAccessibleName(tr("Show secret"));
    connect(m_reveal, &QToolButton::toggled, this, &SecretEdit::setRevealed);
    setRevealed(false);
    placeRevealButton();
}

bool SecretEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void SecretEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(revealed);
    m_reveal->setIcon(ThemedIcon::load(
        revealed ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg"), palette()));
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(revealed ? tr("Hide what was typed") : tr("Show what was typed"));
}

void SecretEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    placeRevealButton();
}

void SecretEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LayoutDirectionChange)
        placeRevealButton();
}

void SecretEdit::placeRevealButton()
{
    // Inside the field's frame at the trailing end, where QLineEdit puts its own action icons; the text
    // stops short of it.
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    // As tall as the text line of a field of normal height (not of this one: before it is laid out a widget
    // is 640x480, and the margin would make the field ask for that width).
    const int side = qMax(16, QLineEdit::sizeHint().height() - 2 * frame - 2);
    const int iconSide = qMin(16, side - 4);
    m_reveal->setIconSize(QSize(iconSide, iconSide));
    m_reveal->resize(side, side);
    const int y = (height() - side) / 2;
    const int x = layoutDirection() == Qt::RightToLeft ? frame + 1 : width() - frame - 1 - side;
    m_reveal->move(x, y);
    const int margin = side + 2;
    setTextMargins(layoutDirection() == Qt::RightToLeft ? margin : 0, 0,
                   layoutDirection() == Qt::RightToLeft ? 0 : margin, 0);
}

} // namespace PortalKeys::Ui
