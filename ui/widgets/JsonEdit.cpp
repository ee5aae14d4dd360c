#include "widgets/JsonEdit.h"

#include "widgets/JsonHighlighter.h"

#include <QFontDatabase>

namespace PortalKeys::Ui {

JsonEdit::JsonEdit(Mode mode, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setReadOnly(mode == Mode::ReadOnly);
    new JsonHighlighter(document(), palette());
}

} // namespace PortalKeys::Ui
