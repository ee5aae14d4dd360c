#include "widgets/BusyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace PortalKeys::Ui {

BusyBar::BusyBar(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar)
    , m_text(new QLabel)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    m_progress->setRange(0, 0); // no known end: the bar moves to show that the app is alive
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(96);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setAccessibleName(tr("Working"));
    m_text->setObjectName(QStringLiteral("busyText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelOperation"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    setVisible(false);
}

void BusyBar::start(const QString &text, bool cancellable)
{
    m_busy = true;
    m_text->setText(text);
    m_cancel->setVisible(cancellable);
    setVisible(true);
}

void BusyBar::setText(const QString &text)
{
    m_text->setText(text);
}

void BusyBar::setCancellable(bool cancellable)
{
    m_cancel->setVisible(cancellable);
}

void BusyBar::stop()
{
    m_busy = false;
    m_text->clear();
    setVisible(false);
}

QString BusyBar::text() const
{
    return m_text->text();
}

} // namespace PortalKeys::Ui
