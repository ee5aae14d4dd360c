#include "widgets/PageHeader.h"

#include "widgets/HeadingRow.h"
#include "widgets/PageControls.h"
#include "widgets/SecureClipboard.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

constexpr int statusShownMs = 5000;

} // namespace

PageHeader::PageHeader(const QString &heading, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_status(PageControls::note(QString(), QStringLiteral("clipboardStatus")))
{
    auto *title = new QLabel(heading);
    title->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = title->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    title->setFont(headingFont);
    m_status->setWordWrap(false);
    m_row = new HeadingRow(title, m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(m_row);
    layout->addWidget(PageControls::note(intro, QStringLiteral("pageIntro")));
}

void PageHeader::addTrailingWidget(QWidget *widget)
{
    m_row->addWidget(widget);
}

void PageHeader::followClipboard(SecureClipboard *clipboard)
{
    connect(clipboard, &SecureClipboard::copied, m_status, [this](const QString &status) {
        m_status->setText(status);
        QTimer::singleShot(statusShownMs, m_status, &QLabel::clear);
    });
}

} // namespace PortalKeys::Ui
