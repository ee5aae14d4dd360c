#include "oauthapps/AppFormPanel.h"

#include "oauthapps/AppActionBar.h"
#include "oauthapps/AppHeader.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageControls.h"
#include "widgets/ScrollColumn.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;

AppFormPanel::AppFormPanel(SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_header(new AppHeader(clipboard))
    , m_scroll(new ScrollColumn)
    , m_form(new AppForm)
    , m_actionBar(new AppActionBar)
{
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    auto *formHolder = new QWidget;
    auto *holderLayout = new QVBoxLayout(formHolder);
    holderLayout->setContentsMargins(0, 0, 10, 0); // room between the fields and the scroll bar
    holderLayout->addWidget(m_form);
    m_scroll->setWidget(formHolder);
    PageControls::chainTabOrder(m_actionBar->focusOrder());
    // The area follows the focus however it moves (Tab, a click, a mnemonic, the first field with an error),
    // with the message under the field, also one that appears while the field is being typed in.
    m_scroll->setCompanion([this](QWidget *focus) -> QWidget * {
        for (FieldMessage *message : m_form->findChildren<FieldMessage *>()) {
            if (message->field() == focus && message->isVisible())
                return message;
        }
        return nullptr;
    });
    connect(m_form, &AppForm::changed, this,
            [this] { QTimer::singleShot(0, m_scroll, &ScrollColumn::keepFocusInView); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_actionBar);
}

void AppFormPanel::load(const OAuthApp &app, AppForm::Mode mode, bool showAllFindings)
{
    m_form->setApp(app, mode, showAllFindings);
    m_scroll->ensureVisible(0, 0);
}

void AppFormPanel::refresh(const Shown &shown)
{
    refreshHeader(shown);
    m_header->showActions(shown.registered, shown.busy);
    AppActionBar::State state;
    state.draftMode = m_form->mode() == AppForm::Mode::Draft;
    state.storedDraft = shown.storedDraft;
    state.registered = shown.registered != nullptr;
    state.busy = shown.busy;
    state.dirty = m_form->isDirty();
    state.named = !m_form->app().name.isEmpty();
    state.canRegister = m_form->canRegister();
    state.canUpdate = m_form->canUpdate();
    state.portalName = shown.portalName;
    state.pendingFields = m_form->pendingFields();
    m_actionBar->showState(state);
}

void AppFormPanel::refreshHeader(const Shown &shown)
{
    const OAuthApp app = m_form->app();
    if (const OAuthApp *registered = shown.registered) {
        const QString state =
            registered->enabled ? tr("Registered on %1, enabled") : tr("Registered on %1, disabled");
        m_header->showTitle(app.logo, registered->name,
                            state.arg(shown.portalName) + QLatin1Char('\n') +
                                tr("Client ID: %1").arg(registered->clientId));
    } else if (shown.storedDraft) {
        m_header->showTitle(app.logo, app.name.isEmpty() ? tr("(no name)") : app.name,
                            m_form->isDirty() ? tr("Draft, changed") : tr("Draft, not registered"));
    } else {
        m_header->showTitle(app.logo, app.name.isEmpty() ? tr("New app") : app.name, tr("Not saved yet"));
    }
}

void AppFormPanel::whenChangesHandled(std::function<void()> proceed)
{
    if (!m_form->isDirty()) {
        proceed();
        return;
    }
    const QString name = m_form->app().name.isEmpty() ? tr("the new app") : m_form->app().name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("Discard the changes to “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setInformativeText(m_form->mode() == AppForm::Mode::Registered
                                ? tr("They have not been sent to the portal.")
                                : tr("They have not been saved as a draft."));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChanges"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [discard, proceed](QAbstractButton *clicked) {
        if (clicked == discard)
            proceed();
    });
    box->open();
}

} // namespace PortalKeys::Ui
