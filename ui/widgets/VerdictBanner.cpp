#include "widgets/VerdictBanner.h"

namespace PortalKeys::Ui {

namespace {

QString styleFor(VerdictBanner::State state)
{
    // Colours readable on light and dark palettes: a tinted background with a strong border.
    switch (state) {
    case VerdictBanner::State::Valid:
        return QStringLiteral("background:#e6f4ea; color:#14532d; border:1px solid #34a853;");
    case VerdictBanner::State::Invalid:
        return QStringLiteral("background:#fdecea; color:#7f1d1d; border:1px solid #d93025;");
    case VerdictBanner::State::Warning:
        return QStringLiteral("background:#fef7e0; color:#713f12; border:1px solid #f9ab00;");
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
    m_state = state;
    setText(text);
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius:6px; padding:8px 10px; font-weight:600; }")
                      .arg(styleFor(state)));
    setVisible(!text.isEmpty());
}

} // namespace PortalKeys::Ui
