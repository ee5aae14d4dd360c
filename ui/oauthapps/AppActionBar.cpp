#include "oauthapps/AppActionBar.h"

#include "widgets/PageControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using PageControls::button;
using PageControls::withShortcut;

AppActionBar::AppActionBar(QWidget *parent)
    : QWidget(parent)
    , m_hint(PageControls::note(QString(), QStringLiteral("actionHint")))
    , m_delete(button(tr("&Delete…"), QStringLiteral("deleteApp")))
    , m_export(button(tr("E&xport draft…"), QStringLiteral("exportDraft")))
    , m_saveDraft(button(tr("&Save draft"), QStringLiteral("saveDraft")))
    , m_register(button(tr("&Register"), QStringLiteral("registerApp")))
    , m_update(button(tr("&Update"), QStringLiteral("updateApp")))
{
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_export->setToolTip(tr("Save the form as a JSON draft file, to register the app on another portal or "
                            "keep it elsewhere; it never holds a secret"));
    m_saveDraft->setToolTip(withShortcut(tr("Keep the app as a draft on this computer"), QKeySequence::Save));
    m_update->setToolTip(withShortcut(tr("Send the changed fields to the portal"), QKeySequence::Save));
    connect(m_delete, &QPushButton::clicked, this, &AppActionBar::deleteRequested);
    connect(m_export, &QPushButton::clicked, this, &AppActionBar::exportRequested);
    connect(m_saveDraft, &QPushButton::clicked, this, &AppActionBar::saveDraftRequested);
    connect(m_register, &QPushButton::clicked, this, &AppActionBar::registerRequested);
    connect(m_update, &QPushButton::clicked, this, &AppActionBar::updateRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_register);
    buttons->addWidget(m_update);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
}

void AppActionBar::showState(const State &state)
{
    const bool draft = state.draftMode;
    m_saveDraft->setVisible(draft);
    m_register->setVisible(draft);
    m_update->setVisible(!draft);
    // A draft may be unfinished, but it needs a name to be listed by.
    const bool canSaveDraft = draft && state.named && (state.dirty || !state.storedDraft);
    m_saveDraft->setEnabled(canSaveDraft);
    const bool hasPortal = !state.portalName.isEmpty();
    m_register->setEnabled(draft && hasPortal && !state.busy && state.canRegister);
    m_register->setToolTip(hasPortal ? tr("Register the app on %1").arg(state.portalName)
                                     : tr("Add a portal on the Portals page to register the app"));
    m_update->setEnabled(!draft && !state.busy && state.dirty && state.canUpdate);
    m_canSave = draft ? canSaveDraft : m_update->isEnabled();
    m_delete->setVisible(state.registered || state.storedDraft);
    m_delete->setEnabled(!state.busy);
    m_delete->setToolTip(state.registered ? tr("Delete the app on the portal") : tr("Delete the draft file"));
    m_export->setEnabled(state.named);

    const QString hint = hintFor(state);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString AppActionBar::hintFor(const State &state)
{
    if (state.draftMode && !state.pendingFields.isEmpty())
        return tr("To register, fill in: %1.").arg(state.pendingFields.join(QStringLiteral(", ")));
    if (state.draftMode && state.canRegister && state.portalName.isEmpty())
        return tr("Add a portal on the Portals page to register the app.");
    if (!state.draftMode && state.dirty && !state.canUpdate)
        return tr("Correct the marked fields to update the app.");
    return {};
}

QList<QWidget *> AppActionBar::focusOrder() const
{
    return {m_delete, m_export, m_saveDraft, m_register, m_update};
}

} // namespace PortalKeys::Ui
