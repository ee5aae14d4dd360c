#include "widgets/SecretEdit.h"

#include "shell/Resources.h"

#include <QAction>
#include <QIcon>

namespace PortalKeys::Ui {

SecretEdit::SecretEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // Standalone dialogs (and tests) create this before any main window loaded the icons.
    ensureResourcesLoaded();
    setEchoMode(QLineEdit::Password);
    // Keep input methods from learning or suggesting secrets, also while the text is shown.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase);
    m_reveal = addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show what was typed"));
    connect(m_reveal, &QAction::toggled, this, &SecretEdit::setRevealed);
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
    m_reveal->setIcon(
        QIcon(revealed ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg")));
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(revealed ? tr("Hide what was typed") : tr("Show what was typed"));
}

} // namespace PortalKeys::Ui
