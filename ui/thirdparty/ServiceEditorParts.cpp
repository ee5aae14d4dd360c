#include "thirdparty/ServiceEditorParts.h"

#include <QLabel>

namespace PortalKeys::Ui::ServiceEditorParts {

QLabel *wrappedLabel(const QString &objectName, bool muted)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString pillStyle(const StatusColors::Swatch &colours)
{
    return QStringLiteral("QLabel { background:%1; color:%2; border-radius:9px; padding:1px 9px; }")
        .arg(colours.background.name(), colours.text.name());
}

QLabel *sectionHeading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace PortalKeys::Ui::ServiceEditorParts
