#include "apikeys/ApiKeyListing.h"

#include "apikeys/ApiKeysApi.h"
#include "portal/PortalCall.h"

#include <QTimer>

namespace PortalKeys::ApiKeys {

using Portal::PortalError;

ApiKeyListing::ApiKeyListing(QObject *parent)
    : QObject(parent)
{}

void ApiKeyListing::list(const QList<Target> &targets, Done done)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_targets = targets;
    m_results.clear();
    m_calls.clear();
    m_finished.clear();
    for (const Target &target : targets) {
        m_results.append({target.portalName, {}, {}});
        m_calls.append(nullptr);
        m_finished.append(false);
    }
    m_unfinished = int(targets.size());
    m_done = std::move(done);
    // From the event loop, as promised, even with no portal or openers that answer at once.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_targets.isEmpty()) {
            m_unfinished = 0;
            if (Done finished = std::move(m_done))
                finished({});
            return;
        }
        const QPointer<ApiKeyListing> self(this);
        // The first portal opens alone: a locked keychain asks to be unlocked once, not once per portal.
        open(0, [self, generation] {
            if (!self || self->m_generation != generation)
                return;
            for (int index = 1; index < self->m_targets.size(); ++index) {
                self->open(index, [] {});
                if (self->m_generation != generation)
                    return;
            }
        });
    });
}

bool ApiKeyListing::wanted(int index, quint64 generation) const
{
    return generation == m_generation && index < m_finished.size() && !m_finished.at(index);
}

void ApiKeyListing::open(int index, std::function<void()> then)
{
    const QPointer<ApiKeyListing> self(this);
    const quint64 generation = m_generation;
    const Opener opener = m_targets.at(index).open; // a copy: the run may end while it answers
    opener([self, index, generation, then](const PortalError &error, Portal::PortalClient *client) {
        if (!self || !self->wanted(index, generation))
            return then();
        if (error.isError() || !client) {
            self->finishPortal(index, error.isError() ? error : PortalError::cancelled());
            return then();
        }
        self->m_calls[index] = ApiKeysApi::list(
            client, [self, index, generation](const PortalError &listError, const QList<ApiKey> &keys) {
                if (self && self->wanted(index, generation))
                    self->finishPortal(index, listError, keys);
            });
        then();
    });
}

void ApiKeyListing::finishPortal(int index, const PortalError &error, const QList<ApiKey> &keys)
{
    m_finished[index] = true;
    m_calls[index] = nullptr;
    m_results[index].error = error;
    m_results[index].keys = error.isError() ? QList<ApiKey>() : keys;
    --m_unfinished;
    emit portalFinished(index, m_results.at(index));
    if (m_unfinished == 0) {
        ++m_generation; // nothing of this run is reported after `done`
        if (Done finished = std::move(m_done))
            finished(m_results);
    }
}

void ApiKeyListing::cancel()
{
    if (m_unfinished <= 0)
        return;
    const quint64 generation = m_generation;
    for (int index = 0; index < m_finished.size(); ++index) {
        if (m_finished.at(index))
            continue;
        if (QPointer<Portal::PortalCall> call = m_calls.at(index))
            call->cancel();
        if (generation != m_generation)
            return;
        if (!m_finished.at(index))
            finishPortal(index, PortalError::cancelled());
    }
}

} // namespace PortalKeys::ApiKeys
