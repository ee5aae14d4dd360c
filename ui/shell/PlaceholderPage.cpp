#include "shell/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &comingCapability, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *coming = new QLabel(tr("Coming soon: %1").arg(comingCapability), this);
    coming->setObjectName(QStringLiteral("comingCapability"));
    coming->setWordWrap(true);
    coming->setTextInteractionFlags(Qt::TextSelectableByMouse);
    coming->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(coming);
    layout->addStretch();
}

} // namespace PortalKeys::Ui
