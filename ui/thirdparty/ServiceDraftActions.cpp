#include "thirdparty/ServiceDraftActions.h"

#include "widgets/PortalOperation.h"

#include "authservice/ServiceDrafts.h"

#include <QMessageBox>
#include <QPushButton>

namespace PortalKeys::Ui {

using AuthService::ServiceDrafts;
using AuthService::ServiceEntry;

ServiceDraftActions::ServiceDraftActions(PortalOperation *operation, Drafts::DraftStore *store,
                                         SecretStore *secrets, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_operation(operation)
    , m_store(store)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{}

const ServiceDraftActions::Values *ServiceDraftActions::values(const QString &draftId) const
{
    const auto found = m_values.constFind(draftId);
    return found == m_values.constEnd() ? nullptr : &found.value();
}

void ServiceDraftActions::readValues(const Drafts::Draft &draft, Read read)
{
    // Later, not now: the read being replaced may be the one whose answer brought us here.
    if (m_read)
        m_read->deleteLater();
    auto *context = new QObject(this);
    m_read = context;
    m_store->loadValues(
        draft, *m_secrets, context,
        [this, context, draft, read](const QString &error, const Drafts::DraftValues &values) {
            context->deleteLater();
            if (error.isEmpty()) {
                m_values.insert(draft.id, ServiceDrafts::toText(values));
                m_missing.insert(draft.id, draft.missingValues(values));
            }
            read(error);
        });
}

void ServiceDraftActions::save(const ServiceEntry &entry, const Values &values, Saved saved)
{
    const Drafts::Draft draft = ServiceDrafts::draftFor(entry.view.definition, entry.draft);
    const Drafts::DraftValues stored = ServiceDrafts::fromText(entry.view.valuesToSend(values));
    const QString problem = draft.problem();
    if (!problem.isEmpty()) {
        emit result(entry.id(), VerdictBanner::State::Invalid, tr("The draft was not saved."), problem);
        return;
    }
    QObject *token =
        m_operation->begin(tr("Saving the draft of %1 in the keychain…").arg(entry.title()), false);
    emit saveStarted();
    m_store->saveDraft(
        draft, stored, *m_secrets, token, [this, token, draft, stored, entry, saved](const QString &error) {
            if (!m_operation->isCurrent(token))
                return;
            m_operation->end();
            if (!error.isEmpty()) {
                emit result(entry.id(), VerdictBanner::State::Invalid, tr("The draft was not saved."), error);
                return;
            }
            m_values.insert(draft.id, ServiceDrafts::toText(stored));
            m_missing.remove(draft.id); // what was missing is typed again, or left out on purpose
            saved(draft.id);
            emit result(ServiceEntry::idOf(ServiceEntry::Ref::draft(draft.id)), VerdictBanner::State::Valid,
                        tr("Draft saved."),
                        tr("Its values are in the keychain; the list of drafts holds only the "
                           "names of its keys."));
        });
}

void ServiceDraftActions::confirmRemove(const Drafts::Draft &draft, const QString &title, Done removed)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete draft"), tr("Delete the draft “%1”?").arg(title),
                        QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("deleteDraftConfirmation"));
    box->setInformativeText(tr("Its values are removed from the keychain. Bundles it was exported to, and "
                               "portals it was applied to, keep their copies."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Deleting drops values that may exist nowhere else: Enter must not do it.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox sizes itself to the short question and wraps the explanation into a narrow column.
    box->setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    connect(box, &QMessageBox::buttonClicked, this, [this, draft, remove, removed](QAbstractButton *clicked) {
        if (clicked == remove)
            this->remove(draft, removed);
    });
    box->open();
}

void ServiceDraftActions::remove(const Drafts::Draft &draft, Done removed)
{
    if (m_operation->isBusy())
        return;
    QObject *token = m_operation->begin(tr("Deleting the draft and its values…"), false);
    m_store->removeDraft(draft.id, *m_secrets, token, [this, token, draft, removed](const QString &error) {
        if (!m_operation->isCurrent(token))
            return;
        m_operation->end();
        if (!error.isEmpty()) {
            emit notice(VerdictBanner::State::Invalid, error);
            return;
        }
        m_values.remove(draft.id);
        m_missing.remove(draft.id);
        removed();
    });
}

} // namespace PortalKeys::Ui
