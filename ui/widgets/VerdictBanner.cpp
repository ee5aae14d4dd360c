#include "widgets/VerdictBanner.h"

#include "widgets/Announcer.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QTextDocumentFragment>

namespace PortalKeys::Ui {

namespace {

QString styleFor(VerdictBanner::State state, const QPalette &palette)
{
    // A tinted background with a border of the same tone, from the palette: readable in light and dark
    // themes.
    switch (state) {
    case VerdictBanner::State::Valid:
        return StatusColors::swatchStyleSheet(StatusColors::Tone::Success, palette);
    case VerdictBanner::State::Invalid:
        return StatusColors::swatchStyleSheet(StatusColors::Tone::Error, palette);
    case VerdictBanner::State::Warning:
        return StatusColors::swatchStyleSheet(StatusColors::Tone::Warning, palette);
    case VerdictBanner::State::Neutral:
        break;
    }
    return QStringLiteral("background:palette(alternate-base); border:1px solid palette(mid);");
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // messages quote user input; never interpret it as HTML
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Verdict"));
    showVerdict(State::Neutral, QString());
}

void VerdictBanner::showVerdict(State state, const QString &text)
{
    const bool news = state != m_state || text != this->text();
    m_state = state;
    setText(text);
    // The colours of the window around the banner: its own palette carries the last verdict's style sheet.
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius:6px; padding:8px 10px; font-weight:600; }")
                      .arg(styleFor(state, around)));
    setVisible(!text.isEmpty());
    // The fixed name says what this is; the verdict itself is the description, read out when it changes.
    if (news) {
        const bool rich =
            textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        Announcer::announce(this, rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
    }
}

} // namespace PortalKeys::Ui
