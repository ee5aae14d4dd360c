#include "thirdparty/ServiceOperations.h"

#include "thirdparty/ChangePreviewDialog.h"
#include "widgets/PortalOperation.h"

#include "portal/PortalSession.h"

namespace PortalKeys::Ui {

using AuthService::AuthServiceApi;
using AuthService::KeyChange;
using AuthService::ServiceEntry;
using AuthService::ServiceView;
using Portal::PortalError;
using Portal::PortalProfile;

ServiceOperations::ServiceOperations(PortalOperation *operation, SecretStore *secrets, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_operation(operation)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{}

QList<ServiceEntry> ServiceOperations::entriesOf(const QList<ServiceView> &views) const
{
    QList<ServiceEntry> entries;
    for (const ServiceView &view : views)
        entries.append(ServiceEntry::forView(view));
    return entries;
}

void ServiceOperations::load(const PortalProfile &portal, Entries loaded, Failed failed)
{
    QObject *token = m_operation->begin(tr("Reading the services of %1…").arg(portal.name));
    const auto fail = [this, portal, failed](const PortalError &error) {
        m_operation->end();
        if (error.kind() != PortalError::Kind::Cancelled)
            emit notice(VerdictBanner::State::Invalid,
                        PortalOperation::failureText(
                            error, tr("The services of %1 could not be read.").arg(portal.name)));
        failed(error.kind() == PortalError::Kind::Cancelled);
    };
    auto *session = new Portal::PortalSession(portal, m_secrets, token);
    session->open([this, token, fail, loaded](const PortalError &error, Portal::PortalClient *client) {
        if (!m_operation->isCurrent(token))
            return;
        if (error.isError())
            return fail(error);
        AuthService::PortalServices::load(
            client, [this, token, fail, loaded](const PortalError &listError,
                                                const AuthService::PortalServices &services) {
                if (!m_operation->isCurrent(token))
                    return;
                if (listError.isError())
                    return fail(listError);
                m_operation->end();
                m_services = services;
                if (!services.versionNotice.isEmpty())
                    emit notice(VerdictBanner::State::Warning, services.versionNotice);
                loaded(entriesOf(services.views));
            });
    });
}

void ServiceOperations::previewAndSave(const PortalProfile &portal, const ServiceEntry &entry,
                                       const QMap<QString, QString> &values, Saved saved)
{
    const QList<KeyChange> changes = entry.view.preview(values);
    if (!KeyChange::anyChange(changes)) {
        emit result(entry.id(), VerdictBanner::State::Neutral,
                    tr("Nothing to save: the portal has these values."));
        return;
    }
    auto *dialog = new ChangePreviewDialog(entry.title(), portal.name, changes, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, portal, entry, values, saved] { runSave(portal, entry, values, saved); });
    dialog->open();
}

void ServiceOperations::runSave(const PortalProfile &portal, const ServiceEntry &entry,
                                const QMap<QString, QString> &values, Saved saved)
{
    if (m_operation->isBusy())
        return;
    QObject *token = m_operation->begin(tr("Saving %1 on %2…").arg(entry.title(), portal.name));
    emit saveStarted();
    const AuthService::KeyValues send = entry.view.valuesToSend(values);
    const bool disabling = KeyChange::disables(entry.view.preview(values));
    auto *session = new Portal::PortalSession(portal, m_secrets, token);
    session->open([this, token, portal, entry, send, disabling, saved](const PortalError &error,
                                                                       Portal::PortalClient *client) {
        if (!m_operation->isCurrent(token))
            return;
        if (error.isError())
            return saveFailed(portal, entry, error);
        AuthServiceApi::save(client, entry.view.portalName(), send,
                             [this, token, portal, entry, disabling,
                              saved](const PortalError &saveError, const AuthServiceApi::SaveResult &answer) {
                                 if (!m_operation->isCurrent(token))
                                     return;
                                 if (saveError.isError())
                                     return saveFailed(portal, entry, saveError);
                                 m_operation->end();
                                 ServiceEntry updated = entry;
                                 if (!answer.after.name.isEmpty())
                                     updated.view = m_services.merge({answer.after}).constFirst();
                                 saved(updated);
                                 reportSaved(portal, updated, entry.title(), disabling, answer);
                             });
    });
}

void ServiceOperations::saveFailed(const PortalProfile &portal, const ServiceEntry &entry,
                                   const PortalError &error)
{
    m_operation->end();
    if (error.kind() == PortalError::Kind::Cancelled) {
        emit result(entry.id(), VerdictBanner::State::Neutral,
                    tr("Cancelled. If the portal had already received the keys, it keeps "
                       "them; Reload shows what it has."));
        return;
    }
    // Whatever was typed stays in the fields: the admin fixes it and saves again.
    emit result(entry.id(), VerdictBanner::State::Invalid, tr("%1 was not saved.").arg(entry.title()),
                error.message());
    // A refused save may have changed the portal (Bad keys clears the service): show what it has now.
    if (error.kind() == PortalError::Kind::BadRequest)
        relist(portal);
}

void ServiceOperations::reportSaved(const PortalProfile &portal, const ServiceEntry &updated,
                                    const QString &title, bool disabling,
                                    const AuthServiceApi::SaveResult &answer)
{
    if (!answer.mismatches.isEmpty()) {
        QStringList labels;
        for (const QString &key : answer.mismatches) {
            const Catalog::KeyDefinition *definition = updated.view.definition.key(key);
            labels.append(definition ? definition->label : key);
        }
        emit result(updated.id(), VerdictBanner::State::Warning,
                    tr("Saved on %1, but the portal reports other values than were sent.").arg(portal.name),
                    tr("Check these keys: %1.").arg(labels.join(QStringLiteral(", "))));
    } else if (disabling) {
        emit result(updated.id(), VerdictBanner::State::Valid, tr("%1 is off on %2.").arg(title, portal.name),
                    tr("The portal confirmed that every key is cleared."));
    } else if (!answer.changed) {
        emit result(updated.id(), VerdictBanner::State::Neutral,
                    tr("%1 already had these keys; nothing changed.").arg(portal.name));
    } else {
        emit result(updated.id(), VerdictBanner::State::Valid, tr("Saved %1 on %2.").arg(title, portal.name),
                    tr("The portal confirmed every key."));
    }
}

void ServiceOperations::relist(const PortalProfile &portal)
{
    QObject *token = m_operation->begin(tr("Reading what %1 has now…").arg(portal.name));
    auto *session = new Portal::PortalSession(portal, m_secrets, token);
    session->open([this, token](const PortalError &error, Portal::PortalClient *client) {
        if (!m_operation->isCurrent(token))
            return;
        if (error.isError())
            return m_operation->end();
        AuthServiceApi::list(
            client, [this, token](const PortalError &listError, const QList<AuthService::Service> &services) {
                if (!m_operation->isCurrent(token))
                    return;
                m_operation->end();
                if (!listError.isError())
                    emit relisted(entriesOf(m_services.merge(services)));
            });
    });
}

} // namespace PortalKeys::Ui
