#include "authservice/KeyApplier.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/ServiceView.h"
#include "catalog/ServiceCatalog.h"
#include "common/BoundedList.h"
#include "portal/PortalCall.h"

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
    ++m_generation;
    m_targets = targets;
    m_keys = keys;
    m_dryRun = dryRun;
    m_done = std::move(done);
    m_runs = QList<Run>(targets.size());
    m_unfinished = int(targets.size());
    // From the event loop: `done` never runs before apply() returned, even with nothing to do.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this, [this, generation] { begin(generation); }, Qt::QueuedConnection);
}

bool KeyApplier::wanted(int index, quint64 generation) const
{
    return generation == m_generation && index < m_runs.size() && !m_runs.at(index).finished;
}

void KeyApplier::begin(quint64 generation)
{
    if (generation != m_generation)
        return;
    if (m_targets.isEmpty()) {
        Done done = std::move(m_done);
        if (done)
            done({});
        return;
    }
    QList<int> toOpen;
    for (int index = 0; index < m_targets.size(); ++index) {
        const Target &target = m_targets.at(index);
        if (target.client) {
            m_runs[index].client = target.client;
            list(index);
        } else if (target.open) {
            toOpen.append(index);
        } else {
            refuseRest(index, target.openError.isError() ? target.openError : PortalError::cancelled());
        }
        if (generation != m_generation)
            return; // `done` started another run
    }
    if (toOpen.isEmpty())
        return;
    // The first portal opens alone: a locked keychain asks to be unlocked once, not once per portal.
    const int first = toOpen.takeFirst();
    const QPointer<KeyApplier> self(this);
    open(first, [self, toOpen, generation] {
        if (!self || self->m_generation != generation)
            return;
        for (const int index : toOpen) {
            if (!self || self->m_generation != generation)
                return; // cancelled, or `done` started another run
            self->open(index, [] {});
        }
    });
}

void KeyApplier::open(int index, std::function<void()> then)
{
    const QPointer<KeyApplier> self(this);
    const quint64 generation = m_generation;
    // A copy: an opener that answers at once may end the run, and `done` may start another one.
    const Opener opener = m_targets.at(index).open;
    opener([self, index, generation, then](const PortalError &error, Portal::PortalClient *client) {
        if (!self || !self->wanted(index, generation))
            return then();
        if (error.isError() || !client) {
            self->refuseRest(index, error.isError() ? error : PortalError::cancelled());
        } else {
            self->m_runs[index].client = client;
            self->list(index);
        }
        then();
    });
}

void KeyApplier::list(int index)
{
    const QPointer<KeyApplier> self(this);
    const quint64 generation = m_generation;
    AuthServiceApi::list(m_runs.at(index).client,
                         [self, index, generation](const PortalError &error, const QList<Service> &services) {
                             if (!self || !self->wanted(index, generation))
                                 return;
                             if (error.isError())
                                 return self->refuseRest(index, error);
                             self->m_runs[index].services = services;
                             self->nextService(index);
                         });
}

void KeyApplier::nextService(int index)
{
    Run &run = m_runs[index];
    const QString portal = m_targets.at(index).portalName;
    // Each service gets one row, so the number of rows says which service is next.
    while (run.rows.size() < m_keys.size()) {
        const PreparedKeys &prepared = m_keys.at(run.rows.size());
        Row row{portal, prepared.service, Outcome::Refused, {}, {}};
        const Service *current = nullptr;
        for (const Service &service : std::as_const(run.services)) {
            if (service.name.compare(prepared.service, Qt::CaseInsensitive) == 0)
                current = &service;
        }
        if (!current) {
            row.detail =
                tr("This portal does not offer the service “%1” (its version may be older or newer).")
                    .arg(prepared.service);
        } else if (!current->canSet) {
            row.detail =
                tr("The installation fixed the keys of “%1” in its configuration; they are read-only.")
                    .arg(current->title.isEmpty() ? current->name : current->title);
        } else {
            const QList<KeyChange> changes = KeyChange::compute(*current, prepared.values, {});
            row.detail = KeyChange::summary(changes);
            if (KeyChange::anyChange(changes) && !m_dryRun)
                return save(index, *current, row);
            row.outcome = KeyChange::anyChange(changes) ? Outcome::WouldApply : Outcome::Unchanged;
        }
        run.rows.append(row);
    }
    finishPortal(index);
}

void KeyApplier::save(int index, const Service &current, Row row)
{
    const QPointer<KeyApplier> self(this);
    const quint64 generation = m_generation;
    const PreparedKeys &prepared = m_keys.at(m_runs.at(index).rows.size());
    AuthServiceApi::save(
        m_runs.at(index).client, current.name, prepared.values,
        [self, index, generation, row](const PortalError &error,
                                       const AuthServiceApi::SaveResult &result) mutable {
            if (!self || !self->wanted(index, generation))
                return;
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
            self->m_runs[index].rows.append(row);
            self->nextService(index);
        },
        m_historyArea);
}

void KeyApplier::refuseRest(int index, const PortalError &error)
{
    Run &run = m_runs[index];
    while (run.rows.size() < m_keys.size()) {
        run.rows.append({m_targets.at(index).portalName, m_keys.at(run.rows.size()).service, Outcome::Refused,
                         error.message(), error});
    }
    finishPortal(index);
}

void KeyApplier::finishPortal(int index)
{
    m_runs[index].finished = true;
    --m_unfinished;
    emit portalFinished(index, m_runs.at(index).rows);
    if (m_unfinished > 0)
        return;
    QList<Row> rows;
    for (const Run &run : std::as_const(m_runs))
        rows.append(run.rows);
    Done done = std::move(m_done);
    if (done)
        done(rows);
}

void KeyApplier::cancel()
{
    if (m_unfinished <= 0)
        return;
    // A new generation first: whatever the aborted calls still answer is not wanted any more.
    ++m_generation;
    QList<int> stopped;
    for (int index = 0; index < m_runs.size(); ++index) {
        if (m_runs.at(index).finished)
            continue;
        stopped.append(index);
        if (Portal::PortalClient *client = m_runs.at(index).client) {
            for (Portal::PortalCall *call : client->findChildren<Portal::PortalCall *>())
                call->cancel();
        }
    }
    for (const int index : std::as_const(stopped))
        refuseRest(index, PortalError::cancelled());
}

} // namespace PortalKeys::AuthService
