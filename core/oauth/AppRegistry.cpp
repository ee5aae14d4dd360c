#include "oauth/AppRegistry.h"

#include <QPointer>

namespace PortalKeys::OAuth {

using Portal::PortalError;

AppRegistry::AppRegistry(QObject *parent)
    : QObject(parent)
{}

void AppRegistry::setPageSize(int size)
{
    m_pageSize = qBound(1, size, OAuthAppsApi::maxPageSize);
}

const RegisteredApp *AppRegistry::find(const QString &clientId) const
{
    for (const RegisteredApp &registered : m_apps) {
        if (registered.app.clientId == clientId)
            return &registered;
    }
    return nullptr;
}

void AppRegistry::clear()
{
    ++m_generation;
    m_apps.clear();
    m_cursorClientId.clear();
    m_cursorCreatedOn.clear();
    m_hasMore = false;
    m_state = State::NotLoaded;
    emit changed();
}

AppRegistry::PageSource AppRegistry::sourceOf(OAuthAppsApi *api)
{
    QPointer<OAuthAppsApi> guarded(api);
    return [guarded](int limit, const QString &afterClientId, const QString &afterCreatedOn,
                     OAuthAppsApi::PageDone done) {
        if (!guarded)
            return done(PortalError::cancelled(), {});
        guarded->list(limit, afterClientId, afterCreatedOn, std::move(done));
    };
}

void AppRegistry::reload(PageSource source, Done done)
{
    fetch(std::move(source), true, 1, std::move(done));
}

void AppRegistry::reload(OAuthAppsApi *api, Done done)
{
    reload(sourceOf(api), std::move(done));
}

void AppRegistry::fetchMore(PageSource source, Done done)
{
    fetch(std::move(source), false, 1, std::move(done));
}

void AppRegistry::fetchMore(OAuthAppsApi *api, Done done)
{
    fetchMore(sourceOf(api), std::move(done));
}

void AppRegistry::fetchAll(PageSource source, Done done)
{
    fetch(std::move(source), false, maxPages, std::move(done));
}

void AppRegistry::fetchAll(OAuthAppsApi *api, Done done)
{
    fetchAll(sourceOf(api), std::move(done));
}

void AppRegistry::fetch(PageSource source, bool fromStart, int pagesLeft, Done done)
{
    const int generation = m_generation;
    const QString afterClientId = fromStart ? QString() : m_cursorClientId;
    const QString afterCreatedOn = fromStart ? QString() : m_cursorCreatedOn;
    QPointer<AppRegistry> self(this);
    source(m_pageSize, afterClientId, afterCreatedOn,
           [self, source, fromStart, pagesLeft, done, generation](const PortalError &error,
                                                                  const OAuthAppsApi::Page &page) {
               if (!self || self->m_generation != generation)
                   return done(error.isError() ? error : PortalError::cancelled());
               if (error.isError()) {
                   self->noteFailure();
                   return done(error);
               }
               self->take(page, fromStart);
               if (pagesLeft > 1 && self->m_hasMore) {
                   emit self->progress(int(self->m_apps.size()));
                   return self->fetch(source, false, pagesLeft - 1, done);
               }
               done({});
           });
}

void AppRegistry::take(const OAuthAppsApi::Page &page, bool fromStart)
{
    if (fromStart)
        m_apps.clear();
    for (const RegisteredApp &registered : page.apps) {
        // An entry without a client ID is no app anyone could use; one on two pages is listed once.
        if (registered.app.isRegistered() && !find(registered.app.clientId))
            m_apps.append(registered);
    }
    m_hasMore = page.hasMore;
    m_cursorClientId = m_hasMore ? page.lastClientId : QString();
    m_cursorCreatedOn = m_hasMore ? page.lastCreatedOn : QString();
    m_state = State::Loaded;
    emit changed();
}

void AppRegistry::noteFailure()
{
    if (!m_apps.isEmpty() || m_state == State::Failed)
        return;
    m_state = State::Failed;
    emit changed();
}

void AppRegistry::put(RegisteredApp registered)
{
    registered.clientSecret.clear();
    for (RegisteredApp &known : m_apps) {
        if (known.app.clientId == registered.app.clientId) {
            known = registered;
            emit changed();
            return;
        }
    }
    m_apps.prepend(registered);
    emit changed();
}

void AppRegistry::remove(const QString &clientId)
{
    if (m_apps.removeIf([&clientId](const RegisteredApp &known) { return known.app.clientId == clientId; }) >
        0)
        emit changed();
}

} // namespace PortalKeys::OAuth
