#include "thirdparty/ServiceActionBar.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::ServiceView;

ServiceActionBar::ServiceActionBar(QWidget *parent)
    : QWidget(parent)
{
    m_result = new VerdictBanner;
    m_result->setObjectName(QStringLiteral("saveResult"));
    m_result->setTextFormat(Qt::RichText); // showResult() escapes every part
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveService"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ServiceActionBar::saveRequested);
    m_toggle = new QPushButton(tr("&Disable…"));
    m_toggle->setObjectName(QStringLiteral("toggleService"));
    m_toggle->setToolTip(tr("Clear every key of this service on the portal, which switches it off"));
    connect(m_toggle, &QPushButton::clicked, this, &ServiceActionBar::toggleRequested);
    m_deleteDraft = new QPushButton(tr("&Delete draft…"));
    m_deleteDraft->setObjectName(QStringLiteral("deleteDraft"));
    m_deleteDraft->setToolTip(tr("Delete this draft and its values from the keychain"));
    connect(m_deleteDraft, &QPushButton::clicked, this, &ServiceActionBar::deleteDraftRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_deleteDraft);
    buttons->addStretch();

    // The same spacing as between the editor's other rows, as if the result and the buttons were two of them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
}

void ServiceActionBar::update(const State &state)
{
    const bool readOnly = state.service == ServiceView::State::ReadOnly;
    const bool on = state.service == ServiceView::State::On;
    // As on the portal's own page: a service that is off has one action, Enable, which saves the keys (a
    // service with keys is on); one that is on saves changed keys, or is switched off by clearing them all.
    m_save->setEnabled(state.canSave);
    if (!state.online) {
        m_save->setText(tr("&Save draft"));
        m_save->setToolTip(tr("Keep the values typed above as a draft, in the keychain"));
    } else if (on) {
        m_save->setText(tr("&Save"));
        m_save->setToolTip(tr("Save the changed keys on the portal, after a preview of the changes"));
    } else {
        m_save->setText(tr("&Enable"));
        m_save->setToolTip(tr("Save the keys typed above on the portal, which switches the service on"));
    }
    m_save->setVisible(!readOnly); // nothing to do here for a fixed service
    m_toggle->setVisible(state.online && on);
    m_toggle->setEnabled(state.hasEntry && !state.busy);
    m_deleteDraft->setVisible(state.draft);
    m_deleteDraft->setEnabled(!state.busy);
}

void ServiceActionBar::showResult(VerdictBanner::State state, const QString &text, const QString &details)
{
    QString html = QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    if (!details.isEmpty())
        html += QStringLiteral("<br><span style=\"font-weight:400\">%1</span>").arg(details.toHtmlEscaped());
    m_result->showVerdict(state, html);
}

void ServiceActionBar::clearResult()
{
    m_result->showVerdict(VerdictBanner::State::Neutral, QString());
}

QList<QWidget *> ServiceActionBar::focusChain() const
{
    return {m_save, m_toggle, m_deleteDraft};
}

} // namespace PortalKeys::Ui
