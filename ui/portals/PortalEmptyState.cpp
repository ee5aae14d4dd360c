#include "portals/PortalEmptyState.h"

#include "widgets/PageControls.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

PortalEmptyState::PortalEmptyState(const QKeySequence &addShortcut, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *icon = new QLabel;
    icon->setPixmap(ThemedIcon::load(QStringLiteral(":/icons/page-portals.svg"), palette()).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("No portals yet"));
    title->setObjectName(QStringLiteral("emptyTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Add the first portal you administer: its address, and how PortalKeys signs "
                               "in — with an API key, your e-mail and password, a token, or OAuth 2.0."));
    text->setObjectName(QStringLiteral("emptyText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    // A fixed width keeps a short, centred paragraph. It sits between stretches rather than in an aligned
    // cell: an aligned cell gets the label's one-line size hint, which cuts a longer (translated) paragraph.
    text->setFixedWidth(440);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto *add = PageControls::button(tr("&Add a portal…"), QStringLiteral("addFirstPortal"));
    add->setToolTip(PageControls::withShortcut(tr("Add a portal"), addShortcut));
    connect(add, &QPushButton::clicked, this, &PortalEmptyState::addRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(6);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace PortalKeys::Ui
