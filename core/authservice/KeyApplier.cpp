#include "authservice/KeyApplier.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/ServiceView.h"
#include "catalog/ServiceCatalog.h"
#include "common/BoundedList.h"

namespace PortalKeys::AuthService {

using Portal::PortalError;

KeyApplier::KeyApplier(QObject *parent)
    : QObject(parent)
{}

KeyApplier::Prepared KeyApplier::prepare(const Drafts::Draft &draft, const Drafts::DraftValues &values)
{
    QMap<QString, QString> text;
    for (const QString &name : draft.keyNames)
        text.insert(name, QString::fromUtf8(values.value(name)));
    Prepared prepared;
    prepared.keys.service = draft.service;
    const Catalog::ServiceDefinition *known =
        Catalog::ServiceCatalog::builtIn().find(Catalog::Product::DocSpace, draft.service);
    bool allKnown = known != nullptr;
    for (const QString &name : draft.keyNames)
        allKnown = allKnown && known->key(name) != nullptr;
    if (!allKnown) {
        for (const QString &name : draft.keyNames)
            prepared.keys.values.append({name, text.value(name)});
        return prepared;
    }
    const ServiceView view = ServiceView::fromDefinition(*known);
    prepared.issues = view.validate(text).issues;
    prepared.keys.service = known->name;
    prepared.keys.values = view.valuesToSend(text);
    return prepared;
}

QString KeyApplier::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return tr("applied");
    case Outcome::WouldApply:
        return tr("would apply");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Refused:
        return tr("refused");
    }
    return {};
}

void KeyApplier::apply(const QList<Target> &targets, const QList<PreparedKeys> &keys, bool dryRun, Done done)
{
    m_targets = targets;
    m_keys = keys;
    m_dryRun = dryRun;
    m_done = std::move(done);
    m_rows.clear();
    m_target = -1;
    nextTarget();
}

void KeyApplier::nextTarget()
{
    ++m_target;
    if (m_target >= m_targets.size()) {
        Done done = std::move(m_done);
        if (done)
            done(m_rows);
        return;
    }
    const Target &target = m_targets.at(m_target);
    auto refuseAll = [this, &target](const PortalError &error) {
        for (const PreparedKeys &prepared : std::as_const(m_keys))
            m_rows.append({target.portalName, prepared.service, Outcome::Refused, error.message(), error});
    };
    if (!target.client) {
        refuseAll(target.openError.isError() ? target.openError : PortalError::cancelled());
        QMetaObject::invokeMethod(this, &KeyApplier::nextTarget, Qt::QueuedConnection);
        return;
    }
    AuthServiceApi::list(target.client,
                         [this, refuseAll](const PortalError &error, const QList<Service> &services) {
                             if (error.isError()) {
                                 refuseAll(error);
                                 nextTarget();
                                 return;
                             }
                             applyServices(services);
                         });
}

void KeyApplier::applyServices(const QList<Service> &services)
{
    m_services = services;
    m_service = -1;
    nextService();
}

void KeyApplier::nextService()
{
    ++m_service;
    if (m_service >= m_keys.size()) {
        nextTarget();
        return;
    }
    const Target &target = m_targets.at(m_target);
    const PreparedKeys &prepared = m_keys.at(m_service);
    Row row{target.portalName, prepared.service, Outcome::Refused, {}, {}};

    const Service *current = nullptr;
    for (const Service &service : std::as_const(m_services)) {
        if (service.name.compare(prepared.service, Qt::CaseInsensitive) == 0)
            current = &service;
    }
    if (!current) {
        row.detail = tr("This portal does not offer the service “%1” (its version may be older or newer).")
                         .arg(prepared.service);
        m_rows.append(row);
        QMetaObject::invokeMethod(this, &KeyApplier::nextService, Qt::QueuedConnection);
        return;
    }
    if (!current->canSet) {
        row.detail = tr("The installation fixed the keys of “%1” in its configuration; they are read-only.")
                         .arg(current->title.isEmpty() ? current->name : current->title);
        m_rows.append(row);
        QMetaObject::invokeMethod(this, &KeyApplier::nextService, Qt::QueuedConnection);
        return;
    }
    const QList<KeyChange> changes = KeyChange::compute(*current, prepared.values, {});
    row.detail = KeyChange::summary(changes);
    if (!KeyChange::anyChange(changes) || m_dryRun) {
        row.outcome = KeyChange::anyChange(changes) ? Outcome::WouldApply : Outcome::Unchanged;
        m_rows.append(row);
        QMetaObject::invokeMethod(this, &KeyApplier::nextService, Qt::QueuedConnection);
        return;
    }
    AuthServiceApi::save(
        target.client, current->name, prepared.values,
        [this, row](const PortalError &error, const AuthServiceApi::SaveResult &result) mutable {
            if (error.isError()) {
                row.outcome = Outcome::Refused;
                row.detail = error.message();
                row.error = error;
            } else if (!result.mismatches.isEmpty()) {
                row.outcome = Outcome::Refused;
                row.detail = tr("Saved, but the portal reports other values for: %1")
                                 .arg(BoundedList::join(result.mismatches));
            } else {
                row.outcome = Outcome::Applied;
            }
            m_rows.append(row);
            nextService();
        },
        m_historyArea);
}

} // namespace PortalKeys::AuthService
