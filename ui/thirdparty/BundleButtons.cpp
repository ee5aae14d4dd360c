#include "thirdparty/BundleButtons.h"

#include "widgets/PageControls.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace PortalKeys::Ui {

BundleButtons::BundleButtons(QWidget *parent)
    : QWidget(parent)
{
    const auto add = [this](const QString &text, const QString &name, const QString &tip, auto requested) {
        QPushButton *button = PageControls::button(text, name);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, requested);
        m_buttons.append(button);
    };
    add(tr("E&xport bundle…"), QStringLiteral("exportBundle"),
        tr("Write drafts and their values to a file encrypted with a passphrase"),
        &BundleButtons::exportRequested);
    add(tr("&Import bundle…"), QStringLiteral("importBundle"),
        tr("Add the drafts of a bundle file to your drafts"), &BundleButtons::importRequested);
    add(tr("&Apply to portals…"), QStringLiteral("applyToPortals"),
        tr("Check, then save drafts or a bundle on several portals at once"), &BundleButtons::applyRequested);
    add(tr("Co&mpare…"), QStringLiteral("compareKeys"),
        tr("Compare a portal's keys with your drafts, a bundle or another portal"),
        &BundleButtons::compareRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : std::as_const(m_buttons))
        layout->addWidget(button);
}

void BundleButtons::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(!busy);
}

QList<QWidget *> BundleButtons::focusOrder() const
{
    return {m_buttons.cbegin(), m_buttons.cend()};
}

} // namespace PortalKeys::Ui
